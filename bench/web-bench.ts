import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { lowerIsBetter, type Bench } from './harness.ts';

const DIST = fileURLToPath(new URL('../apps/web/dist/', import.meta.url));
const MANIFEST = join(DIST, '.vite', 'manifest.json');
/** The budget: the portal's first page loads at most 250 kB of JavaScript, gzipped. */
const BUDGET_KB = 250;

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

const gzipped = (file: string): number => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/**
 * The JavaScript the first page (`/`) loads before it renders: index.html's entry and its static imports,
 * transitively (what vite also lists as modulepreload links); lazy pages' chunks (dynamic imports) are not.
 */
export function firstPageFiles(manifest: Manifest): string[] {
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry && key.endsWith('index.html'));
  if (!entry) throw new Error('the manifest has no index.html entry');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

/**
 * The portal's first page against the whole app's JavaScript (gzip level 9), from the BUILT assets: the ratio is the
 * share of the app a visitor of `/` downloads before anything else. `npm run build` first; the bench never builds.
 */
export const webBench: Bench = {
  name: 'web',
  run: async () => {
    if (!existsSync(MANIFEST))
      throw new Error(
        'apps/web/dist has no .vite/manifest.json: run `npm run build` first, then `npm run bench -- web`',
      );
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    const first = firstPageFiles(manifest);
    const all = readdirSync(join(DIST, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => `assets/${file}`);
    const kB = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0) / 1000;
    const firstKb = kB(first);
    const allKb = kB(all);
    const verdict = firstKb <= BUDGET_KB ? 'PASS' : 'FAIL';
    console.log(
      `web: first page ${firstKb.toFixed(1)} kB gzip in ${first.length} files, whole app ${allKb.toFixed(1)} kB in ` +
        `${all.length} files, share ${((firstKb / allKb) * 100).toFixed(1)} %: ${verdict} (budget ${BUDGET_KB} kB)`,
    );
    return [
      lowerIsBetter({
        name: 'web: first page JS (gzip)',
        unit: 'kB',
        figure: firstKb,
        baseline: allKb,
        baselineName: 'whole app JS',
        goal: `≤ ${BUDGET_KB} kB: ${verdict}`,
        extra: `${first.length} of ${all.length} files, ${((firstKb / allKb) * 100).toFixed(1)} % of the app`,
      }),
    ];
  },
};
