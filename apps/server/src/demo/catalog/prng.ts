/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast and good enough to vary demo data. A fixed
 * seed gives the same sequence on every run, so the demo catalog is the same everywhere.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One item of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** An item by weight: `[[0.4, 'full'], [0.4, 'partial'], [0.2, 'none']]`. */
export function pickWeighted<T>(random: Random, weighted: readonly (readonly [number, T])[]): T {
  const total = weighted.reduce((sum, [w]) => sum + w, 0);
  let r = random() * total;
  for (const [w, item] of weighted) {
    r -= w;
    if (r < 0) return item;
  }
  return pick(
    random,
    weighted.map(([, item]) => item),
  );
}
