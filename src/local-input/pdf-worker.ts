// pdf.js's own worker, bundled into the extension like the analysis worker: importing it in a
// worker scope starts its message handler. Nothing is loaded from anywhere else.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
