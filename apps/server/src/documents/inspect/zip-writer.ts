import { deflateRawSync } from 'node:zlib';
import { crc32 } from '../../../../../packages/core/src/document/testing.ts';

/**
 * A ZIP writer for tests (APPNOTE 6.3 §4.3): DEFLATE or stored entries, and the freedom to state sizes
 * that are not true, which no honest library offers (an attacker's tool does).
 */
export type ZipEntry = {
  name: string;
  /** The bytes as stored: already deflated when `deflated` is true. */
  data: Uint8Array;
  deflated?: boolean;
  /** The unpacked size written in the headers (default: the true one, for entries given unpacked). */
  declaredSize?: number;
  crc?: number;
};

const u16 = (v: number) => Buffer.from([v & 0xff, (v >>> 8) & 0xff]);
const u32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
};

/** An entry from its real content, deflated (as Word and Excel write their parts). */
export const deflated = (name: string, content: string | Uint8Array): ZipEntry => {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data: deflateRawSync(raw), deflated: true, declaredSize: raw.length, crc: crc32(raw) };
};

export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.data.length;
    const common = Buffer.concat([
      u16(20), // version needed
      u16(0x0800), // flags: UTF-8 names
      u16(e.deflated ? 8 : 0),
      u16(0),
      u16(0x21),
      u32(e.crc ?? crc32(e.data)),
      u32(e.data.length),
      u32(size),
      u16(name.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, name, e.data]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const count = u16(entries.length);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    count,
    count,
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}
