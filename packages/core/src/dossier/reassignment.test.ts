import { describe, expect, it } from 'vitest';
import type { StepRole } from '../catalog/step.ts';
import { reassignmentRole } from './reassignment.ts';
import { DossierStatus } from './status.ts';
import { TRANSITIONS } from './transitions.ts';

/** Whom the head hands a dossier to in each state (DESIGN §1, §6), written out by hand. */
const EXPECTED: Record<DossierStatus, StepRole | null> = {
  draft: null,
  submitted: null,
  received: 'appraiser',
  in_appraisal: 'appraiser',
  awaiting_supplement: 'appraiser',
  in_consultation: 'appraiser',
  awaiting_approval: 'approver',
  approved: 'approver',
  refused: 'approver',
  result_ready: 'counter',
  returned: null,
  rejected_at_intake: null,
  withdrawn: null,
  stopped: null,
};

describe('reassignmentRole', () => {
  it.each(DossierStatus.options)('%s', (status) => {
    expect(reassignmentRole(status)).toBe(EXPECTED[status]);
  });

  it('names a role wherever the state machine allows a reassignment, and nowhere else', () => {
    const reassignable = DossierStatus.options.filter((s) => reassignmentRole(s) !== null);
    expect(new Set(reassignable)).toEqual(new Set(TRANSITIONS.reassign.from));
  });

  it('hands the dossier to a role that may move it on from that state (not withdraw or stop it)', () => {
    for (const status of DossierStatus.options) {
      const role = reassignmentRole(status);
      if (role === null) continue;
      const onward = Object.values(TRANSITIONS).filter(
        (t) =>
          (t.from as readonly string[]).includes(status) && t.to !== null && t.to !== 'withdrawn' && t.to !== 'stopped',
      );
      expect(
        onward.some((t) => (t.roles as readonly string[]).includes(role)),
        status,
      ).toBe(true);
    }
  });
});
