import { describe, expect, it } from 'vitest';
import { ACCOUNT_PROBLEMS } from './account/account-problems.ts';
import { ONLINE_PROBLEMS } from './online/online-problems.ts';
import { AUTH_PROBLEMS } from './auth/auth-problems.ts';
import { CALENDAR_PROBLEMS } from './calendar/calendar-problems.ts';
import { CATALOG_PROBLEMS } from './catalog/catalog-problems.ts';
import { COUNTER_PROBLEMS } from './counter/counter-problems.ts';
import { DELEGATION_PROBLEMS } from './delegation/delegation-problems.ts';
import { DOCUMENT_PROBLEMS } from './document/document-problems.ts';
import { DOSSIER_PROBLEMS } from './dossier/dossier-problems.ts';
import { GENERAL_PROBLEMS } from './general-problems.ts';
import { PROBLEMS, problemCodeOf } from './problem.ts';
import { OFFICER_PROBLEMS } from './org/officer-problems.ts';
import { ORG_PROBLEMS } from './org/org-problems.ts';
import { RATING_PROBLEMS } from './rating/rating-problems.ts';
import { REPORT_EXPORT_PROBLEMS, REPORT_PROBLEMS } from './report/report-problems.ts';

describe('problem registry', () => {
  it('gives every code a status and a Vietnamese and English title', () => {
    for (const [code, entry] of Object.entries(PROBLEMS)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.title.vi.length, code).toBeGreaterThan(0);
      expect(entry.title.en.length, code).toBeGreaterThan(0);
      expect(entry.title.vi, code).not.toBe(entry.title.en);
      expect(problemCodeOf(`urn:motcua:problem:${code}`)).toBe(code);
    }
    expect(problemCodeOf('urn:motcua:problem:nope')).toBeNull();
  });

  it('gathers every area table, and no code is listed by two areas', () => {
    const tables = [
      ORG_PROBLEMS,
      OFFICER_PROBLEMS,
      GENERAL_PROBLEMS,
      AUTH_PROBLEMS,
      CALENDAR_PROBLEMS,
      CATALOG_PROBLEMS,
      REPORT_PROBLEMS,
      REPORT_EXPORT_PROBLEMS,
      DOSSIER_PROBLEMS,
      RATING_PROBLEMS,
      COUNTER_PROBLEMS,
      DOCUMENT_PROBLEMS,
      DELEGATION_PROBLEMS,
      ACCOUNT_PROBLEMS,
      ONLINE_PROBLEMS,
    ];
    const codes = tables.flatMap((table) => Object.keys(table));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.toSorted()).toEqual(Object.keys(PROBLEMS).toSorted());
  });
});
