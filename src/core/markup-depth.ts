// How deep a page's elements nest, read from the markup before any parser sees it.
// linkedom's parser keeps its open elements in an array it unshifts, so N nested
// elements cost N² to parse (400 000 nested <b>: minutes), and Blink's parser slows
// down on them too; the depth has to be known before parsing, not after.
import { scanHtml } from './extract-text';

/** Elements with no content and no end tag. */
const VOID_ELEMENTS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Whose content a parser reads as text, so tags inside them open nothing. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** Inside these, `<x/>` closes itself; in HTML it opens an element like `<x>`. */
const FOREIGN_ELEMENTS = new Set(['svg', 'math']);

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/**
 * Open elements that an opening tag closes first when they are on top (`<li>` after `<li>`,
 * a block after an unclosed `<p>`), as HTML parsers do; so runs of them do not nest.
 */
const CLOSES_ON_OPEN = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'], th: ['th'], td: ['thead', 'th', 'td'], li: ['li'], option: ['option'],
    optgroup: ['optgroup', 'option'], dd: ['dd', 'dt'], dt: ['dd', 'dt'], rt: ['rt', 'rp'], rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'], tfoot: ['thead', 'tbody'], select: FORM, input: FORM, output: FORM, button: FORM,
    datalist: FORM, textarea: FORM,
    ...Object.fromEntries(
      ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
        'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
        'table', 'ul'].map((tag) => [tag, P]),
    ),
  }).map(([tag, closed]) => [tag, new Set(closed)]),
);

/** The deepest nesting of elements in `html` as an HTML parser would build it; linear in its length. */
export function nestingDepth(html: string): number {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let foreign = 0;
  let deepest = 0;
  const pop = () => {
    const name = open.pop()!;
    openCount.set(name, openCount.get(name)! - 1);
    if (FOREIGN_ELEMENTS.has(name)) foreign--;
  };
  const push = (name: string) => {
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN_ELEMENTS.has(name)) foreign++;
    deepest = Math.max(deepest, open.length);
  };
  scanHtml(html, RAW_TEXT_ELEMENTS, (name, closing, raw) => {
    if (name === '!' || VOID_ELEMENTS.has(name)) return '';
    if (closing) {
      // An end tag closes everything opened after its element; one with no open element is ignored.
      if (openCount.get(name)) {
        while (open.at(-1) !== name) pop();
        pop();
      }
      return '';
    }
    const closes = CLOSES_ON_OPEN.get(name);
    while (closes && open.length > 0 && closes.has(open.at(-1)!)) pop();
    if (!(foreign > 0 && raw.endsWith('/>'))) push(name);
    return '';
  });
  return deepest;
}
