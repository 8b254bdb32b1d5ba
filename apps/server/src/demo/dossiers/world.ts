import {
  createWorkingCalendar,
  createWorkingClock,
  isInForce,
  type Actor,
  type Applicant,
  type DossierChannel,
  type LocalDate,
  type OfficeHours,
  type ProcedureContent,
  type Role,
  type WorkingClock,
  type YearlyNotice,
} from '../catalog/core.ts';
import { POSTAL_DESK } from '../counter-desks.ts';

/** An agency as the generator sees it: its row's id, with its period (DESIGN §4: a dossier keeps the agency of its day). */
export type WorldAgency = {
  id: string;
  slug: string;
  code: string;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
};

/** A procedure version with its row's id and the agency it belongs to in that version. */
export type WorldProcedure = {
  id: string;
  agencyId: string;
  /** The field (lĩnh vực) row: statistics count by it. */
  fieldId: string;
  code: string;
  version: number;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  content: ProcedureContent;
};

/** A desk of the province center: an agency's own, or shared (`agencyId` null). */
export type WorldCounter = { id: string; number: number; agencyId: string | null };

/**
 * A district or commune center under the province's (DESIGN §13): its one counter and that counter's officer,
 * who has no agency and receives any procedure of the province there.
 */
export type WorldBranch = {
  id: string;
  code: string;
  name: string;
  level: 'district' | 'commune';
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  counterId: string;
  officerId: string;
};

/** Where a dossier was received when not at the province center: the branch's code numbers it, its officer acts. */
export type BranchReception = {
  centerId: string;
  code: string;
  name: string;
  counterId: string;
  officer: Actor;
  /** The branch's period: after its last day its dossiers are handed at the agency's own counter. */
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
};

export type WorldOfficer = { id: string; username: string; agencyId: string; roles: readonly Role[] };

/** A demo citizen account: online dossiers are theirs (`submitOnline` needs a citizen owner). */
export type WorldCitizen = { id: string; username: string; person: Extract<Applicant, { kind: 'person' }> };

/**
 * What the generator drives the core with: the stored reference data (ids from the database, or made
 * up by a test) and the province center's clock. Nothing here is read from a clock or a database.
 */
export type DemoWorld = {
  centerId: string;
  /** The province center's name, as its mails sign it. */
  centerName: string;
  agencies: readonly WorldAgency[];
  procedures: readonly WorldProcedure[];
  officers: readonly WorldOfficer[];
  citizens: readonly WorldCitizen[];
  counters: readonly WorldCounter[];
  branches: readonly WorldBranch[];
  clock: WorkingClock;
};

/** A world as plain data (it crosses to a worker thread): the clock as the notices and office hours it is built from. */
export type DemoWorldData = Omit<DemoWorld, 'clock'> & { notices: readonly YearlyNotice[]; officeHours: OfficeHours };

/** The province center's clock as the calendar service builds it: the stored notices over the default rules, its office hours. */
export function worldFromData({ notices, officeHours, ...data }: DemoWorldData): DemoWorld {
  return { ...data, clock: createWorkingClock(createWorkingCalendar({ notices }), officeHours) };
}

export type AgencyRole = 'counter' | 'appraiser' | 'approver' | 'agency_head';

/** Lookups over a world, built once: agencies and procedures in force on a day, an agency's officer of a role. */
export function indexWorld(world: DemoWorld) {
  const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  // Sorted by code, never by id: the same choices whatever ids the database gave.
  const agencies = [...world.agencies].sort(byCode);
  const procedures = [...world.procedures].sort((a, b) => byCode(a, b) || a.version - b.version);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const byUsername = (a: { username: string }, b: { username: string }) =>
    a.username < b.username ? -1 : a.username > b.username ? 1 : 0;
  const officers = new Map<string, Actor>();
  // The first officer of a role by log-in name acts (`congan.appraiser`): the same one whatever the ids.
  for (const o of [...world.officers].sort(byUsername).reverse())
    for (const role of o.roles)
      officers.set(`${o.agencyId}/${role}`, { id: o.id, roles: [role], agencyId: o.agencyId });
  const citizens = [...world.citizens].sort(byUsername);
  const proceduresOn = new Map<LocalDate, Map<string, WorldProcedure[]>>();
  const latestByCode = new Map<string, WorldProcedure[]>();
  const agencyCounter = new Map(world.counters.flatMap((c) => (c.agencyId ? [[c.agencyId, c.id] as const] : [])));
  const postalDesk = world.counters.find((c) => c.agencyId === null && c.number === POSTAL_DESK)?.id ?? null;
  for (const p of procedures) latestByCode.set(p.code, [...(latestByCode.get(p.code) ?? []), p]);
  const branches: BranchReception[] = [...world.branches].sort(byCode).map((b) => ({
    centerId: b.id,
    code: b.code,
    name: b.name,
    counterId: b.counterId,
    officer: { id: b.officerId, roles: ['counter'], agencyId: null, branchId: b.id },
    effectiveFrom: b.effectiveFrom,
    effectiveTo: b.effectiveTo,
  }));

  return {
    agencies,
    agency: (id: string): WorldAgency => agencyById.get(id) ?? fail(`no agency ${id}`),
    agencyBySlug: (slug: string) => agencies.find((a) => a.slug === slug),
    agenciesOn: (day: LocalDate) => agencies.filter((a) => isInForce(a, day) && officers.has(`${a.id}/counter`)),
    /** The procedures of each agency in force on a day (one version per code). */
    proceduresOn(day: LocalDate): Map<string, WorldProcedure[]> {
      let table = proceduresOn.get(day);
      if (!table) {
        table = new Map();
        for (const p of procedures) if (isInForce(p, day)) table.set(p.agencyId, [...(table.get(p.agencyId) ?? []), p]);
        proceduresOn.set(day, table);
      }
      return table;
    },
    /** The version of a procedure code in force on a day (a partner of a composite procedure). */
    versionOn: (code: string, day: LocalDate) => latestByCode.get(code)?.find((p) => isInForce(p, day)),
    officer: (agencyId: string, role: AgencyRole): Actor =>
      officers.get(`${agencyId}/${role}`) ?? fail(`no ${role} in agency ${agencyId}`),
    hasOfficers: (agencyId: string) =>
      officers.has(`${agencyId}/counter`) &&
      officers.has(`${agencyId}/appraiser`) &&
      officers.has(`${agencyId}/approver`),
    /** Where a dossier was received (DESIGN §2): the agency's own counter, the postal desk, or none online. */
    receivingCounter: (agencyId: string, channel: DossierChannel): string | null =>
      channel === 'direct' ? (agencyCounter.get(agencyId) ?? null) : channel === 'post' ? postalDesk : null,
    /** The branches open on every one of these days, by code. */
    branchesOn: (...days: LocalDate[]) => branches.filter((b) => days.every((day) => isInForce(b, day))),
    citizens,
    clock: world.clock,
    centerId: world.centerId,
    centerName: world.centerName,
  };
}
export type WorldIndex = ReturnType<typeof indexWorld>;

function fail(message: string): never {
  throw new Error(`demo dossiers: ${message}`);
}
