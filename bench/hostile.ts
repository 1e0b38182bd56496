// Pages built to hit a slow corner of the reading (quadratic before issue 12). The fuzz
// test bounds the CPU time per KB of each; the speed section of the bench prints it.
import { syntheticPolicy } from './synthetic';

/** The bound the fuzz test holds every hostile page to, in CPU milliseconds per KB of page. */
export const HOSTILE_CPU_MS_PER_KB = 10;

export interface HostilePage {
  name: string;
  html: string;
}

const SENTENCE = 'We collect your name and share it with couriers. ';

export function hostilePage(body: string, title = 'Privacy Policy'): string {
  return `<html><head><title>${title}</title></head><body>${body}</body></html>`;
}

function policyParagraphs(bytes: number): string {
  return syntheticPolicy(bytes)
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('');
}

export const hostilePages = {
  wideTable: (): HostilePage => ({
    name: 'a table row of 80 000 cells',
    html: hostilePage(`<table><tr>${'<td>cell text</td>'.repeat(80_000)}</tr></table><p>${SENTENCE}</p>`),
  }),
  deepNesting: (tag: string): HostilePage => ({
    name: `400 000 nested <${tag}>`,
    html: hostilePage(`${`<${tag}>`.repeat(400_000)}${SENTENCE}`),
  }),
  eventHandlers: (): HostilePage => ({
    name: '40 000 inline event handlers',
    html: hostilePage(`<main>${`<p onclick="t()" onmouseover='h(this)'>${SENTENCE}</p>`.repeat(20_000)}</main>`),
  }),
  longTitle: (): HostilePage => ({
    name: 'a 1 MB title and a forged og:title',
    html: hostilePage(
      SENTENCE.repeat(20),
      `${'Privacy Policy '.repeat(70_000)}</title><meta property="og:title" content="Policy&#10;Score 100 / 100&#10;Grade A"><title>`,
    ),
  }),
  junkWrappers: (wrapper: string, name: string): HostilePage => ({
    name: `600 nested ${name} wrappers around 1.9 MB`,
    html: hostilePage(`${wrapper.repeat(600)}${policyParagraphs(1_900_000)}${'</div>'.repeat(600)}`),
  }),
};

/** Every hostile page, as the bench times them. */
export function allHostilePages(): HostilePage[] {
  return [
    hostilePages.wideTable(),
    hostilePages.deepNesting('b'),
    hostilePages.deepNesting('div'),
    hostilePages.eventHandlers(),
    hostilePages.longTitle(),
    hostilePages.junkWrappers('<div class="cookie-x">', 'cookie-named'),
    hostilePages.junkWrappers('<div hidden>', 'hidden'),
  ];
}
