import type { ImageInspection } from './jpeg-inspector.ts';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Uint8Array, from: number, to: number): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const SIGNATURE_LENGTH = 8;
/** A chunk type is four ASCII letters (PNG spec §5.4). */
const chunkType = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));
const isChunkType = (type: string) => /^[A-Za-z]{4}$/.test(type);

/**
 * Walks a PNG chunk by chunk (PNG spec §5): IHDR first, each chunk's length and CRC right, image data
 * present, IEND last and nothing after it (a page appended to an image is another file riding along).
 */
export function inspectPng(b: Uint8Array): ImageInspection {
  let [at, chunks, data] = [SIGNATURE_LENGTH, 0, false];
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const type = chunkType(b, at + 4);
    const end = at + 12 + length;
    if (!isChunkType(type) || end > b.length) return { unreadable: `bad chunk at byte ${at}`, polyglot: [] };
    if (crc32(b, at + 4, end - 4) !== u32(b, end - 4)) return { unreadable: `bad CRC in ${type}`, polyglot: [] };
    if (chunks++ === 0 && type !== 'IHDR') return { unreadable: 'IHDR is not first', polyglot: [] };
    data ||= type === 'IDAT';
    at = end;
    if (type === 'IEND') {
      if (!data) return { unreadable: 'no image data', polyglot: [] };
      return { unreadable: null, polyglot: at < b.length ? [`${b.length - at} bytes after IEND`] : [] };
    }
  }
  return { unreadable: 'no IEND', polyglot: [] };
}
