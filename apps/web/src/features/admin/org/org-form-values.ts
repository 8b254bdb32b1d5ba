import {
  DEFAULT_OFFICE_HOURS,
  type AgencyDetail,
  type CenterLevel,
  type CounterDetail,
  type CreateAgencyRequest,
  type CreateCenterRequest,
  type CreateCounterRequest,
  type CreateOfficerRequest,
  type Officer,
  type OfficeHours,
  type PasswordDelivery,
  type PublicCenter,
  type Role,
  type UpdateAgencyRequest,
  type UpdateCenterRequest,
  type UpdateCounterRequest,
  type UpdateOfficerRequest,
} from '@motcua/core';

/** An optional text as the API takes it: left empty (or blank) is null, never "". */
const orNull = (text: string | null | undefined): string | null => (text?.trim() ? text.trim() : null);

export type CenterValues = {
  code: string;
  name: string;
  level: CenterLevel;
  parentCode?: string;
  validFrom: string;
  address?: string;
  officeHours: OfficeHours;
  /** An edit's first day of the hours typed (DESIGN §13): dossiers received before keep their day's hours. */
  officeHoursFrom?: string;
};

export const centerValuesOf = (center: PublicCenter | undefined, today: string): CenterValues =>
  center
    ? {
        ...center,
        parentCode: center.parentCode ?? undefined,
        address: center.address ?? undefined,
        officeHoursFrom: today,
      }
    : { code: '', name: '', level: 'province', validFrom: today, officeHours: DEFAULT_OFFICE_HOURS };

export const createCenterRequestOf = (v: CenterValues): CreateCenterRequest => ({
  code: v.code.trim(),
  name: v.name,
  level: v.level,
  // The province center has no parent (DESIGN §13); a branch names the province center.
  parentCode: v.level === 'province' ? null : orNull(v.parentCode),
  validFrom: v.validFrom,
  address: orNull(v.address),
  officeHours: v.officeHours,
});

/** Code, level and start never change (dossier codes and reports name them): only these are sent, with the hours' first day. */
export const updateCenterRequestOf = (v: CenterValues): UpdateCenterRequest => ({
  name: v.name,
  address: orNull(v.address),
  officeHours: v.officeHours,
  // Left empty, the server takes today.
  ...(v.officeHoursFrom ? { officeHoursFrom: v.officeHoursFrom } : {}),
});

export type AgencyValues = { code: string; slug: string; name: string; validFrom: string; centers: string[] };

export const agencyValuesOf = (agency: AgencyDetail | undefined, today: string, centers: string[]): AgencyValues =>
  agency ? { ...agency } : { code: '', slug: '', name: '', validFrom: today, centers };

export const createAgencyRequestOf = (v: AgencyValues): CreateAgencyRequest => ({
  ...v,
  code: v.code.trim(),
  slug: v.slug.trim(),
});
export const updateAgencyRequestOf = (v: AgencyValues): UpdateAgencyRequest => ({ name: v.name, centers: v.centers });

export type OfficerValues = {
  username: string;
  fullName: string;
  email?: string;
  center?: string;
  agency?: string;
  roles: Role[];
  delivery: PasswordDelivery;
};

export const officerValuesOf = (officer: Officer | undefined, center: string | undefined): OfficerValues =>
  officer
    ? {
        username: officer.username,
        fullName: officer.fullName,
        email: officer.email ?? undefined,
        center: officer.center?.code,
        agency: officer.agency?.slug,
        roles: officer.roles,
        delivery: 'temporary',
      }
    : { username: '', fullName: '', center, roles: ['counter'], delivery: 'temporary' };

/** Everything but the username and the delivery, which an edit does not change. */
export const updateOfficerRequestOf = (v: OfficerValues): Required<UpdateOfficerRequest> => ({
  fullName: v.fullName,
  email: orNull(v.email),
  agency: v.agency ?? null,
  center: v.center ?? null,
  roles: v.roles,
});

export const createOfficerRequestOf = (v: OfficerValues): CreateOfficerRequest => ({
  username: v.username.trim().toLowerCase(),
  delivery: v.delivery,
  ...updateOfficerRequestOf(v),
});

export type CounterValues = { number: number; name: string; agency?: string; fields: string[]; validFrom: string };

export const counterValuesOf = (counter: CounterDetail | undefined, today: string): CounterValues =>
  counter ? { ...counter, agency: counter.agency?.slug } : { number: 1, name: '', fields: [], validFrom: today };

/** No agency is a shared desk (post, returns): sent as null, with no fields. */
export const updateCounterRequestOf = (v: CounterValues): Required<UpdateCounterRequest> => ({
  number: v.number,
  name: v.name,
  agency: v.agency ?? null,
  fields: v.agency ? v.fields : [],
});

export const createCounterRequestOf = (v: CounterValues): CreateCounterRequest => ({
  ...updateCounterRequestOf(v),
  validFrom: v.validFrom,
});
