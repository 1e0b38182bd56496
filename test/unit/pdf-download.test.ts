import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadPdf } from '../../src/pdf/download';

describe('downloadPdf', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('clicks a hidden download link to a PDF blob, removes it and revokes the URL later', async () => {
    vi.useFakeTimers();
    const { document } = parseHTML('<html><body></body></html>');
    vi.stubGlobal('document', document);
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:policy-lens/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: { href: string; download: string }[] = [];
    document.addEventListener('click', (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      clicks.push({ href: link.getAttribute('href') ?? '', download: link.getAttribute('download') ?? '' });
    });

    downloadPdf(new Uint8Array([37, 80, 68, 70]), 'policy-lens-example.org-2026-01-05.pdf');

    expect(clicks).toEqual([{ href: 'blob:policy-lens/1', download: 'policy-lens-example.org-2026-01-05.pdf' }]);
    expect(blob?.type).toBe('application/pdf');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(document.querySelector('a')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:policy-lens/1');
  });
});
