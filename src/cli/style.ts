type Paint = (text: string) => string;

export interface Style {
  bold: Paint;
  dim: Paint;
  good: Paint;
  bad: Paint;
  warn: Paint;
}

const ansi =
  (open: number, close: number): Paint =>
  (text) =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const plain: Paint = (text) => text;

export const PLAIN_STYLE: Style = { bold: plain, dim: plain, good: plain, bad: plain, warn: plain };
const COLOUR_STYLE: Style = { bold: ansi(1, 22), dim: ansi(2, 22), good: ansi(32, 39), bad: ansi(31, 39), warn: ansi(33, 39) };

/** Colour only on a terminal, and never when NO_COLOR is set to anything non-empty (no-color.org). */
export function wantsColour(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  return isTTY === true && !env.NO_COLOR;
}

export function styleFor(colour: boolean): Style {
  return colour ? COLOUR_STYLE : PLAIN_STYLE;
}
