import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETUP_STEPS, setupSteps } from './setup-steps.ts';

const counts = (c: Partial<Record<(typeof SETUP_STEPS)[number], number>>) => ({
  center: 0,
  agencies: 0,
  officers: 0,
  counters: 0,
  catalog: 0,
  ...c,
});
const summary = (c: Parameters<typeof counts>[0]) =>
  setupSteps(counts(c))
    .map((s) => `${s.key}:${s.done ? 'done' : s.ready ? 'ready' : 'waiting'}`)
    .join(' ');

describe("the admin's guide through a new province (issue 16)", () => {
  it.each([
    [{}, 'center:ready agencies:waiting officers:waiting counters:waiting catalog:waiting'],
    [{ center: 1 }, 'center:done agencies:ready officers:waiting counters:waiting catalog:waiting'],
    [{ center: 1, agencies: 3 }, 'center:done agencies:done officers:ready counters:waiting catalog:waiting'],
    [
      { center: 1, agencies: 3, officers: 5, counters: 2, catalog: 918 },
      'center:done agencies:done officers:done counters:done catalog:done',
    ],
    // Made out of order (an import before the center): done shows, but what follows a missing step waits.
    [{ agencies: 3, catalog: 10 }, 'center:ready agencies:done officers:waiting counters:waiting catalog:done'],
  ])('%o → %s', (c, expected) => {
    expect(summary(c)).toBe(expected);
  });

  it('keeps the order and counts, and a step is ready exactly when every step before it is done', () => {
    const count = fc.nat({ max: 3 });
    fc.assert(
      fc.property(fc.tuple(count, count, count, count, count), (n) => {
        const given = Object.fromEntries(SETUP_STEPS.map((k, i) => [k, n[i]!]));
        const steps = setupSteps(counts(given));
        expect(steps.map((s) => s.key)).toEqual([...SETUP_STEPS]);
        steps.forEach((s, i) => {
          expect(s.count).toBe(n[i]);
          expect(s.done).toBe(n[i]! > 0);
          expect(s.ready).toBe(n.slice(0, i).every((x) => x > 0));
        });
      }),
    );
  });
});
