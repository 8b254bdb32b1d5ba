import type { Pdf } from './pdf-document.ts';
import { headerGrid, type HeaderPath } from './table-header.ts';

/** A column: its header (one level, or the path from its group down, see table-header.ts), share of the width. */
export type Column = { header: HeaderPath; width: number; align?: 'left' | 'center' | 'right' };
export type TableOptions = {
  /** The table's font size; a word wider than its cell is set smaller there, never split. */
  fontSize?: number;
  /** A row "(1) (2) …" under the header, as official forms number their columns. */
  numbered?: boolean;
  /** A last row in bold: the total of a statistical form. */
  total?: string[];
};

type Font = 'body' | 'bold' | 'italic';
type Align = NonNullable<Column['align']>;
type Box = { x: number; y: number; width: number; height: number };
type Band = { height: number; draw: (y: number) => void };

const PAD = 4;

/**
 * The largest size up to `size` at which every word of `text` fits `width`: pdfkit cuts a word that does not. A word
 * is measured with the spaces after it, as pdfkit's line wrapper measures it.
 */
function fittingSize(doc: Pdf, font: Font, text: string, width: number, size: number): number {
  doc.font(font).fontSize(size);
  const widest = Math.max(0, ...(text.match(/\S+\s*/g) ?? []).map((word) => doc.widthOfString(word)));
  return widest <= width ? size : Math.floor((size * width * 10) / widest) / 10;
}

/** The height a cell of `width` needs for `text`, padding included. */
function cellHeight(doc: Pdf, font: Font, text: string, width: number, size: number): number {
  const inner = width - 2 * PAD;
  doc.font(font).fontSize(fittingSize(doc, font, text, inner, size));
  return doc.heightOfString(text || ' ', { width: inner }) + 2 * PAD;
}

function drawCell(
  doc: Pdf,
  text: string,
  box: Box,
  style: { font: Font; size: number; align: Align; middle: boolean },
) {
  doc.rect(box.x, box.y, box.width, box.height).stroke();
  const inner = box.width - 2 * PAD;
  doc.font(style.font).fontSize(fittingSize(doc, style.font, text, inner, style.size));
  const y = style.middle ? box.y + (box.height - doc.heightOfString(text || ' ', { width: inner })) / 2 : box.y + PAD;
  doc.text(text, box.x + PAD, y, { width: inner, align: style.align });
}

const sum = (values: number[], from = 0, to = values.length - 1) =>
  values.slice(from, to + 1).reduce((a, b) => a + b, 0);

/** A band of cells, one per column: a body row, the total row or the column numbers. */
function rowBand(
  doc: Pdf,
  columns: Column[],
  xs: number[],
  widths: number[],
  cells: string[],
  font: Font,
  size: number,
) {
  const height = Math.max(...cells.map((cell, i) => cellHeight(doc, font, cell, widths[i]!, size)));
  const numbers = font === 'italic';
  return {
    height,
    draw: (y: number) =>
      cells.forEach((cell, i) => {
        const align = numbers ? 'center' : (columns[i]!.align ?? 'left');
        drawCell(doc, cell, { x: xs[i]!, y, width: widths[i]!, height }, { font, size, align, middle: false });
      }),
  };
}

/** The header: levels as tall as their cells need, a group's cell across its columns, centered both ways. */
function headerBand(doc: Pdf, columns: Column[], xs: number[], widths: number[], size: number): Band {
  const { depth, cells } = headerGrid(columns.map((c) => c.header));
  const levels = Array.from({ length: depth }, () => 0);
  const box = (c: (typeof cells)[number]) => ({ x: xs[c.first]!, width: sum(widths, c.first, c.last) });
  const need = (c: (typeof cells)[number]) => cellHeight(doc, 'bold', c.text, box(c).width, size);
  for (const c of cells) if (c.top === c.bottom) levels[c.top] = Math.max(levels[c.top]!, need(c));
  for (const c of cells) levels[c.bottom]! += Math.max(0, need(c) - sum(levels, c.top, c.bottom));
  return {
    height: sum(levels),
    draw: (y: number) => {
      for (const c of cells) {
        const at = { ...box(c), y: y + sum(levels, 0, c.top - 1), height: sum(levels, c.top, c.bottom) };
        drawCell(doc, c.text, at, { font: 'bold', size, align: 'center', middle: true });
      }
    },
  };
}

/** Bands drawn one below the other as one. */
function stacked(bands: Band[]): Band {
  const heights = bands.map((b) => b.height);
  return { height: sum(heights), draw: (y) => bands.forEach((b, i) => b.draw(y + sum(heights, 0, i - 1))) };
}

/**
 * A ruled table across pages; widths are fractions of the text width. Its header (and the column numbers) is
 * repeated at the top of every page, and a row is never cut by a page break.
 */
export function table(doc: Pdf, columns: Column[], rows: string[][], options: TableOptions = {}): void {
  const size = options.fontSize ?? 10;
  const left = doc.page.margins.left;
  const widths = columns.map((c) => c.width * (doc.page.width - left - doc.page.margins.right));
  const xs = widths.map((_, i) => left + sum(widths, 0, i - 1));
  const bands = [headerBand(doc, columns, xs, widths, size)];
  if (options.numbered)
    bands.push(
      rowBand(
        doc,
        columns,
        xs,
        widths,
        columns.map((_, i) => `(${i + 1})`),
        'italic',
        size,
      ),
    );
  const header = stacked(bands);
  const body = rows.map((r) => rowBand(doc, columns, xs, widths, r, 'body', size));
  if (options.total) body.push(rowBand(doc, columns, xs, widths, options.total, 'bold', size));
  let headed = false;
  for (const band of body.length ? body : [{ height: 0, draw: () => {} }]) {
    if (doc.y + (headed ? 0 : header.height) + band.height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      headed = false;
    }
    let y = doc.y;
    if (!headed) header.draw(y);
    y += headed ? 0 : header.height;
    band.draw(y);
    doc.y = y + band.height;
    headed = true;
  }
  doc.x = left;
  doc.moveDown(0.5).font('body').fontSize(11);
}
