import { describe, expect, it } from 'vitest';
import { decideAttach, mayReadDocument, type DocumentOwnership, type DocumentReader } from './access.ts';

const officer = (id: string, agencyId: string): DocumentReader => ({ id, roles: ['counter'], agencyId });
const uploader = officer('u1', 'congan');
const colleague = officer('u2', 'congan');
const stranger = officer('u3', 'tuphap');
const director: DocumentReader = { id: 'd1', roles: ['director'], agencyId: null };
const dossier = { id: 'dos1', agencyId: 'congan' };
const upload = (attached: { id: string; agencyId: string } | null = null): DocumentOwnership => ({
  uploadedBy: 'u1',
  agencyId: 'congan',
  dossier: attached,
});

describe('who may read an upload', () => {
  it.each([
    ['the uploader, before it is attached', upload(), uploader, true],
    ['a colleague, before it is attached', upload(), colleague, false],
    ['a director, before it is attached', upload(), director, false],
    ["the dossier's agency, once attached", upload(dossier), colleague, true],
    ['a director, once attached', upload(dossier), director, true],
    ['another agency, once attached', upload(dossier), stranger, false],
  ])('%s: %s', (_, document, reader, allowed) => {
    expect(mayReadDocument(document, reader)).toBe(allowed);
  });
});

describe('attaching an upload to a dossier', () => {
  it.each([
    ['by the uploader', upload(), uploader, { ok: true, attach: true }],
    ['by a colleague of the same agency', upload(), colleague, { ok: true, attach: true }],
    ['again to the same dossier: nothing changes', upload(dossier), colleague, { ok: true, attach: false }],
    [
      'to another dossier once attached',
      upload({ id: 'dos2', agencyId: 'congan' }),
      colleague,
      { ok: false, code: 'document.already_attached' },
    ],
    ["by another agency's officer", upload(), stranger, { ok: false, code: 'dossier.not_found' }],
    ['by a director (no agency)', upload(), director, { ok: false, code: 'dossier.not_found' }],
  ])('%s', (_, document, actor, decision) => {
    expect(decideAttach(document, dossier, actor)).toEqual(decision);
  });

  it("refuses an upload of another agency onto one's own dossier", () => {
    const theirs: DocumentOwnership = { uploadedBy: 'u3', agencyId: 'tuphap', dossier: null };
    expect(decideAttach(theirs, dossier, colleague)).toEqual({ ok: false, code: 'document.not_found' });
  });
});
