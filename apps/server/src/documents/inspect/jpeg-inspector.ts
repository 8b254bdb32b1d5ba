/** What the structure of a JPEG says: readable, and whether anything follows its end. */
export type ImageInspection = { unreadable: string | null; polyglot: string[] };

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
/** Markers without a length (ITU T.81 B.1.1.2): TEM and the restart markers RST0–7. */
const standalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
/** Start-of-frame markers SOF0–15, less DHT (C4), JPG (C8) and DAC (CC), which share the range. */
const startOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/** After a scan's header: the entropy-coded data runs to the first marker that is not a stuffed 00 or a restart. */
function endOfScan(b: Uint8Array, from: number): number {
  for (let at = b.indexOf(0xff, from); at >= 0 && at + 1 < b.length; at = b.indexOf(0xff, at + 1)) {
    const next = b[at + 1]!;
    if (next !== 0x00 && next !== 0xff && !standalone(next)) return at;
  }
  return -1;
}

/** Bytes after the image's end: zero padding some cameras write is fine, anything else is another file. */
const trailing = (b: Uint8Array, end: number): string[] =>
  b.subarray(end).some((byte) => byte !== 0) ? [`${b.length - end} bytes after EOI`] : [];

/**
 * Walks a JPEG segment by segment (ITU T.81 annex B): SOI, segments with their lengths, a frame, at least
 * one scan, then EOI and nothing after it. A browser shown a JPEG with a page appended still runs the page.
 */
export function inspectJpeg(b: Uint8Array): ImageInspection {
  if (b[0] !== 0xff || b[1] !== SOI) return { unreadable: 'no SOI', polyglot: [] };
  let [at, frame, scan] = [2, false, false];
  while (at < b.length) {
    if (b[at] !== 0xff) return { unreadable: `no marker at byte ${at}`, polyglot: [] };
    while (b[at] === 0xff) at++; // fill bytes
    const marker = b[at++];
    if (marker === undefined) break;
    if (marker === EOI) {
      if (!frame || !scan) return { unreadable: 'no image data', polyglot: [] };
      return { unreadable: null, polyglot: trailing(b, at) };
    }
    if (standalone(marker)) continue;
    const length = ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
    if (length < 2 || at + length > b.length) return { unreadable: 'segment past the end', polyglot: [] };
    frame ||= startOfFrame(marker);
    at += length;
    if (marker === SOS) {
      scan = true;
      at = endOfScan(b, at);
      if (at < 0) return { unreadable: 'cut short in a scan', polyglot: [] };
    }
  }
  return { unreadable: 'no EOI', polyglot: [] };
}
