import { at, clock } from '../calendar/testing.ts';
import type { ProcedureSnapshot } from './dossier-state.ts';
import type { Command } from './commands.ts';
import type { Actor, LifecycleContext, LifecycleFailure } from './context.ts';
import type { DossierState } from './dossier-state.ts';
import type { DossierEventDraft } from './events.ts';
import { applyTransition, openDossier, type TransitionApplied } from './lifecycle.ts';
import type { DossierStatus } from './status.ts';

export { at, clock };
export const AGENCY = 'agency-congan';
export const PARTNER = 'agency-gtvt';

/** One actor per role of the dossier's agency, a consulted agency's officer, two citizens and a director. */
export const actors = {
  counter: { id: 'u-counter', roles: ['counter'], agencyId: AGENCY },
  appraiser: { id: 'u-appraiser', roles: ['appraiser'], agencyId: AGENCY },
  approver: { id: 'u-approver', roles: ['approver'], agencyId: AGENCY },
  head: { id: 'u-head', roles: ['agency_head'], agencyId: AGENCY },
  partner: { id: 'u-partner', roles: ['appraiser'], agencyId: PARTNER },
  partnerHead: { id: 'u-partner-head', roles: ['agency_head'], agencyId: PARTNER },
  owner: { id: 'u-owner', roles: ['citizen'], agencyId: null },
  stranger: { id: 'u-stranger', roles: ['citizen'], agencyId: null },
  director: { id: 'u-director', roles: ['director'], agencyId: null },
} as const satisfies Record<string, Actor>;
export type ActorKey = keyof typeof actors;

/** A 3-working-day procedure: reception ½ day, appraisal 1½, approval ½, return ½. */
export function makeSnapshot(overrides: Partial<ProcedureSnapshot> = {}): ProcedureSnapshot {
  return {
    code: '1.001234',
    version: 1,
    timeLimit: { value: 3, unit: 'days' },
    cutoffTime: null,
    suspensionMode: 'pause',
    steps: [
      { name: 'Tiếp nhận hồ sơ', role: 'counter', budgetMinutes: 225 },
      { name: 'Thẩm định hồ sơ', role: 'appraiser', budgetMinutes: 675 },
      { name: 'Phê duyệt', role: 'approver', budgetMinutes: 225 },
      { name: 'Trả kết quả', role: 'counter', budgetMinutes: 225 },
    ],
    checklist: [
      { name: 'Tờ khai (mẫu TK01)', form: 'original', count: 1, required: true },
      {
        name: 'Bản sao giấy khai sinh',
        form: 'certified_copy',
        count: 1,
        required: false,
        condition: 'Người chưa đủ 14 tuổi',
      },
      { name: 'Ảnh 4x6', form: 'original', count: 2, required: true },
    ],
    onlineLevel: 'full',
    ...overrides,
  };
}

export const COMPLETE_TICKS = [
  { item: 0, provided: 1, form: null, conditionApplies: false },
  { item: 2, provided: 2, form: null, conditionApplies: false },
];

export const ctx = (actor: ActorKey, local: string): LifecycleContext => ({
  now: at(local),
  actor: actors[actor],
  clock,
});

export type Step = [ActorKey, string, Command];

/** A dossier taken through steps from its opening; throws on a refused step (a broken fixture). */
export function run(
  open: { actor: ActorKey; at: string; channel?: 'direct' | 'online' | 'post'; procedure?: ProcedureSnapshot },
  steps: readonly Step[] = [],
) {
  const channel = open.channel ?? (open.actor === 'owner' ? 'online' : 'direct');
  const opened = openDossier(
    { agencyId: AGENCY, channel, procedure: open.procedure ?? makeSnapshot() },
    ctx(open.actor, open.at),
  );
  let result: TransitionApplied | LifecycleFailure = opened;
  if (!result.ok) throw new Error(`open refused: ${JSON.stringify(result)}`);
  const events: DossierEventDraft[] = [result.event];
  let state: DossierState = result.next;
  for (const [actor, local, command] of steps) {
    result = applyTransition(state, command, ctx(actor, local));
    if (!result.ok) throw new Error(`${command.transition} refused: ${JSON.stringify(result)}`);
    state = result.next;
    events.push(result.event);
  }
  return { state, events };
}

export const cmd = {
  submit: { transition: 'submit_online', payload: {} },
  receive: { transition: 'receive', payload: { ticks: COMPLETE_TICKS } },
  supplementAtIntake: {
    transition: 'request_supplement_at_intake',
    payload: { items: [{ name: 'Ảnh 4x6', reason: 'Thiếu 1 ảnh' }], note: null },
  },
  startAppraisal: { transition: 'start_appraisal', payload: { assigneeId: null } },
  supplement: {
    transition: 'request_supplement',
    payload: { items: [{ name: 'Tờ khai', reason: 'Chưa ký' }], note: null },
  },
  recordSupplement: { transition: 'record_supplement', payload: { documentIds: [], note: null } },
  propose: {
    transition: 'propose_approval',
    payload: { proposal: 'approve', summary: 'Đủ điều kiện', approverId: null },
  },
  approve: { transition: 'approve', payload: { resultNumber: '123/QĐ-CA', note: null, resultDocumentId: null } },
  refuse: { transition: 'refuse', payload: { reasons: ['Không đủ điều kiện'] } },
  prepare: { transition: 'prepare_result', payload: { resultDocumentId: null } },
  returnResult: { transition: 'return_result', payload: { delivery: 'counter', recipient: null, note: null } },
} as const satisfies Record<string, Command>;

/** Monday 2025-07-07, under TT 03/2025: a dossier in each state, one working hour per step. */
const T = [
  '2025-07-07T08:00',
  '2025-07-07T09:00',
  '2025-07-07T10:00',
  '2025-07-07T11:00',
  '2025-07-07T14:00',
  '2025-07-07T15:00',
  '2025-07-07T16:00',
];
const received: Step[] = [['counter', T[1]!, cmd.receive]];
const appraisal: Step[] = [...received, ['appraiser', T[2]!, cmd.startAppraisal]];
const approval: Step[] = [...appraisal, ['appraiser', T[3]!, cmd.propose]];
const approved: Step[] = [...approval, ['approver', T[4]!, cmd.approve]];
const consult: Command = {
  transition: 'open_consultation',
  payload: { consultations: [{ agencyId: PARTNER, question: 'Ý kiến?', deadline: at('2025-07-08T17:00') }] },
};

/** Fixtures by name: the 14 states, with `awaiting_supplement` before and after reception. */
export const FIXTURES = {
  draft: () => run({ actor: 'owner', at: T[0]! }),
  submitted: () => run({ actor: 'counter', at: T[0]! }),
  awaiting_supplement_at_intake: () =>
    run({ actor: 'counter', at: T[0]! }, [['counter', T[1]!, cmd.supplementAtIntake]]),
  received: () => run({ actor: 'counter', at: T[0]! }, received),
  in_appraisal: () => run({ actor: 'counter', at: T[0]! }, appraisal),
  awaiting_supplement: () => run({ actor: 'counter', at: T[0]! }, [...appraisal, ['appraiser', T[3]!, cmd.supplement]]),
  in_consultation: () => run({ actor: 'counter', at: T[0]! }, [...appraisal, ['appraiser', T[3]!, consult]]),
  awaiting_approval: () => run({ actor: 'counter', at: T[0]! }, approval),
  approved: () => run({ actor: 'counter', at: T[0]! }, approved),
  refused: () => run({ actor: 'counter', at: T[0]! }, [...approval, ['approver', T[4]!, cmd.refuse]]),
  result_ready: () => run({ actor: 'counter', at: T[0]! }, [...approved, ['counter', T[5]!, cmd.prepare]]),
  returned: () =>
    run({ actor: 'counter', at: T[0]! }, [
      ...approved,
      ['counter', T[5]!, cmd.prepare],
      ['counter', T[6]!, cmd.returnResult],
    ]),
  rejected_at_intake: () =>
    run({ actor: 'counter', at: T[0]! }, [
      ['counter', T[1]!, { transition: 'reject_at_intake', payload: { reasons: ['Không thuộc thẩm quyền'] } }],
    ]),
  withdrawn: () =>
    run({ actor: 'counter', at: T[0]! }, [
      ...received,
      ['counter', T[2]!, { transition: 'withdraw', payload: { reason: 'Công dân xin rút' } }],
    ]),
  stopped: () =>
    run({ actor: 'counter', at: T[0]! }, [
      ...appraisal,
      ['head', T[3]!, { transition: 'stop', payload: { reason: 'Quá hạn bổ sung', legalGround: 'NĐ 118/2025' } }],
    ]),
} satisfies Record<string, () => { state: DossierState; events: DossierEventDraft[] }>;
export type FixtureName = keyof typeof FIXTURES;
export const fixtureStatus = (name: FixtureName): DossierStatus => FIXTURES[name]().state.status;
/** An instant after every fixture's last event. */
export const LATER = '2025-07-07T16:30';
