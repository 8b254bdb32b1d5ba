import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { delegateAt, isActiveAt, workersFor, type DelegationPeriod } from './delegate-resolution.ts';

const d = (
  fromUserId: string,
  toUserId: string,
  startsAt: number,
  endsAt: number,
  cancelledAt: number | null = null,
): DelegationPeriod => ({
  id: `${fromUserId}${toUserId}${startsAt}`,
  fromUserId,
  toUserId,
  startsAt,
  endsAt,
  cancelledAt,
});

describe('delegateAt: who carries an officer’s work', () => {
  const chain = [d('a', 'b', 10, 20), d('b', 'c', 15, 30), d('c', 'e', 25, 26), d('x', 'y', 0, 100, 12)];
  it.each([
    ['a present officer carries their own work', 'a', 5, 'a'],
    ['A→B', 'a', 12, 'b'],
    ['A→B while B→C gives C', 'a', 16, 'c'],
    ['the start is included', 'b', 15, 'c'],
    ['the end is not', 'a', 20, 'a'],
    ['B→C while C→E gives E', 'b', 25, 'e'],
    ['cancelled at 12: delegated before', 'x', 11, 'y'],
    ['cancelled at 12: back after', 'x', 12, 'x'],
    ['an officer nobody delegated', 'z', 16, 'z'],
  ])('%s', (_name, user, at, want) => {
    expect(delegateAt(chain, user, at)).toBe(want);
  });

  it('stops on a loop and names nobody', () => {
    const loop = [d('a', 'b', 0, 10), d('b', 'c', 0, 10), d('c', 'a', 0, 10)];
    expect(delegateAt(loop, 'a', 5)).toBeNull();
    expect(delegateAt([...loop, d('x', 'a', 0, 10)], 'x', 5)).toBeNull();
    expect(delegateAt(loop, 'a', 10)).toBe('a');
  });
});

describe('workersFor: whose work an officer carries', () => {
  const chain = [d('a', 'b', 10, 20), d('b', 'c', 15, 30), d('d', 'c', 0, 50), d('c', 'e', 40, 45)];
  it.each([
    ['only the one absent from the start', 'c', 5, ['d']],
    ['nobody when none is absent', 'b', 5, []],
    ['the one absent now', 'b', 12, ['a']],
    ['directly and through a chain', 'c', 16, ['a', 'b', 'd']],
    ['nobody while passing everything on', 'c', 42, []],
    ['the whole chain at its end', 'e', 42, ['d', 'c']],
    ['nobody after the periods', 'c', 60, []],
    ['never oneself', 'a', 12, []],
  ])('%s', (_name, user, at, want) => {
    expect(workersFor(chain, user, at).sort()).toEqual([...want].sort());
  });
});

describe('resolution over any delegations (property)', () => {
  const users = ['a', 'b', 'c', 'd', 'e'];
  const user = fc.constantFrom(...users);
  const delegation = fc
    .tuple(
      user,
      user,
      fc.integer({ min: 0, max: 50 }),
      fc.integer({ min: 1, max: 50 }),
      fc.option(fc.integer({ min: 0, max: 100 })),
    )
    .filter(([from, to]) => from !== to)
    .map(([from, to, start, length, cancelled]) => d(from, to, start, start + length, cancelled));

  it('terminates, never names someone absent at that instant, and agrees with workersFor', () => {
    fc.assert(
      fc.property(
        fc.array(delegation, { maxLength: 12 }),
        user,
        fc.integer({ min: 0, max: 100 }),
        (delegations, who, at) => {
          const carrier = delegateAt(delegations, who, at);
          if (carrier !== null)
            expect(delegations.some((x) => x.fromUserId === carrier && isActiveAt(x, at))).toBe(false);
          for (const worker of workersFor(delegations, who, at)) expect(delegateAt(delegations, worker, at)).toBe(who);
        },
      ),
      { numRuns: 500 },
    );
  });
});
