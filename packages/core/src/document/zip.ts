import { latin1, u16, u32 } from './bytes.ts';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;

function findEndOfDirectory(b: Uint8Array): number {
  const last = b.length - END_SIZE;
  // The end record is followed only by its own comment (at most 65 535 bytes).
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (u32(b, at) === END_OF_DIRECTORY && at + END_SIZE + u16(b, at + 20) === b.length) return at;
  }
  return -1;
}

/**
 * The entry names of a ZIP archive, read from its central directory; null unless the archive is
 * one plain piece: a local header at byte 0 (a self-extracting .exe has its program first), one
 * disk, no ZIP64 (our files are far below 4 GB), the directory running exactly up to its end record.
 * Names are read as Latin-1: the Office part names we look for are ASCII.
 */
export function zipEntryNames(b: Uint8Array): string[] | null {
  if (u32(b, 0) !== LOCAL_HEADER) return null;
  const end = findEndOfDirectory(b);
  if (end < 0) return null;
  const [disk, directoryDisk, onDisk, count] = [u16(b, end + 4), u16(b, end + 6), u16(b, end + 8), u16(b, end + 10)];
  const [size, offset] = [u32(b, end + 12), u32(b, end + 16)];
  if (disk !== 0 || directoryDisk !== 0 || onDisk !== count || count === 0xffff || offset + size !== end) return null;
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end || u32(b, at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(b, at + 28);
    const next = at + CENTRAL_SIZE + nameLength + u16(b, at + 30) + u16(b, at + 32);
    if (next > end || u32(b, at + 42) >= offset) return null;
    names.push(latin1(b, at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    at = next;
  }
  return at === end ? names : null;
}
