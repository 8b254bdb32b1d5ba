import { describe, expect, it } from 'vitest';
import { myDossierLink, type ScopedDossier } from './my-dossier-scope.ts';

const counter: ScopedDossier = {
  ownerId: null,
  channel: 'direct',
  applicantCccd: '022195001234',
  parentId: null,
  linked: false,
};
const me = { id: 'u1', verifiedCccd: '022195001234' };
const selfDeclared = { id: 'u1', verifiedCccd: null };

describe("which dossiers are the citizen's (DESIGN §15)", () => {
  it.each([
    ['own online dossier', { ...counter, ownerId: 'u1', channel: 'online' }, me, 'owner'],
    ["someone else's online dossier", { ...counter, ownerId: 'u2', channel: 'online' }, me, null],
    ['counter dossier of my verified number', counter, me, 'identity'],
    ['counter dossier, number only self-declared', counter, selfDeclared, null],
    ['counter dossier of another number', { ...counter, applicantCccd: '022195009999' }, me, null],
    ['an organisation (no cccd)', { ...counter, applicantCccd: null }, me, null],
    ["another's online dossier with my number", { ...counter, ownerId: 'u2', channel: 'online' }, me, null],
    ['linked by code and secret', { ...counter, applicantCccd: null, linked: true }, selfDeclared, 'secret'],
    ["a composite's child, even my own", { ...counter, ownerId: 'u1', parentId: 'p' }, me, null],
  ] as const)('%s', (_, d, reader, expected) => {
    expect(myDossierLink(d as ScopedDossier, reader)).toBe(expected);
  });
});
