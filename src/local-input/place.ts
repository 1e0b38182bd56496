// Where a policy opened or pasted on the options page is kept in the history: under a key
// that names it, so opening the same file (or pasting the same text) again finds it.
import { hashText } from '../core/hash';

export const fileKey = (name: string) => `file:${name}`;
export const pastedKey = (text: string) => `pasted:${hashText(text.trim())}`;
