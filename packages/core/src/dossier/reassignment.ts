import type { StepRole } from '../catalog/step.ts';
import { STATUS_STEP_ROLES, type DossierStatus } from './status.ts';
import { TRANSITIONS } from './transitions.ts';

const REASSIGNABLE: readonly DossierStatus[] = TRANSITIONS.reassign.from;

/**
 * The role of the officers a reassignment in `status` hands the dossier to (DESIGN §1: the agency head
 * reassigns), null where no reassignment is allowed. It is the role whose step of the procedure the
 * state belongs to (`STATUS_STEP_ROLES`): appraisers while appraised, approvers from awaiting approval
 * until the signed result goes to the one-door desk (`prepare_result`, a hand-over on the control
 * sheet), the counter once the result is ready. A received dossier is the exception: the reception step
 * is over (the counter handed it over on receipt) and only an appraiser can start its appraisal.
 */
export function reassignmentRole(status: DossierStatus): StepRole | null {
  if (!REASSIGNABLE.includes(status)) return null;
  if (status === 'received') return 'appraiser';
  return STATUS_STEP_ROLES[status][0] ?? null;
}
