import { describe, expect, it } from 'vitest';
import { setupSteps } from '@motcua/core';
import { stepState } from './setup-view.ts';

const states = (counts: Parameters<typeof setupSteps>[0]) => setupSteps(counts).map(stepState);

describe('the setup guide', () => {
  it('on an empty server: the center is next, everything else waits', () => {
    expect(states({ center: 0, agencies: 0, officers: 0, counters: 0, catalog: 0 })).toEqual([
      'next',
      'waiting',
      'waiting',
      'waiting',
      'waiting',
    ]);
  });

  it('half way: what exists is done, the first missing step is next', () => {
    expect(states({ center: 1, agencies: 3, officers: 0, counters: 0, catalog: 0 })).toEqual([
      'done',
      'done',
      'next',
      'waiting',
      'waiting',
    ]);
  });

  it('a step done out of order shows as done', () => {
    expect(states({ center: 1, agencies: 2, officers: 5, counters: 0, catalog: 120 })).toEqual([
      'done',
      'done',
      'done',
      'next',
      'done',
    ]);
  });
});
