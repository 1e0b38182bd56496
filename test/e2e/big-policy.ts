import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURE_DIR } from './harness';

/** A privacy-policy page of about `bytes`: the Imagine FTTH policy's paragraphs repeated under numbered sections. */
export async function bigPolicyPage(bytes: number): Promise<string> {
  const text = await readFile(join(FIXTURE_DIR, '../../../src/data/policies/imagine-ftth.txt'), 'utf8');
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const sections: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const section = `<section><h2>Part ${n}</h2>${paragraphs.map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`).join('\n')}</section>`;
    sections.push(section);
    size += section.length;
  }
  return `<!doctype html><html lang="en"><head><title>Privacy Policy – Big ISP</title></head><body><main><h1>Privacy Policy</h1>${sections.join('\n')}</main></body></html>`;
}
