import { readdirSync, readFileSync } from 'node:fs';
import { PROBLEMS, VALIDATION_MESSAGES } from '@motcua/core';
import { describe, expect, it } from 'vitest';

/** The error handler words message keys in the request's language: a key without texts would leak as is. */
describe('validation message keys of the core', () => {
  it('every key a core schema uses has a Vietnamese and an English text', () => {
    const dir = new URL('../../../../../packages/core/src/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const used = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/'((?:validation|calendar|catalog)\.[a-z_]+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const known = new Set([...Object.keys(VALIDATION_MESSAGES), ...Object.keys(PROBLEMS)]);
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
