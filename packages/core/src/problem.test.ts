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

describe('validation message keys', () => {
  it('every key used in a core schema message has a Vietnamese and an English text', async () => {
    const { VALIDATION_MESSAGES } = await import('./validation.ts');
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('.', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const used = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/'((?:validation|calendar|catalog)\.[a-z_]+)'/g)) used.add(m[1]!);
    }
    const known = new Set([...Object.keys(VALIDATION_MESSAGES), ...Object.keys(PROBLEMS)]);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
