import type { Me, Role } from '@motcua/core';

/**
 * The work areas of the web app and the roles that may enter each (DESIGN §1), with the public pages
 * of the menu. The one place that maps roles to areas: the menu, the route guards and the landing page read it.
 */
export type Area = {
  key:
    | 'portal'
    | 'catalog'
    | 'lookup'
    | 'statistics'
    | 'calendar'
    | 'reception'
    | 'processing'
    | 'delegations'
    | 'operations'
    | 'resolution'
    | 'reports'
    | 'admin'
    | 'dossiers'
    | 'online'
    | 'submit'
    | 'store'
    | 'account';
  path: string;
  /** 'public': everyone, signed in or not; otherwise a signed-in user holding one of these roles. */
  roles: 'public' | readonly Role[];
  /**
   * False: reached by links from other areas (a dossier's page), not listed in the menu; a list of roles: listed for
   * those only (the others reach it from their own area's links).
   */
  menu?: boolean | readonly Role[];
  /** Where a signed-out visitor is sent to sign in; the officers' page unless the area is the citizens'. */
  signInPath?: string;
};

/** The officers' sign-in page, and the citizens' own (DESIGN §15: the two stay apart). */
export const OFFICER_SIGN_IN_PATH = '/login';
export const CITIZEN_SIGN_IN_PATH = '/dang-nhap';

export const AREAS = [
  { key: 'portal', path: '/', roles: 'public' },
  // A citizen's dossiers (DESIGN §11 portal), their home: first of their areas so that they land there.
  { key: 'online', path: '/ho-so-cua-toi', roles: ['citizen'], signInPath: CITIZEN_SIGN_IN_PATH },
  // The online form of one procedure, reached from the catalog: its own area so that signing in returns to it.
  { key: 'submit', path: '/nop-truc-tuyen', roles: ['citizen'], menu: false, signInPath: CITIZEN_SIGN_IN_PATH },
  // The citizen's document store (DESIGN §15, NĐ 45/2020 art. 16).
  { key: 'store', path: '/kho-giay-to', roles: ['citizen'], signInPath: CITIZEN_SIGN_IN_PATH },
  // A citizen's own account (DESIGN §15).
  { key: 'account', path: '/tai-khoan', roles: ['citizen'], signInPath: CITIZEN_SIGN_IN_PATH },
  { key: 'catalog', path: '/thu-tuc', roles: 'public' },
  { key: 'lookup', path: '/tra-cuu', roles: 'public' },
  // Each agency's figures, for citizens (DESIGN §8).
  { key: 'statistics', path: '/so-lieu', roles: 'public' },
  { key: 'calendar', path: '/calendar', roles: 'public' },
  { key: 'reception', path: '/reception', roles: ['counter'] },
  // A center's director reads their center's dossiers here (DESIGN §13: the server scopes the list to the center).
  { key: 'processing', path: '/processing', roles: ['appraiser', 'approver', 'agency_head', 'center_director'] },
  // The head's delegations of absent officers' work, inside the processing area: the head's only (DESIGN §1).
  { key: 'delegations', path: '/processing/delegations', roles: ['agency_head'], menu: false },
  { key: 'operations', path: '/operations', roles: ['director', 'agency_head'] },
  // Biểu II.06a, inside the operations area: the province's director's, and a center's director's of their center
  // (DESIGN §13, the server forces the center). Only the latter has it in the menu: the director reaches it from the
  // operations area, which a center's director may not enter.
  {
    key: 'resolution',
    path: '/operations/reports/resolution',
    roles: ['director', 'center_director'],
    menu: ['center_director'],
  },
  // The province's other reports, inside the operations area: the director's only (DESIGN §1).
  { key: 'reports', path: '/operations/reports', roles: ['director'], menu: false },
  { key: 'admin', path: '/admin', roles: ['admin'] },
  // A dossier's page, opened from reception, processing and operations (DESIGN §1: officers see their agency's dossiers).
  {
    key: 'dossiers',
    path: '/dossiers',
    roles: ['counter', 'appraiser', 'approver', 'agency_head', 'director', 'center_director'],
    menu: false,
  },
] as const satisfies readonly Area[];

export type AreaKey = Area['key'];

export function areaByKey(key: AreaKey): Area {
  const area = AREAS.find((candidate) => candidate.key === key);
  // Never fall back to another area: a guard must not open a page to the wrong roles.
  if (!area) throw new Error(`No area ${key}`);
  return area;
}

export function canEnter(area: Area, me: Me | null): boolean {
  if (area.roles === 'public') return true;
  if (!me) return false;
  return area.roles.some((role) => me.roles.includes(role));
}

const listedFor = (area: Area, me: Me | null): boolean =>
  Array.isArray(area.menu) ? area.menu.some((role) => me?.roles.includes(role)) : area.menu !== false;

/** The areas of the menu this user may enter. */
export function areasFor(me: Me | null): Area[] {
  return AREAS.filter((area: Area) => listedFor(area, me) && canEnter(area, me));
}

/** Where a user lands after signing in: their first non-public area, or the portal if they have none. */
export function homePathFor(me: Me | null): string {
  return areasFor(me).find((area) => area.roles !== 'public')?.path ?? '/';
}

/**
 * The area a path belongs to among `areas`: the one whose path is the longest prefix of it (a report inside the
 * operations area is the report's). The menu passes its own areas, so the area it lights is one it lists.
 */
export function areaOfPath(pathname: string, areas: readonly Area[] = AREAS): Area | undefined {
  const owns = (area: Area) => pathname === area.path || (area.path !== '/' && pathname.startsWith(`${area.path}/`));
  return areas.filter(owns).sort((a, b) => b.path.length - a.path.length)[0];
}

/** Back to the page that sent the user to sign in if their roles allow it, else to their first area. */
export function landingPathFor(me: Me, from: string | undefined): string {
  const area = from ? areaOfPath(from.split('?')[0] ?? '') : undefined;
  return from && area && area.roles !== 'public' && canEnter(area, me) ? from : homePathFor(me);
}
