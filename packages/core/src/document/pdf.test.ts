import { describe, expect, it } from 'vitest';
import { ascii } from './bytes.ts';
import { forEachPdfName, pdfHasActiveContent, pdfPageCount } from './pdf.ts';
import { tinyPdf } from './testing.ts';

const text = (s: string) => Uint8Array.from(ascii(s));
const names = (s: string) => {
  const found: string[] = [];
  forEachPdfName(text(s), (name) => found.push(name));
  return found;
};

describe('reading a PDF without a PDF library', () => {
  it('reads name tokens, with #xx escapes and without separators', () => {
    expect(names('<</Type/Page/J#61vaScript (x)>>')).toEqual(['Type', 'Page', 'JavaScript']);
  });

  it.each([1, 2, 7, 40])('counts %i page objects, not the page tree', (pages) => {
    expect(pdfPageCount(tinyPdf(pages))).toBe(pages);
  });

  it.each([
    ['spaced and on separate lines', '/Type\n  /Page\n/Type /Pages', 1],
    ['written without spaces', '<</Type/Page>><</Type/Page>>', 2],
    ['other types', '/Type /Catalog /Type /Pages /Type /Font /Subtype /Page', 0],
    ['pages in a compressed object stream (not seen)', '/Type /ObjStm /N 5 /Filter /FlateDecode', 0],
  ])('%s', (_, body, pages) => {
    expect(pdfPageCount(text(`%PDF-1.7\n${body}`))).toBe(pages);
  });

  it.each([
    ['a scan', false, tinyPdf(2)],
    ['an open action running a script', true, tinyPdf(1, ' /OpenAction << /S /JavaScript /JS (app.alert(1)) >>')],
    ['a script name spelt with escapes', true, tinyPdf(1, ' /OpenAction << /S /J#61vaScript >>')],
    ['a launch action', true, tinyPdf(1, ' /OpenAction << /S /Launch /F (cmd.exe) >>')],
    ['the word JavaScript in a text string', false, text('%PDF-1.4 (JavaScript)')],
  ])('%s: active content %s', (_, active, bytes) => {
    expect(pdfHasActiveContent(bytes)).toBe(active);
  });
});
