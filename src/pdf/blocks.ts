/** What the PDF is made of, independent of how it is drawn. */
export type Block =
  | { kind: 'title'; text: string }
  /** `keep`: points of what follows that must fit on the heading's page (default two lines). */
  | { kind: 'heading'; text: string; keep?: number }
  | { kind: 'subheading'; text: string }
  | { kind: 'text'; text: string; muted?: boolean }
  | { kind: 'bullet'; text: string; mark?: string }
  | { kind: 'quote'; text: string }
  | { kind: 'pairs'; pairs: [string, string][] }
  | { kind: 'table'; columns: string[]; widths: number[]; rows: string[][] };
