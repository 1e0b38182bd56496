/** The two faces the PDF is set in, as TrueType bytes. */
export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}
