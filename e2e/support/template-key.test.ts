import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateKey } from './server.ts';

const ENV = { MOTCUA_DEMO_NOW: '2026-11-25T09:00:00+07:00', MOTCUA_DEMO_PASSWORD: '' };

/** A checkout in miniature: a few files where the real sources live. */
function checkout(): { root: string; write: (path: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'motcua-template-key-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package-lock.json', '{}');
  write('packages/core/src/dossier/decide.ts', 'export const rule = 1;');
  write('apps/server/src/db/first-start.ts', 'export const notices = 1;');
  write('apps/server/src/demo/dossiers/plan.ts', 'export const share = 0.3;');
  write('apps/server/src/demo/dossiers/plan.test.ts', 'it();');
  write('apps/server/src/modules/dossier/dossier-mail.ts', "export const subject = 'đã tiếp nhận';");
  return { root, write };
}

// The demo template is reused while its key stays: a change that reaches the demo data must change it.
describe('the key of the demo template', () => {
  const made: string[] = [];
  const fresh = () => {
    const c = checkout();
    made.push(c.root);
    return c;
  };
  afterAll(() => made.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it.each([
    ['the demo generator', 'apps/server/src/demo/dossiers/plan.ts'],
    ['a new demo file', 'apps/server/src/demo/catalog/data/new.ts'],
    ['a feature the demo calls', 'apps/server/src/modules/dossier/dossier-mail.ts'],
    ['the first start', 'apps/server/src/db/first-start.ts'],
    ['a rule of the core', 'packages/core/src/dossier/decide.ts'],
    ['the locked dependencies', 'package-lock.json'],
  ])('changes with %s', (_, path) => {
    const { root, write } = fresh();
    const before = templateKey(root, ENV);
    write(path, 'export const changed = true;');
    expect(templateKey(root, ENV)).not.toBe(before);
  });

  it('stays with a test changed, and is the same for the same sources in another checkout', () => {
    const { root, write } = fresh();
    const before = templateKey(root, ENV);
    write('apps/server/src/demo/dossiers/plan.test.ts', '// a test file edited');
    expect(templateKey(root, ENV)).toBe(before);
    const copy = mkdtempSync(join(tmpdir(), 'motcua-template-key-'));
    made.push(copy);
    cpSync(root, copy, { recursive: true });
    expect(templateKey(copy, ENV)).toBe(before);
  });

  it("changes with the demo's now and password", () => {
    const { root } = fresh();
    const before = templateKey(root, ENV);
    expect(templateKey(root, { ...ENV, MOTCUA_DEMO_NOW: '2026-11-26T09:00:00+07:00' })).not.toBe(before);
    expect(templateKey(root, { ...ENV, MOTCUA_DEMO_PASSWORD: 'another-password' })).not.toBe(before);
  });
});
