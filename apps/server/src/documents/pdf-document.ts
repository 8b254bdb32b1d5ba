import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** DejaVu Serif: an npm-shipped font with every Vietnamese glyph, close to the Times of official forms. */
export const FONTS = {
  body: join(fontDir, 'DejaVuSerif.ttf'),
  bold: join(fontDir, 'DejaVuSerif-Bold.ttf'),
  italic: join(fontDir, 'DejaVuSerif-Italic.ttf'),
} as const;

export type Pdf = PDFKit.PDFDocument;

/** An A4 document with our fonts registered; `creationDate` is passed in so that output is reproducible. */
export function createPdf(meta: { title: string; creationDate: Date; layout?: 'portrait' | 'landscape' }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
    margins: { top: 50, bottom: 50, left: 60, right: 50 },
    info: { Title: meta.title, Creator: 'motcua', CreationDate: meta.creationDate },
  });
  for (const [name, path] of Object.entries(FONTS)) doc.registerFont(name, path);
  doc.font('body').fontSize(11);
  return doc;
}

/** Collects the document's bytes once it is ended. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Quốc hiệu and tiêu ngữ (Decree 30/2020/NĐ-CP, form of administrative documents) beside the issuing body, across
 * `width` from the left margin (the text width unless a form keeps room at the right for its QR).
 */
export function nationalHeader(doc: Pdf, issuer: string, width = textWidth(doc)): void {
  const top = doc.y;
  const left = doc.page.margins.left;
  const issuerWidth = width * 0.38;
  const national = { width: width - issuerWidth, align: 'center' } as const;
  doc.font('bold').fontSize(10).text(issuer.toUpperCase(), left, top, { width: issuerWidth, align: 'center' });
  const issuerBottom = doc.y;
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + issuerWidth, top, national);
  doc.fontSize(11).text('Độc lập - Tự do - Hạnh phúc', national);
  doc.y = Math.max(doc.y, issuerBottom);
  doc.moveDown(1.5).font('body').fontSize(11);
  doc.x = left;
}

/** The width between the page's margins. */
export const textWidth = (doc: Pdf): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;

export function heading(doc: Pdf, text: string, subtitle?: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('bold').fontSize(13).text(text.toUpperCase(), left, doc.y, { width, align: 'center' });
  if (subtitle) doc.font('italic').fontSize(11).text(subtitle, { width, align: 'center' });
  doc.moveDown(1).font('body').fontSize(11);
}

/** A signer's column at the foot of a document: the role in capitals, and how they sign. */
export type Signer = { readonly title: string; readonly note: string };

/**
 * The foot of a report (NĐ 30/2020/NĐ-CP, Phụ lục I): place and date above the right-hand signer, the two signers
 * side by side and room to sign below them; on a new page when the block does not fit, never cut in two.
 */
export function signatureBlock(doc: Pdf, foot: { placeDate: string; signers: readonly [Signer, Signer] }): void {
  const left = doc.page.margins.left;
  const half = textWidth(doc) / 2;
  const [room, gap] = [70, 4];
  const height = (font: string, size: number, text: string) =>
    doc.font(font).fontSize(size).heightOfString(text, { width: half });
  const needed =
    height('italic', 11, foot.placeDate) +
    Math.max(...foot.signers.map((s) => height('bold', 11, s.title) + height('italic', 10, s.note))) +
    gap +
    room;
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc
    .font('italic')
    .fontSize(11)
    .text(foot.placeDate, left + half, doc.y, { width: half, align: 'center' });
  const top = doc.y + gap;
  let bottom = top;
  foot.signers.forEach((s, i) => {
    doc
      .font('bold')
      .fontSize(11)
      .text(s.title, left + i * half, top, { width: half, align: 'center' });
    doc.font('italic').fontSize(10).text(s.note, { width: half, align: 'center' });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = left;
  doc.y = bottom + room;
  doc.font('body').fontSize(11);
}

export { table, type Column, type TableOptions } from './pdf-table.ts';

/** A QR code image of `text` at the given place (DESIGN §6: every form carries the code's QR). */
export async function qr(doc: Pdf, text: string, at: { x: number; y: number; size: number }): Promise<void> {
  const png = await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 1, width: at.size * 3 });
  doc.image(png, at.x, at.y, { width: at.size, height: at.size });
}
