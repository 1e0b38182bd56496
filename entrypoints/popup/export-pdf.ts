import type { PolicyReport } from '../../src/core/types';

/** Builds the PDF (the PDF library loads only now) and hands it to the browser as a download. */
export async function downloadReportPdf(report: PolicyReport): Promise<void> {
  const { buildReportPdf, pdfFilename } = await import('../../src/pdf/index');
  const now = new Date();
  const bytes = await buildReportPdf(report, { generatedAt: now });
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = pdfFilename(report.url, now);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
