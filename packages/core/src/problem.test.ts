import { describe, expect, it } from 'vitest';
import { PROBLEMS, pickLanguage, problemCodeOf } from './problem.ts';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,en;q=0.5,vi;q=0.4', 'en'],
    ['fr-FR,vi;q=0.5,en;q=0.4', 'vi'],
    ['de', 'vi'],
    ['en;q=0.2,vi;q=0.8', 'vi'],
  ])('%s → %s', (header, want) => {
    expect(pickLanguage(header)).toBe(want);
  });
});

describe('problem registry', () => {
  it('gives every code a status and a Vietnamese and English title', () => {
    for (const [code, entry] of Object.entries(PROBLEMS)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.title.vi.length, code).toBeGreaterThan(0);
      expect(entry.title.en.length, code).toBeGreaterThan(0);
      expect(entry.title.vi, code).not.toBe(entry.title.en);
      expect(problemCodeOf(`urn:motcua:problem:${code}`)).toBe(code);
    }
    expect(problemCodeOf('urn:motcua:problem:nope')).toBeNull();
  });
});
