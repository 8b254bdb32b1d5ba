import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/role.ts';
import {
  decideAttach,
  dossierListScope,
  inListScope,
  mayReadDocument,
  maySeeDossier,
  type DocumentOwnership,
  type DocumentReader,
  type DossierAudience,
} from './access.ts';

const officer = (id: string, agencyId: string, role: Role = 'counter'): DocumentReader => ({
  id,
  roles: [role],
  agencyId,
  centerId: 'province',
});
const uploader = officer('u1', 'congan');
const colleague = officer('u2', 'congan');
const stranger = officer('u3', 'tuphap');
const consulted = officer('u4', 'gtvt', 'appraiser');
const director: DocumentReader = { id: 'd1', roles: ['director'], agencyId: null, centerId: 'province' };
const admin: DocumentReader = { id: 'a1', roles: ['admin'], agencyId: null, centerId: null };
const citizen: DocumentReader = { id: 'c1', roles: ['citizen'], agencyId: null, centerId: null };
const branchOfficer: DocumentReader = { id: 'b1', roles: ['counter'], agencyId: null, centerId: 'commune-a' };
const otherBranchOfficer: DocumentReader = { id: 'b2', roles: ['counter'], agencyId: null, centerId: 'commune-b' };
const branchDirector: DocumentReader = { id: 'cd1', roles: ['center_director'], agencyId: null, centerId: 'commune-a' };
const provinceCenterDirector: DocumentReader = {
  id: 'cd2',
  roles: ['center_director'],
  agencyId: null,
  centerId: 'province',
};
const atProvince = { centerId: 'province', receivedCenterId: 'province' };
const dossier = { id: 'dos1', agencyId: 'congan', consultations: [], ...atProvince };
const consulting = { id: 'dos3', agencyId: 'congan', consultations: [{ agencyId: 'gtvt' }], ...atProvince };
/** Received at commune A's branch, routed to Công an at the province center (DESIGN §13). */
const routed = {
  id: 'dos4',
  agencyId: 'congan',
  consultations: [],
  centerId: 'province',
  receivedCenterId: 'commune-a',
};
const upload = (attached: DocumentOwnership['dossier'] = null): DocumentOwnership => ({
  uploadedBy: 'u1',
  agencyId: 'congan',
  dossier: attached,
});

describe('who may see a dossier (DESIGN §1, §6)', () => {
  it.each([
    ["an officer of the dossier's agency", dossier, colleague, true],
    ['an officer of another agency', dossier, stranger, false],
    ['an officer of an agency it consults', consulting, consulted, true],
    ['an officer of an agency another dossier consults', dossier, consulted, false],
    ["the lead agency's officer, while it consults", consulting, colleague, true],
    ['a director', dossier, director, true],
    ['an admin', consulting, admin, true],
    ['a citizen (they look theirs up by code and secret)', dossier, citizen, false],
    ['an officer without an agency, of a branch that did not receive it', consulting, branchOfficer, false],
    ["the receiving branch's officer, once routed to an agency", routed, branchOfficer, true],
    ["another branch's officer", routed, otherBranchOfficer, false],
    ["the competent agency's officer, wherever it was received", routed, colleague, true],
    ["another agency's officer, wherever it was received", routed, stranger, false],
    ["the receiving branch's director", routed, branchDirector, true],
    ["a branch's director, on the province center's own", dossier, branchDirector, false],
    ["the province center's director, on what it works on", routed, provinceCenterDirector, true],
    ['a citizen, whatever their center', routed, { ...citizen, centerId: 'commune-a' }, false],
  ])('%s: %s', (_, d, reader, allowed) => {
    expect(maySeeDossier(d, reader)).toBe(allowed);
  });
});

describe('who may read an upload', () => {
  it.each([
    ['the uploader, before it is attached', upload(), uploader, true],
    ['a colleague, before it is attached', upload(), colleague, false],
    ['a director, before it is attached', upload(), director, false],
    ["the dossier's agency, once attached", upload(dossier), colleague, true],
    ['a director, once attached', upload(dossier), director, true],
    ['another agency, once attached', upload(dossier), stranger, false],
    ['a consulted agency, once attached', upload(consulting), consulted, true],
  ])('%s: %s', (_, document, reader, allowed) => {
    expect(mayReadDocument(document, reader)).toBe(allowed);
  });

  const agencies = fc.constantFrom('congan', 'tuphap', 'gtvt');
  const centers = fc.constantFrom('province', 'commune-a', 'commune-b');
  const audience: fc.Arbitrary<DossierAudience> = fc.record({
    agencyId: agencies,
    consultations: fc.array(fc.record({ agencyId: agencies }), { maxLength: 3 }),
    centerId: centers,
    receivedCenterId: centers,
  });
  const roles: Role[] = ['counter', 'appraiser', 'agency_head', 'director', 'center_director', 'admin', 'citizen'];
  const reader: fc.Arbitrary<DocumentReader> = fc.record({
    id: fc.constantFrom('u1', 'u2'),
    roles: fc.subarray(roles),
    agencyId: fc.option(agencies, { nil: null }),
    centerId: fc.option(centers, { nil: null }),
  });

  it('an attached document is read by exactly those who may see its dossier, whoever uploaded it', () => {
    fc.assert(
      fc.property(audience, reader, fc.constantFrom('u1', 'u2'), (d, r, by) => {
        const document = { uploadedBy: by, agencyId: d.agencyId, dossier: { id: 'dos', ...d } };
        expect(mayReadDocument(document, r)).toBe(maySeeDossier(d, r));
      }),
      { numRuns: 200 },
    );
  });
});

describe("an officer's list (DESIGN §6, §13)", () => {
  it.each([
    ["an agency's officer: the agency's", colleague, { kind: 'agency', agencyId: 'congan' }],
    ["a branch's officer: what it received", branchOfficer, { kind: 'received_at', centerId: 'commune-a' }],
    ["a center's director: what it received or works on", branchDirector, { kind: 'center', centerId: 'commune-a' }],
    ['a director: none (reports and search)', director, null],
    ['a citizen: none here', citizen, null],
  ])('%s', (_, reader, scope) => {
    expect(dossierListScope(reader)).toEqual(scope);
  });

  it('lists only dossiers its reader may see', () => {
    const centers = fc.constantFrom('province', 'commune-a', 'commune-b');
    const agencies = fc.constantFrom('congan', 'tuphap');
    fc.assert(
      fc.property(
        fc.record({
          agencyId: agencies,
          consultations: fc.constant([]),
          centerId: centers,
          receivedCenterId: centers,
        }),
        fc.record({
          roles: fc.subarray(['counter', 'appraiser', 'center_director', 'citizen'] as Role[]),
          agencyId: fc.option(agencies, { nil: null }),
          centerId: fc.option(centers, { nil: null }),
        }),
        (d, reader) => {
          const scope = dossierListScope(reader);
          if (scope && inListScope(scope, d)) expect(maySeeDossier(d, reader)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('attaching an upload to a dossier', () => {
  it.each([
    ['by the uploader', upload(), uploader, { ok: true, attach: true }],
    ['by a colleague of the same agency', upload(), colleague, { ok: true, attach: true }],
    ['again to the same dossier: nothing changes', upload(dossier), colleague, { ok: true, attach: false }],
    [
      'to another dossier once attached',
      upload({ id: 'dos2', agencyId: 'congan', consultations: [], ...atProvince }),
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

  it("a consulted agency reads the dossier's documents but attaches none", () => {
    expect(decideAttach(upload(), consulting, consulted)).toEqual({ ok: false, code: 'dossier.not_found' });
  });
});
