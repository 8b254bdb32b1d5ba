import {
  checkPlacement,
  CreateOfficerRequest,
  foldText,
  PROBLEMS,
  validationMessage,
  type CenterLevel,
  type Officer,
  type OfficerImportRowError,
} from '@motcua/core';
import { COLUMNS, NO, YES, type ColumnKey, type SheetRow } from './officer-workbook.ts';

export type ImportRefs = {
  centers: Map<string, { level: CenterLevel }>;
  /** Agency slug → the codes of the centers it serves at, and whether it has ended (merged). */
  agencies: Map<string, { centers: Set<string>; ended: boolean }>;
  officers: Map<string, Officer>;
  /** Usernames of people who are not officers (citizens): not to be taken. */
  others: Set<string>;
};
type Request = CreateOfficerRequest & { active: boolean };
export type ImportPlan = {
  errors: OfficerImportRowError[];
  creates: { row: number; request: Request }[];
  updates: { row: number; officer: Officer; request: Request }[];
  unchanged: number;
};

const error = (row: number, key: ColumnKey | null, reason: string): OfficerImportRowError => ({
  row,
  column: key ? COLUMNS[key].header : null,
  reason,
});
const vi = (code: keyof typeof PROBLEMS) => PROBLEMS[code].title.vi;

/** One row read into a request, or its errors (each bad cell named; messages in Vietnamese). */
function parseRow({ row, cells }: SheetRow): { request: Request } | { errors: OfficerImportRowError[] } {
  const errors: OfficerImportRowError[] = [];
  const active =
    foldText(cells.active) === foldText(YES) ? true : foldText(cells.active) === foldText(NO) ? false : null;
  if (active === null) errors.push(error(row, 'active', `Ghi "${YES}" hoặc "${NO}"`));
  const parsed = CreateOfficerRequest.safeParse({
    username: cells.username,
    fullName: cells.fullName,
    email: cells.email || null,
    center: cells.center || null,
    agency: cells.agency || null,
    roles: cells.roles
      .split(/[,;]/)
      .map((r) => r.trim())
      .filter(Boolean),
    delivery: 'email',
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = (issue.path[0] ?? 'username') as ColumnKey;
      errors.push(error(row, key, validationMessage(issue.message, 'vi') ?? 'Giá trị không hợp lệ'));
    }
  return parsed.success && active !== null ? { request: { ...parsed.data, active } } : { errors };
}

/** Where the officer would sit, checked by the core with the references read beforehand. */
function placementError(row: number, r: Request, refs: ImportRefs, current?: Officer): OfficerImportRowError | null {
  const center = r.center ? refs.centers.get(r.center) : null;
  if (r.center && !center) return error(row, 'center', vi('org.center_not_found'));
  const found = r.agency ? refs.agencies.get(r.agency) : null;
  // An officer may stay in the agency they sit in after its merger; nobody new joins an ended one.
  const serves = found && (!found.ended || current?.agency?.slug === r.agency) ? found.centers : null;
  if (r.agency && !serves) return error(row, 'agency', vi('org.agency_not_found'));
  const agency = serves ? { servesAtCenter: !!r.center && serves.has(r.center) } : null;
  const verdict = checkPlacement({ roles: r.roles, center: center ?? null, agency });
  return verdict.ok ? null : error(row, verdict.path, vi(verdict.code));
}

const sameAs = (o: Officer, r: Request) =>
  o.fullName === r.fullName &&
  (o.email ?? null) === (r.email ?? null) &&
  (o.center?.code ?? null) === (r.center ?? null) &&
  (o.agency?.slug ?? null) === (r.agency ?? null) &&
  o.roles.join(',') === r.roles.join(',') &&
  o.active === r.active;

/**
 * Checks every row before anything is written (the catalog import's rule: all bad rows reported, applied whole or
 * not at all). A new officer needs an e-mail: an imported officer receives a link, nobody could hand them a
 * temporary password.
 */
export function checkOfficerRows(rows: SheetRow[], refs: ImportRefs): ImportPlan {
  const plan: ImportPlan = { errors: [], creates: [], updates: [], unchanged: 0 };
  const seen = new Map<string, number>();
  for (const sheetRow of rows) {
    const { row } = sheetRow;
    const parsed = parseRow(sheetRow);
    if ('errors' in parsed) {
      plan.errors.push(...parsed.errors);
      continue;
    }
    const r = parsed.request;
    const first = seen.get(r.username);
    if (first !== undefined) plan.errors.push(error(row, 'username', `Trùng với dòng ${first}`));
    seen.set(r.username, first ?? row);
    const existing = refs.officers.get(r.username);
    // An unchanged row is not checked again: its officer may sit in an agency ended since (a merger, DESIGN §13).
    if (first === undefined && existing && sameAs(existing, r)) {
      plan.unchanged += 1;
      continue;
    }
    const placement = placementError(row, r, refs, existing);
    if (placement) plan.errors.push(placement);
    else if (refs.others.has(r.username)) plan.errors.push(error(row, 'username', vi('org.username_taken')));
    else if (!existing && !r.email) plan.errors.push(error(row, 'email', vi('org.email_required')));
    else if (first !== undefined) continue;
    else if (!existing) plan.creates.push({ row, request: r });
    else plan.updates.push({ row, officer: existing, request: r });
  }
  plan.errors.sort((a, b) => a.row - b.row);
  return plan;
}
