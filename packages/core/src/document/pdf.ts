/** 1 for the bytes that may stand in a name: not whitespace, not a delimiter (PDF 32000-1 §7.2.2). */
const REGULAR = new Uint8Array(256).fill(1);
for (const c of '\x00\t\n\f\r ()<>[]{}/%') REGULAR[c.charCodeAt(0)] = 0;
const SLASH = 0x2f;
const HASH = 0x23;
const NAME_MAX = 127;

const hexValue = (byte: number | undefined) => {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : -1;
};

/**
 * Every PDF name token (`/Type`, `/J#61vaScript` read as `JavaScript`) in file order. A plain scan of
 * the bytes: names inside compressed streams (PDF 1.5 object streams) are not seen, and the odd match
 * inside binary stream data or a string is possible.
 */
export function forEachPdfName(b: Uint8Array, visit: (name: string) => void): void {
  let at = 0;
  while ((at = b.indexOf(SLASH, at)) >= 0) {
    let name = '';
    let i = at + 1;
    for (; i < b.length && REGULAR[b[i]!]; i++) {
      const hi = b[i] === HASH ? hexValue(b[i + 1]) : -1;
      const lo = hi >= 0 ? hexValue(b[i + 2]) : -1;
      if (name.length < NAME_MAX) name += String.fromCharCode(lo >= 0 ? hi * 16 + lo : b[i]!);
      if (lo >= 0) i += 2;
    }
    visit(name);
    at = i;
  }
}

/** Names that make a PDF run something: scripts (`/JavaScript`) and launch actions (`/Launch`). */
const ACTIVE_NAMES = new Set(['JavaScript', 'Launch']);

/**
 * What a PDF shows of itself in one pass over its names: its page objects (`/Type /Page`, not the
 * `/Pages` tree nodes), and whether it carries scripts or launch actions. Good enough for scans, which
 * scanners write uncompressed. Limits: what sits in compressed object streams (PDF 1.5) is not seen, so
 * 0 pages means "unknown"; an incrementally saved file that rewrote a page counts it once per revision.
 */
export function readPdf(b: Uint8Array): { pages: number; activeContent: boolean } {
  let pages = 0;
  let activeContent = false;
  let previous = '';
  forEachPdfName(b, (name) => {
    if (previous === 'Type' && name === 'Page') pages++;
    activeContent ||= ACTIVE_NAMES.has(name);
    previous = name;
  });
  return { pages, activeContent };
}

/** Pages of a PDF, counted as page objects (see `readPdf` for the limits). */
export const pdfPageCount = (b: Uint8Array): number => readPdf(b).pages;

/** Whether a PDF visibly carries scripts or launch actions (see `readPdf` for the limits). */
export const pdfHasActiveContent = (b: Uint8Array): boolean => readPdf(b).activeContent;
