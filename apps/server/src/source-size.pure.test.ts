import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// STYLE.md "Size and comments": small files, one concept each. A server source file stays within 200 lines as
// Prettier formats it (npm run lint checks the formatting), except the schema and the demo's data tables: long
// lists by nature, read by looking an entry up, not top to bottom.
const LIMIT = 200;
const EXEMPT = [/^db\/schema\//, /^demo\/catalog\/data\//, /^demo\/dossiers\/people\.ts$/];
const root = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

describe('server sources', () => {
  it(`stay within ${LIMIT} formatted lines, the schema and data tables aside`, () => {
    const files = sources(root).filter((path) => !EXEMPT.some((pattern) => pattern.test(path)));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((path) => ({ path, lines: readFileSync(join(root, path), 'utf8').split('\n').length - 1 }))
      .filter((file) => file.lines > LIMIT);
    expect(long).toEqual([]);
  });
});
