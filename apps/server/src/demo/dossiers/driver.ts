import {
  applyTransition,
  type Actor,
  type ChecklistTick,
  type Command,
  type DossierEventDraft,
  type DossierState,
  type Instant,
  type LifecycleFailure,
  type ProcedureSnapshot,
} from '../catalog/core.ts';
import type { WorldIndex, WorldProcedure } from './world.ts';

export type History = { state: DossierState; events: DossierEventDraft[] };

/**
 * Applies commands to one dossier through the core's state machine, in order, and stops for good at
 * the first instant after `cut` ("now": nothing is recorded in the future). A refused command is a
 * bug of the generator, never skipped: every stored history is one the rules allow.
 */
export function createDriver(world: WorldIndex, cut: Instant) {
  let state: DossierState | null = null;
  const events: DossierEventDraft[] = [];
  let halted = false;

  const refused = (what: string, failure: LifecycleFailure): never => {
    throw new Error(
      `demo dossiers: ${what} refused by the core at ${state?.status ?? 'opening'}: ${JSON.stringify(failure)}`,
    );
  };
  /** Whether an action at `at` still happens: not once an earlier one fell after the cut. */
  const happens = (at: Instant) => {
    if (at > cut) halted = true;
    return !halted;
  };

  return {
    get state(): DossierState {
      if (!state) throw new Error('demo dossiers: no dossier opened yet');
      return state;
    },
    get halted() {
      return halted;
    },
    /** The opening (intake or online submission): its events, if not after the cut. */
    open(
      at: Instant,
      opened: { ok: true; state: DossierState; events: DossierEventDraft[] } | LifecycleFailure,
    ): boolean {
      if (!happens(at)) return false;
      if (!opened.ok) return refused('opening', opened);
      state = opened.state;
      events.push(...opened.events);
      return true;
    },
    step(at: Instant, actor: Actor, command: Command): boolean {
      if (!Number.isInteger(at)) throw new Error(`demo dossiers: ${command.transition} at a fraction of a millisecond`);
      if (!happens(at)) return false;
      const applied = applyTransition(this.state, command, { now: at, actor, clock: world.clock });
      if (!applied.ok) return refused(command.transition, applied);
      state = applied.next;
      events.push(applied.event);
      return true;
    },
    history: (): History | null => (state ? { state, events } : null),
  };
}
export type Driver = ReturnType<typeof createDriver>;

const snapshots = new WeakMap<WorldProcedure, ProcedureSnapshot>();

/** What a dossier keeps of the procedure version in force on its reception day (DESIGN §4), shared between dossiers. */
export function snapshotOf(procedure: WorldProcedure): ProcedureSnapshot {
  let snapshot = snapshots.get(procedure);
  if (!snapshot) {
    const c = procedure.content;
    snapshot = {
      code: procedure.code,
      version: procedure.version,
      timeLimit: c.timeLimit,
      cutoffTime: c.cutoffTime,
      suspensionMode: c.suspensionMode,
      steps: c.steps,
      checklist: c.checklist,
      onlineLevel: c.onlineLevel,
    };
    snapshots.set(procedure, snapshot);
  }
  return snapshot;
}

/** Ticks of a complete dossier: every required item in its count; the authorisation when a submitter brings it. */
export function completeTicks(procedure: WorldProcedure, authorised: boolean): ChecklistTick[] {
  return procedure.content.checklist.flatMap((item, index) => {
    const applies = !item.required && authorised && /ủy quyền/i.test(item.condition ?? '');
    return item.required || applies
      ? [{ item: index, provided: item.count, form: null, conditionApplies: applies }]
      : [];
  });
}

/** Whether a counter officer can find something missing: a required item to leave out. */
export const canSendBack = (procedure: WorldProcedure) => procedure.content.checklist.some((i) => i.required);

/** The same ticks with the first required item left out: form 02 lists it (NĐ 61/2018 art. 15). */
export function ticksMissingOne(procedure: WorldProcedure, ticks: ChecklistTick[]): ChecklistTick[] {
  const first = procedure.content.checklist.findIndex((i) => i.required);
  return ticks.filter((t) => t.item !== first);
}

/** What an appraiser asks for in a supplement request (form 02 after reception): one item, with what is wrong. */
export function supplementItems(procedure: WorldProcedure, pick: number) {
  const items = procedure.content.checklist;
  const item = items[pick % Math.max(1, items.length)];
  const reasons = [
    'Thông tin kê khai chưa đầy đủ, chưa thống nhất với giấy tờ kèm theo',
    'Bản sao chưa được chứng thực theo quy định',
    'Thiếu chữ ký, đóng dấu của người có thẩm quyền',
  ];
  return [{ name: item?.name ?? 'Tờ khai', reason: reasons[pick % reasons.length]! }];
}
