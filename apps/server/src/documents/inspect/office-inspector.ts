import { ARCHIVE_LIMITS } from '@motcua/core';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { SIGNATURE_BYTES, judgeContentTypes, judgePart, type PartFindings } from './office-parts.ts';

/** The part that makes an Office Open XML package a Word document or an Excel workbook (ECMA-376 part 1). */
const MAIN_PART = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' } as const;
const CONTENT_TYPES = '[Content_Types].xml';
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

type Archive = { entries: number; expandedBytes: number };
export type OfficeInspection = PartFindings & {
  type: 'docx' | 'xlsx' | null;
  unreadable: string | null;
  archive: Archive | null;
};

/** The central directory, read up to one entry past the limit: a directory of 65 535 entries is not read in full. */
async function directory(zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const entry of zip.eachEntry()) if (entries.push(entry) > ARCHIVE_LIMITS.maxEntries) break;
  return entries;
}

function typeOf(names: Set<string>): 'docx' | 'xlsx' | null {
  if (!names.has(CONTENT_TYPES)) return null;
  const found = (['docx', 'xlsx'] as const).filter((type) => names.has(MAIN_PART[type]));
  return found.length === 1 ? found[0]! : null;
}

/**
 * Unpacks every part, counting what comes out and stopping as soon as the total passes the limit (the
 * sizes in the directory may lie); keeps each part's first bytes and the content types' text.
 */
async function unpack(zip: ZipFile, entries: Entry[], found: PartFindings): Promise<Archive & { lie?: string }> {
  let expandedBytes = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = entry.fileName === CONTENT_TYPES ? MAX_CONTENT_TYPES_BYTES : SIGNATURE_BYTES;
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (size < keep) chunks.push(chunk.subarray(0, keep - size));
      size += chunk.length;
      expandedBytes += chunk.length;
      if (expandedBytes > ARCHIVE_LIMITS.maxExpandedBytes) {
        stream.destroy();
        return { entries: entries.length, expandedBytes };
      }
    }
    const head = Buffer.concat(chunks);
    if (entry.fileName === CONTENT_TYPES) judgeContentTypes(head.toString('utf8'), found);
    judgePart(entry.fileName, head, found);
    if (size !== entry.uncompressedSize) return { entries: entries.length, expandedBytes, lie: entry.fileName };
  }
  return { entries: entries.length, expandedBytes };
}

/**
 * Reads a DOCX or XLSX with yauzl: the entry count and the declared sizes from the central directory
 * first, then every part unpacked within the same limits, judged by its name and first bytes.
 */
export async function inspectOffice(bytes: Buffer): Promise<OfficeInspection> {
  const found: PartFindings = { activeContent: [], embedded: [] };
  const refused = { type: null, unreadable: null, archive: null, ...found };
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: false, strictFileNames: true });
  } catch {
    return refused;
  }
  let type: OfficeInspection['type'] = null;
  try {
    const entries = await directory(zip);
    const names = new Set(entries.map((e) => e.fileName));
    type = typeOf(names);
    if (!type) return refused;
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    const result = { type, unreadable: null, ...found };
    if (entries.length > ARCHIVE_LIMITS.maxEntries || declared > ARCHIVE_LIMITS.maxExpandedBytes)
      return { ...result, archive: { entries: entries.length, expandedBytes: declared } };
    if (names.size !== entries.length) return { ...result, archive: null, unreadable: 'a part named twice' };
    const { lie, ...archive } = await unpack(zip, entries, found);
    return { ...result, archive, unreadable: lie ? `${lie}: size differs from the directory` : null };
  } catch (error) {
    // A part that does not unpack (bad data, encrypted): the package cannot be checked.
    const reason = error instanceof Error ? error.message.slice(0, 120) : 'unreadable';
    return { type, unreadable: reason, archive: null, ...found };
  } finally {
    zip.close();
  }
}
