import { ascii } from './bytes.ts';

/** Tiny real files for tests, built byte by byte: no fixtures on disk, no library. */

const bytes = (text: string) => Uint8Array.from(ascii(text));
const concat = (parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const le = (value: number, size: 2 | 4) => Array.from({ length: size }, (_, i) => (value >>> (8 * i)) & 0xff);
const be32 = (value: number) => [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(data: Uint8Array | number[]): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A valid PDF of `pages` empty A4 pages, with a correct cross-reference table. */
export function tinyPdf(pages = 1, extra = ''): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R${extra} >>`,
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = text.length;
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return bytes(text);
}

function adler32(data: number[]): number {
  let [a, b] = [1, 0];
  for (const byte of data) [a, b] = [(a + byte) % 65521, (b + a + byte) % 65521];
  return ((b << 16) | a) >>> 0;
}

const pngChunk = (type: string, data: number[]) => [
  ...be32(data.length),
  ...ascii(type),
  ...data,
  ...be32(crc32([...ascii(type), ...data])),
];

/** A valid 1×1 grey PNG: signature, IHDR, IDAT (zlib, one stored block), IEND. */
export function tinyPng(): Uint8Array {
  const raw = [0, 0x80]; // filter byte, one pixel
  const zlib = [0x78, 0x01, 0x01, ...le(raw.length, 2), ...le(~raw.length & 0xffff, 2), ...raw, ...be32(adler32(raw))];
  const header = [...be32(1), ...be32(1), 8, 0, 0, 0, 0];
  return concat([
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib),
    pngChunk('IEND', []),
  ]);
}

const be16 = (value: number) => [(value >> 8) & 0xff, value & 0xff];
/** A JPEG marker segment: FF, the marker, the length (counting itself), the body. */
const segment = (marker: number, body: number[]) => [0xff, marker, ...be16(body.length + 2), ...body];

/**
 * A valid 8×8 grey baseline JPEG (ITU T.81; Chromium decodes it as 8×8): SOI, JFIF, a flat quantisation table, the frame, one-code
 * Huffman tables (DC category 0, AC end-of-block), one scan holding one all-grey block, EOI.
 */
export const tinyJpeg = (): Uint8Array =>
  concat([
    [0xff, 0xd8],
    segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xdb, [0x00, ...Array<number>(64).fill(1)]),
    segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    segment(0xc4, [0x00, 1, ...Array<number>(15).fill(0), 0x00]),
    segment(0xc4, [0x10, 1, ...Array<number>(15).fill(0), 0x00]),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    [0x3f], // DC difference 0 (code 0), end of block (code 0), padded with ones
    [0xff, 0xd9],
  ]);

/** A ZIP archive of stored (uncompressed) entries, as any unzip tool reads it. */
export function zipOf(entries: Record<string, string>): Uint8Array {
  const locals: number[][] = [];
  const centrals: number[][] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const [n, data] = [ascii(name), ascii(text)];
    const common = [
      ...le(20, 2),
      ...le(0, 2),
      ...le(0, 2),
      ...le(0, 2),
      ...le(0x21, 2),
      ...le(crc32(data), 4),
      ...le(data.length, 4),
      ...le(data.length, 4),
      ...le(n.length, 2),
      ...le(0, 2),
    ];
    locals.push([...le(0x04034b50, 4), ...common, ...n, ...data]);
    centrals.push([
      ...le(0x02014b50, 4),
      ...le(20, 2),
      ...common,
      ...le(0, 2),
      ...le(0, 2),
      ...le(0, 2),
      ...le(0, 4),
      ...le(offset, 4),
      ...n,
    ]);
    offset += locals.at(-1)!.length;
  }
  const directory = centrals.flat();
  const end = [
    ...le(0x06054b50, 4),
    0,
    0,
    0,
    0,
    ...le(centrals.length, 2),
    ...le(centrals.length, 2),
    ...le(directory.length, 4),
    ...le(offset, 4),
    0,
    0,
  ];
  return concat([...locals, directory, end]);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS = 'application/vnd.openxmlformats-package.relationships+xml';
const contentTypes = (overrides: Record<string, string>) =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${RELS}"/><Default Extension="xml" ContentType="application/xml"/>${Object.entries(
    overrides,
  )
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('')}</Types>`;
const relationships = (target: string, type = 'officeDocument') =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;

/** The three parts Word needs, plus any extra entries, by name. */
export const tinyDocxParts = (extra: Record<string, string> = {}): Record<string, string> => ({
  '[Content_Types].xml': contentTypes({
    '/word/document.xml': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  }),
  '_rels/.rels': relationships('word/document.xml'),
  'word/document.xml': `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>To khai</w:t></w:r></w:p></w:body></w:document>`,
  ...extra,
});

/** A minimal Word document (the three parts Word needs), plus any extra entries. */
export const tinyDocx = (extra: Record<string, string> = {}): Uint8Array => zipOf(tinyDocxParts(extra));

/** A minimal Excel workbook of one sheet, plus any extra entries. */
export const tinyXlsx = (extra: Record<string, string> = {}): Uint8Array =>
  zipOf({
    '[Content_Types].xml': contentTypes({
      '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
      '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    }),
    '_rels/.rels': relationships('xl/workbook.xml'),
    'xl/workbook.xml': `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': relationships('worksheets/sheet1.xml', 'worksheet'),
    'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
    ...extra,
  });
