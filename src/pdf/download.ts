// Browser only: saves bytes through the page's own download machinery, no permission needed.
import type { PolicyReport } from '../core/types';
import { readResidence } from '../storage/residence';
import { pdfFilename } from './filename';
import { buildReportPdf } from './index';

export function downloadPdf(bytes: Uint8Array, filename: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Builds the PDF for `report` and downloads it as `policy-lens-<host>-<title>-<date>_<time>.pdf`. */
export async function exportReportPdf(report: PolicyReport, now = new Date()): Promise<void> {
  const bytes = await buildReportPdf(report, { generatedAt: now, residence: readResidence() });
  downloadPdf(bytes, pdfFilename(report, now));
}
