import { nationalHeader, qr, textWidth, type Pdf } from '../pdf-document.ts';

/** Where a QR is drawn, in PDF points from the page's top left corner. */
export type QrBox = { x: number; y: number; size: number };

/** Room between the QR and the text column beside it, and below it. */
const QR_GAP = 10;

/** A form's QR: in the top right corner inside the margins, opposite the issuer and the national header. */
export function formQrBox(doc: Pdf, size: number): QrBox {
  return { x: doc.page.width - doc.page.margins.right - size, y: doc.page.margins.top, size };
}

/**
 * The head of every form: its number and legal basis, the issuer beside quốc hiệu and tiêu ngữ, and the QR of the
 * dossier (DESIGN §6) in a column of its own at the right, so that no text runs under it; the body starts below it.
 */
export async function formHeader(
  doc: Pdf,
  head: { formLine: string; issuer: string; qrText: string; qrSize: number },
): Promise<QrBox> {
  const left = doc.page.margins.left;
  const box = formQrBox(doc, head.qrSize);
  const column = textWidth(doc) - box.size - QR_GAP;
  doc.font('italic').fontSize(9).text(head.formLine, left, box.y, { width: column, align: 'right' });
  nationalHeader(doc, head.issuer, column);
  await qr(doc, head.qrText, box);
  doc.x = left;
  doc.y = Math.max(doc.y, box.y + box.size + QR_GAP);
  return box;
}
