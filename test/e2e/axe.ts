// Runs axe-core (WCAG 2.0/2.1 A and AA rules) inside a page and describes what it finds.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = resolve('node_modules/axe-core/axe.min.js');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * The WCAG A/AA violations axe finds on the page as it is now. axe is evaluated through
 * the DevTools protocol, which extension pages' CSP (no inline scripts) does not block.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) await page.evaluate(await readFile(AXE_SOURCE, 'utf8'));
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: {
        run(context: Document, options: object): Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
        }>;
      };
    };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((node) => ({ target: node.target.map(String).join(' '), summary: node.failureSummary ?? '' })),
    }));
  }, WCAG_TAGS);
}

/** One readable line per rule and node, for test failure output. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${node.target} — ${node.summary.replace(/\s+/g, ' ')}`),
  );
}
