import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A rectangle in PDF points from the page's top left corner. */
export type Box = { x0: number; y0: number; x1: number; y1: number };
export type PageWord = Box & { page: number; text: string };

const writePdf = (bytes: Buffer | Uint8Array) => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-layout-'));
  writeFileSync(join(dir, 'doc.pdf'), bytes);
  return dir;
};
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every word of a PDF with its box, as poppler's `pdftotext -bbox-layout` places it (points, pages from 1). */
export function pdfWords(bytes: Buffer | Uint8Array): PageWord[] {
  const dir = writePdf(bytes);
  const html = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', join(dir, 'doc.pdf'), '-'], {
    encoding: 'utf8',
  });
  return html
    .split('<page ')
    .flatMap((chunk, i) =>
      [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ page: i, x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: unescape(m[5]!) }),
      ),
    );
}

/** Each page rendered as a reader's printer would (`pdftoppm`), the QR on it decoded: its text and box in points. */
export function pdfQrCodes(bytes: Buffer | Uint8Array, dpi = 100): ({ text: string; box: Box } | null)[] {
  const dir = writePdf(bytes);
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), join(dir, 'doc.pdf'), join(dir, 'page')]);
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort();
  return pages.map((file) => {
    const png = PNG.sync.read(readFileSync(join(dir, file)));
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    if (!found) return null;
    const corners = Object.values(found.location).filter((p) => typeof p === 'object' && 'x' in p);
    const pt = (px: number) => (px * 72) / dpi;
    const xs = corners.map((c) => pt(c.x));
    const ys = corners.map((c) => pt(c.y));
    return {
      text: found.data,
      box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
    };
  });
}

export const intersects = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
