import { PDFArray, PDFDict, PDFName, PDFParser, type PDFContext } from 'pdf-lib';
import { budgetExceeded } from './pdf-budget.ts';
import { collectNames, type PdfNameFindings } from './pdf-names.ts';

const MAX_PAGE_TREE_NODES = 100_000;

/** Leaves of the page tree (§7.7.3): what a reader shows. Cycles and absurd trees count as unreadable. */
function countPages(context: PDFContext): number {
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) throw new Error('no document catalog');
  const seen = new Set<PDFDict>();
  const stack = [catalog.lookup(PDFName.of('Pages'))];
  let pages = 0;
  while (stack.length) {
    const node = stack.pop();
    if (!(node instanceof PDFDict) || seen.has(node)) continue;
    if (seen.add(node).size > MAX_PAGE_TREE_NODES) throw new Error('page tree too large');
    const kids = node.lookup(PDFName.of('Kids'));
    if (node.lookup(PDFName.of('Type')) === PDFName.of('Page')) pages++;
    else if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) stack.push(kids.lookup(i));
  }
  return pages;
}

export type PdfInspection = PdfNameFindings & { pages: number; unreadable: string | null; polyglot: string[] };

/** Whitespace and NUL padding may follow the last `%%EOF`; anything else is another file riding along. */
function afterEnd(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = b.lastIndexOf('%%EOF');
  if (end < 0) return [];
  const rest = b.subarray(end + 5);
  return rest.some((byte) => ![0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20].includes(byte))
    ? [`${rest.length} bytes after %%EOF`]
    : [];
}

/**
 * Reads a PDF with pdf-lib's parser, strictly (an object it cannot parse fails the file), and looks at
 * every indirect object as the parser meets it, those inside compressed object streams included, and
 * also those a later revision replaces (a reader may still use them, by its cross-reference table).
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  const found: PdfNameFindings = { activeContent: new Set(), embedded: new Set() };
  const parser = PDFParser.forBytesWithOptions(bytes, 2000, true);
  const context = (parser as unknown as { context: PDFContext }).context;
  const assign = context.assign.bind(context);
  context.assign = (ref, object) => {
    collectNames(object, found);
    assign(ref, object);
  };
  try {
    await parser.parseDocument();
    const stopped = budgetExceeded(context); // in case pdf-lib swallowed the error and went on
    if (stopped) return { ...found, pages: 0, unreadable: stopped, polyglot: [] };
    if (context.trailerInfo.Encrypt) return { ...found, pages: 0, unreadable: 'encrypted', polyglot: [] };
    for (const object of Object.values(context.trailerInfo)) if (object) collectNames(object, found);
    return { ...found, pages: countPages(context), unreadable: null, polyglot: afterEnd(bytes) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 120) : 'unreadable';
    return { ...found, pages: 0, unreadable: budgetExceeded(context) ?? reason, polyglot: [] };
  }
}
