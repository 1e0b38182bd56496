import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/core/analyse';
import type { PolicyReport } from '../../src/core/types';
import { referenceSet } from '../../src/data/reference';
import { buildReportPdf } from '../../src/pdf';
import { loadFontsFromDisk } from '../../src/pdf/fonts-node';
import { NON_LATIN1_SAMPLE, sampleReport } from './pdf-report-fixture';

const generatedAt = new Date(2026, 10, 23, 17, 45);
const fonts = loadFontsFromDisk();

function pageTexts(file: string): string[] {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split('\f');
}

async function pdfText(report: PolicyReport): Promise<{ text: string; file: string; size: number }> {
  const bytes = await buildReportPdf(report, { generatedAt, fonts: await fonts });
  const file = join(mkdtempSync(join(tmpdir(), 'policy-lens-pdf-')), 'report.pdf');
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
  return { text, file, size: bytes.length };
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

// Building a PDF lays out text with the font: seconds, not milliseconds, on a loaded machine.
describe('buildReportPdf', { timeout: 30_000 }, () => {
  let result: Awaited<ReturnType<typeof pdfText>>;
  beforeAll(async () => {
    result = await pdfText(sampleReport());
  }, 30_000);

  it.each([
    ['the title', 'Imaginet Privacy Policy'],
    ['the source URL', 'https://www.imaginet.co.za/privacy-policy/'],
    ['the date', '2026-11-23 17:45'],
    ['the score', '68 / 100'],
    ['the coverage', '75 %'],
    ['a reason', 'Says it does not sell your data. (+15 of 15)'],
    ['a category', 'What they collect'],
    ['another category', 'Who they share it with'],
    ['a finding', 'Collects your name, ID number and address.'],
    ['an evidence quote', '“We collect your name, ID number and address when you sign up'],
    ['the non-Latin-1 sample', NON_LATIN1_SAMPLE],
    ['a fact', 'Not stated'],
    ['the rank', 'ranks 2 of 3'],
    ['where it stands in its group, in words', 'Better than 1 of 2 providers.'],
    ['a reference policy row', 'IMQS'],
    ['what a reference is', 'Hosting, CA, 2019-05-01'],
    ['the verdict next to the grade, as the popup says it', 'Verdict Better than 1 of 2 providers.\n'],
    ['what weighs most', 'What weighs most'],
    ['a top finding marked good, with its points', '✓ Good: Says it does not sell your data. (+15 of 15)'],
    ['a top finding marked not stated, with its points', '? Not stated: Does not say whether it tells you about a data breach. (0 of 10)'],
  ])('has %s in its extractable text', (_what, expected) => {
    expect(result.text.replace(/ {2,}/g, ' ')).toContain(expected);
  });

  it('shows the grade next to its label', () => {
    expect(result.text).toMatch(/Grade\s+B\n/);
  });

  it('stays small: the font is subset', () => {
    expect(result.size).toBeLessThan(120_000);
  });

  it('degrades an emoji to a box instead of garbling the line', async () => {
    const report = { ...sampleReport(), title: 'Cookies 🍪 and you 👨‍👩‍👧 — Ж' };
    const { text } = await pdfText(report);
    expect(text).toContain('Cookies □ and you □ — Ж');
  });

  it('prints a title holding line breaks on one line, before the real score', async () => {
    const { text } = await pdfText({ ...sampleReport(), title: 'Imaginet\nScore 100 / 100\nGrade A' });
    expect(text.match(/^\s*Score\b.*$/gm)?.map((line) => line.trim().replace(/\s+/g, ' '))).toEqual(['Score 68 / 100']);
    expect(text).toContain('Imaginet Score 100 / 100 Grade A');
  });

  it('keeps the page number in a footer whose title is long and wide', async () => {
    const { text, file } = await pdfText({ ...sampleReport(), title: 'WWWWWWWWWW '.repeat(20) });
    expect(text).toContain(`page ${pageCount(file)} of ${pageCount(file)}`);
  });

  it('lays out a report with a 200 KB title on as many pages as one with a short title', async () => {
    const short = await pdfText(sampleReport());
    const long = await pdfText({ ...sampleReport(), title: 'Policy '.repeat(30_000) });
    expect(pageCount(long.file)).toBe(pageCount(short.file));
    expect(long.text).toContain(`page ${pageCount(long.file)} of ${pageCount(long.file)}`);
  });

  it('quotes at most three clauses per finding, and says how many more there are', async () => {
    const base = sampleReport();
    const evidence = Array.from({ length: 40 }, (_, i) => ({ clause: i, text: `Clause number ${i + 1} says we collect your name.` }));
    const report = {
      ...base,
      categories: base.categories.map((c) => (c.category === 'collection' ? { ...c, findings: [{ text: 'Collects your name.', evidence }] } : c)),
    };
    const { text } = await pdfText(report);
    expect(text.match(/Clause number \d+ says/g)).toEqual(['Clause number 1 says', 'Clause number 2 says', 'Clause number 3 says']);
    expect(text).toContain('and 37 more clauses');
  });

  it('breaks long content over several pages with numbered footers', async () => {
    const base = sampleReport();
    const longFinding = { text: 'A finding. '.repeat(30), evidence: [{ clause: 1, text: 'Evidence clause. '.repeat(40) }] };
    const report = {
      ...base,
      categories: base.categories.map((c) => ({ ...c, findings: Array.from({ length: 6 }, () => longFinding) })),
    };
    const { text, file } = await pdfText(report);
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`page ${pages} of ${pages}`);
  });

  it('keeps the comparison heading on the page where the table starts (real pipeline, every policy)', async () => {
    for (const name of ['imaginet', 'imagine-ftth', 'imqs', 'i-image', 'ixanet']) {
      const content = readFileSync(new URL(`../../src/data/policies/${name}.txt`, import.meta.url), 'utf8');
      const report = analysePolicy({ kind: 'text', content, url: `https://${name}.example/privacy` }, { reference: referenceSet });
      const { file } = await pdfText(report);
      const page = pageTexts(file).find((text) => text.includes('Compared with similar providers'));
      expect(page, name).toMatch(/Policy +Kind, country, +Score +Grade/);
    }
  }, 60_000);

  it('lists the checklists of the laws that apply, not-found items first, and the reader’s own law', async () => {
    const content = readFileSync(new URL('../../src/data/policies/imaginet.txt', import.meta.url), 'utf8');
    const report = analysePolicy({ kind: 'text', content });
    const found = report.checklists[0]!.items.filter((i) => i.status === 'addressed').length;
    const text = (await pdfText(report)).text.replace(/\s+/g, ' ');
    expect(text).toContain(`POPIA: ${found} of 12 disclosures found`);
    expect(text.indexOf("Doesn't say that you may complain to the Information Regulator (POPIA s18(1)(h)(v))")).toBeLessThan(
      text.indexOf('Says what information it collects (POPIA s18(1)(a))'),
    );
    expect(text).not.toContain('UK GDPR:');
    const bytes = await buildReportPdf(report, { generatedAt, fonts: await fonts, residence: 'uk' });
    const file = join(mkdtempSync(join(tmpdir(), 'policy-lens-pdf-')), 'uk.pdf');
    writeFileSync(file, bytes);
    expect(pageTexts(file).join(' ')).toMatch(/UK GDPR: \d+ of 20 disclosures found/);
  });

  it('leaves out a comparison saved by an older version, which names no group, kinds or countries', async () => {
    const base = sampleReport();
    const old = { rank: 2, of: 3, against: base.comparison!.against.map(({ id, name, score, grade, categories }) => ({ id, name, score, grade, categories })) };
    const { text } = await pdfText({ ...base, comparison: old } as unknown as PolicyReport);
    expect(text).toContain('Your rights');
    expect(text).not.toContain('Compared with similar providers');
  });

  it('handles a report without URL, comparison or reasons', async () => {
    const base = sampleReport();
    const report = { ...base, url: undefined, comparison: undefined, score: { ...base.score, points: [] } };
    const { text } = await pdfText(report);
    expect(text).toContain('Pasted text');
    expect(text).not.toContain('Compared with the reference policies');
    expect(text).not.toContain('Why this score');
  });
});
