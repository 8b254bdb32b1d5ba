import { PDFArray, PDFDict, PDFName, PDFStream, type PDFObject } from 'pdf-lib';

/**
 * Names that make a PDF act by itself (PDF 32000-1 §12.6 actions, §12.7 forms): scripts, actions on open
 * and on events (`/AA`), launching programs, sending or importing form data, Flash/3D media, XFA forms.
 */
const ACTIVE = new Set([
  'JS',
  'JavaScript',
  'OpenAction',
  'AA',
  'Launch',
  'SubmitForm',
  'ImportData',
  'RichMedia',
  'XFA',
]);
/** Names of files carried inside a PDF (§7.11.4 embedded file streams, §12.5.6.15 file attachments). */
const EMBEDDED = new Set(['EmbeddedFiles', 'EmbeddedFile', 'FileAttachment']);

/**
 * A name as a PDF reader reads it. pdf-lib decodes `#xx` escapes only in upper case (`/#4aS` stays
 * `#4aS` there, while readers read `/JS`), so the escapes are decoded once more here.
 */
const nameText = (name: PDFName): string =>
  name.decodeText().replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export type PdfNameFindings = { activeContent: Set<string>; embedded: Set<string> };

/**
 * Adds the active and embedded names of one object to the findings: dictionary keys and name values
 * at any depth (`/S /JavaScript` is a value, `/JS` a key), a stream's dictionary included. References
 * are not followed: each indirect object is visited on its own. No recursion, so depth cannot overflow.
 */
export function collectNames(root: PDFObject, into: PdfNameFindings): void {
  const stack: PDFObject[] = [root];
  while (stack.length) {
    const object = stack.pop()!;
    if (object instanceof PDFName) {
      const text = nameText(object);
      if (ACTIVE.has(text)) into.activeContent.add(`/${text}`);
      if (EMBEDDED.has(text)) into.embedded.add(`/${text}`);
    } else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) stack.push(key, value);
    } else if (object instanceof PDFArray) {
      for (const item of object.asArray()) stack.push(item);
    } else if (object instanceof PDFStream) {
      stack.push(object.dict);
    }
  }
}
