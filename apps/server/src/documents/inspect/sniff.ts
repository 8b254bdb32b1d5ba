/** The first look at an upload: which parser reads it, by its signature at byte 0 (never its name). */
export type Sniffed = { kind: 'pdf' | 'jpeg' | 'png' | 'zip' | null; polyglot: string[] };

const at0 = (b: Uint8Array, magic: number[] | string, at = 0) =>
  [...(typeof magic === 'string' ? Buffer.from(magic, 'latin1') : magic)].every((byte, i) => b[at + i] === byte);
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Readers take a PDF whose header is anywhere in its first kilobyte (PDF 32000-1 annex H.3, note 1). */
const PDF_HEADER_WINDOW = 1024;

/**
 * PDF `%PDF-1.x`/`%PDF-2.x` at byte 0, PNG signature then IHDR, JPEG SOI then a marker, a ZIP local
 * header at byte 0 (a self-extracting program has its code first). A `%PDF-` header later in the first
 * kilobyte is a file that is something else first (a web page, an image) and a PDF too: a polyglot.
 */
export function sniff(b: Uint8Array): Sniffed {
  const header = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, PDF_HEADER_WINDOW)).indexOf('%PDF-');
  const alsoPdf = header > 0 ? [`%PDF- at byte ${header}, after other content`] : [];
  if (header === 0 && (b[5] === 0x31 || b[5] === 0x32) && b[6] === 0x2e && isDigit(b[7]))
    return { kind: 'pdf', polyglot: [] };
  if (at0(b, PNG) && at0(b, 'IHDR', 12)) return { kind: 'png', polyglot: alsoPdf };
  if (at0(b, [0xff, 0xd8, 0xff]) && b[3]! >= 0xc0 && b[3]! <= 0xfe) return { kind: 'jpeg', polyglot: alsoPdf };
  if (at0(b, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip', polyglot: alsoPdf };
  return { kind: null, polyglot: alsoPdf };
}
