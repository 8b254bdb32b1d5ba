import { describe, expect, it } from 'vitest';
import { operationIdOf } from './operation-id.ts';

describe('operationIdOf', () => {
  it.each([
    ['GET', '/api/health', 'getHealth'],
    ['GET', '/api/v1/procedures', 'getProcedures'],
    ['POST', '/api/v1/dossiers/:id/transitions', 'postDossiersByIdTransitions'],
    ['GET', '/api/v1/dossiers/:id/forms/receipt.pdf', 'getDossiersByIdFormsReceiptPdf'],
    ['DELETE', '/api/v1/counters/session', 'deleteCountersSession'],
    ['PUT', '/api/v1/calendar/notices/:year', 'putCalendarNoticesByYear'],
    [['GET', 'HEAD'], '/api/v1/reports/ledger.xlsx', 'getReportsLedgerXlsx'],
  ])('%s %s → %s', (method, url, expected) => {
    expect(operationIdOf(method, url)).toBe(expected);
  });

  it('tells apart the paths a client must tell apart', () => {
    const ids = ['/api/v1/dossiers/:id', '/api/v1/dossiers/by-code/:code', '/api/v1/dossiers'].map((url) =>
      operationIdOf('GET', url),
    );
    expect(new Set(ids).size).toBe(3);
  });
});
