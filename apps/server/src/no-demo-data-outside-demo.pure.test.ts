import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN §13: a server without demo data knows no province; no Quảng Ninh data (its code H49, its names) exists
// outside the demo folder. The demo and the tests may name it; the product's sources, messages and comments may not.
const MARKERS = /H49|Qu[aả]ng Ninh|H[aạ] Long/u;
const repo = join(import.meta.dirname, '../../..');
const ROOTS = ['packages/core/src', 'apps/server/src', 'apps/web/src', 'scripts'];
/** The demo folder, the tests' own helpers, and test files: where the demo's data belongs. */
const EXEMPT = [/^apps\/server\/src\/demo\//, /^apps\/server\/src\/test\//, /\.test\.tsx?$/];
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return SOURCE.test(entry.name) ? [relative(repo, path)] : [];
  });
}

/** `file:line: text` of every line naming the demo's province outside the demo. */
function demoDataHits(): string[] {
  return ROOTS.flatMap((root) => sources(join(repo, root)))
    .filter((path) => !EXEMPT.some((pattern) => pattern.test(path)))
    .flatMap((path) =>
      readFileSync(join(repo, path), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          MARKERS.test(line.normalize('NFC')) ? [`${path}:${i + 1}: ${line.trim().slice(0, 120)}`] : [],
        ),
    );
}

describe('the demo province', () => {
  it('is named nowhere outside the demo folder and the tests', () => {
    const files = ROOTS.flatMap((root) => sources(join(repo, root)));
    expect(files.length).toBeGreaterThan(300);
    expect(demoDataHits()).toEqual([]);
  });
});
