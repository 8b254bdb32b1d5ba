/** Little-endian readers that answer -1 past the end, so that a truncated file is refused, never thrown on. */
export const u16 = (b: Uint8Array, at: number): number =>
  at >= 0 && at + 2 <= b.length ? b[at]! | (b[at + 1]! << 8) : -1;
export const u32 = (b: Uint8Array, at: number): number =>
  at >= 0 && at + 4 <= b.length ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000 : -1;

export const startsWith = (b: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  at + prefix.length <= b.length && prefix.every((byte, i) => b[at + i] === byte);

export const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Bytes as Latin-1 text: every byte one character, so names and markers compare exactly. */
export function latin1(b: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i++) text += String.fromCharCode(b[i]!);
  return text;
}
