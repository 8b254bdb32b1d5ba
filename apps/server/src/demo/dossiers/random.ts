import { mulberry32, pick, pickWeighted, type Random } from '../catalog/prng.ts';

export { mulberry32, pick, pickWeighted, type Random };

/** A 32-bit seed of its own for the n-th item of a stream, so that one dossier's draws never shift another's. */
export function seedFor(stream: number, n: number): number {
  let h = Math.imul(stream ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(n + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An integer in [min, max]. */
export const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** A number in [min, max). */
export const between = (random: Random, min: number, max: number) => min + random() * (max - min);

export const chance = (random: Random, p: number) => random() < p;

/** Fisher–Yates, in place. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** `total` shared by weight, whole numbers that add up to it exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    shares[i]! += 1;
  }
  return shares;
}

/** `n` random bytes (the look-up secret's, `lookupSecretFrom`). */
export function randomBytes(random: Random, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
}

/**
 * A version-4-shaped UUID unique per (stream, n): random-looking hex in front, `n` in the last group,
 * so that ids never collide and are the same on every run.
 */
export function demoUuid(stream: number, n: number): string {
  const hex = (x: number, len: number) => (x >>> 0).toString(16).padStart(8, '0').slice(-len);
  const a = seedFor(stream, n);
  const b = seedFor(stream ^ 0x5bd1e995, n);
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-${(8 + (stream & 3)).toString(16)}${hex(stream, 3)}-${n.toString(16).padStart(12, '0')}`;
}
