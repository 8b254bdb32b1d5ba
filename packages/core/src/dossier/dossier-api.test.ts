import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES } from '../validation-messages.ts';
import { Applicant } from './applicant.ts';
import { commandOf, DossierSummary, DossierView, ReceiveDossierRequest, TransitionRequest } from './dossier-api.ts';
import { buildDossierSummary, buildDossierView, type DossierRecord } from './dossier-view.ts';
import { buildPublicLookup, LookupQuery, PublicLookup } from './lookup-api.ts';
import { DOSSIER_MESSAGES } from './dossier-messages.ts';
import { actors, at, clock, cmd, FIXTURES, run } from './testing.ts';

const KNOWN = new Set([...Object.keys(DOSSIER_MESSAGES), ...Object.keys(VALIDATION_MESSAGES)]);
const messagesOf = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];

const applicant = {
  kind: 'person',
  fullName: 'Nguyễn Văn An',
  cccd: '022099001234',
  phone: '+84 912 345 678',
  address: 'Hạ Long',
} as const;

describe('ReceiveDossierRequest', () => {
  it('takes a counter reception, normalising the phone and filling defaults', () => {
    const request = ReceiveDossierRequest.parse({
      procedureCode: '1.001234',
      applicant,
      ticks: [{ item: 0, provided: 1 }],
      resultDelivery: 'counter',
    });
    expect(request).toMatchObject({
      channel: 'direct',
      submitter: null,
      documents: [],
      feePayment: null,
      notes: null,
      counterId: null,
    });
    expect(request.applicant.phone).toBe('0912345678');
    expect(request.ticks).toEqual([{ item: 0, provided: 1, form: null, conditionApplies: false }]);
  });

  it('takes an authorised submitter and a fee receipt', () => {
    const submitter = {
      fullName: 'Trần Bình',
      cccd: '022185001234',
      phone: '0987654321',
      authorisation: { documentNumber: '12/UQ', date: '2025-03-01' },
    };
    const request = ReceiveDossierRequest.parse({
      procedureCode: '1.001234',
      channel: 'post',
      applicant,
      submitter,
      ticks: [],
      resultDelivery: 'post',
      feePayment: { receiptNumber: 'BL-001', amount: 200_000 },
    });
    expect(request.submitter?.authorisation).toEqual({ documentNumber: '12/UQ', date: '2025-03-01', note: null });
  });
});

describe('TransitionRequest', () => {
  it.each([
    [{ version: 3, transition: 'approve', payload: {} }, ['payload.resultNumber:dossier.result_number_required']],
    [
      { version: 3, transition: 'approve', payload: { resultNumber: '  ' } },
      ['payload.resultNumber:dossier.result_number_required'],
    ],
    [
      { version: 3, transition: 'request_supplement', payload: { items: [] } },
      ['payload.items:dossier.items_required'],
    ],
    [{ version: 3, transition: 'refuse', payload: { reasons: [] } }, ['payload.reasons:dossier.reasons_required']],
    [
      { version: 3, transition: 'stop', payload: { reason: 'x' } },
      ['payload.legalGround:dossier.legal_ground_required'],
    ],
    [
      { version: 3, transition: 'apologise', payload: { reason: 'x', newDueAt: '2025-03-14' } },
      ['payload.newDueAt:calendar.instant_expected'],
    ],
  ])('%j: %j', (body, issues) => {
    const found = messagesOf(TransitionRequest.safeParse(body));
    expect(found).toEqual(issues);
    for (const issue of found) expect(KNOWN.has(issue.split(':')[1] ?? '')).toBe(true);
  });

  it('reads instants as epoch ms for the core', () => {
    const body = {
      version: 3,
      transition: 'apologise',
      payload: { reason: 'x', newDueAt: '2025-03-14T17:00:00+07:00' },
    };
    const request = TransitionRequest.parse(body);
    expect(request).toEqual({
      version: 3,
      transition: 'apologise',
      payload: { reason: 'x', newDueAt: at('2025-03-14T17:00') },
    });
    expect(commandOf(request)).toEqual({
      transition: 'apologise',
      payload: { reason: 'x', newDueAt: at('2025-03-14T17:00') },
    });
  });

  it('refuses an unknown transition and a missing version', () => {
    expect(TransitionRequest.safeParse({ version: 1, transition: 'teleport', payload: {} }).success).toBe(false);
    expect(TransitionRequest.safeParse({ transition: 'submit_online', payload: {} }).success).toBe(false);
  });
});

describe('LookupQuery', () => {
  it.each([
    [{ code: '000.00.01.h49-250310-0001', secret: 'abcdef' }, []],
    [{ code: '000.00.01.H49-250310-0001', phoneLast4: '5678' }, []],
    [{ code: '000.00.01.H49-250310-0001' }, ['secret:dossier.lookup_key_required']],
    [{ code: 'x', secret: 'ABCDE0' }, ['code:dossier.invalid_code', 'secret:dossier.invalid_secret']],
    [{ code: '000.00.01.H49-250310-0001', phoneLast4: '567' }, ['phoneLast4:dossier.invalid_phone_last4']],
  ])('%j: %j', (query, issues) => {
    expect(messagesOf(LookupQuery.safeParse(query))).toEqual(issues);
  });
});

const record: DossierRecord = {
  id: 'd-1',
  code: '000.00.01.H49-250707-0001',
  procedureName: 'Cấp hộ chiếu phổ thông',
  agency: { code: '000.00.01.H49', slug: 'congan', name: 'Công an tỉnh' },
  receivingCenter: { code: 'A01', name: 'Trung tâm Phục vụ hành chính công tỉnh' },
  applicant: Applicant.parse({ ...applicant, phone: '0912345678' }),
  submitter: null,
  resultDelivery: 'counter',
  feePayment: null,
  documents: [],
  notes: null,
};
const names = {
  people: new Map([['u-appraiser', 'Lê Thẩm Định']]),
  agencies: new Map([['agency-gtvt', { code: '000.00.02.H49', slug: 'gtvt', name: 'Sở GTVT' }]]),
};

describe('views', () => {
  it('gives the agency the whole dossier, valid against its schema', () => {
    const { state, events } = FIXTURES.in_consultation();
    const view = buildDossierView(clock, {
      state,
      events,
      record,
      reader: actors.appraiser,
      now: at('2025-07-09T10:00'),
      names,
    });
    expect(DossierView.parse(view)).toEqual(view);
    expect(view).toMatchObject({
      masked: false,
      status: 'in_consultation',
      assignee: { id: 'u-appraiser', fullName: 'Lê Thẩm Định' },
      warnings: ['step_over_budget', 'due_soon', 'consultation_overdue'],
    });
    expect(view.applicant).toMatchObject({ cccd: '022099001234' });
    expect(view.consultations[0]?.agency.slug).toBe('gtvt');
    expect(view.availableTransitions).toEqual(['open_consultation', 'close_consultation', 'apologise']);
    expect(view.timeline.map((e) => e.transition)).toEqual(['open', 'receive', 'start_appraisal', 'open_consultation']);
  });

  it('masks personal data for a consulted agency', () => {
    const { state, events } = FIXTURES.in_consultation();
    const view = buildDossierView(clock, {
      state,
      events,
      record,
      reader: actors.partner,
      now: at('2025-07-08T08:00'),
      names,
    });
    expect(view).toMatchObject({
      masked: true,
      applicant: { cccd: '022*******34', phone: '*******678' },
      availableTransitions: ['record_opinion'],
    });
    expect(DossierView.parse(view)).toEqual(view);
  });

  it('gives an inbox row with its warnings', () => {
    const { state } = FIXTURES.received();
    const row = buildDossierSummary(clock, state, record, at('2025-07-09T10:00'), names);
    expect(DossierSummary.parse(row)).toEqual(row);
    expect(row).toMatchObject({
      applicantName: 'Nguyễn Văn An',
      status: 'received',
      warnings: ['step_over_budget', 'due_soon'],
      assignee: null,
    });
  });
});

describe('public look-up (DESIGN §11)', () => {
  it('shows status, step moments and a timeline without officers or internal events', () => {
    const reassign = { transition: 'reassign', payload: { assigneeId: 'u-x', note: null } } as const;
    const send = { transition: 'send_back', payload: { reason: 'Nội bộ' } } as const;
    const { state, events } = run({ actor: 'owner', at: '2025-07-07T08:00' }, [
      ['owner', '2025-07-07T08:05', cmd.submit],
      ['counter', '2025-07-07T09:00', cmd.receive],
      ['appraiser', '2025-07-07T10:00', cmd.startAppraisal],
      ['head', '2025-07-07T10:30', reassign],
      ['appraiser', '2025-07-07T11:00', cmd.supplement],
      ['owner', '2025-07-08T09:00', cmd.recordSupplement],
      ['appraiser', '2025-07-08T10:00', cmd.propose],
      ['approver', '2025-07-08T11:00', send],
    ]);
    const lookup = buildPublicLookup(clock, {
      state,
      events,
      code: record.code,
      procedureName: record.procedureName,
      agencyName: record.agency.name,
      applicant: record.applicant,
    });
    expect(PublicLookup.parse(lookup)).toEqual(lookup);
    expect(lookup).toMatchObject({
      applicantName: 'Nguyễn V. A.',
      status: 'in_appraisal',
      dueAt: '2025-07-10T09:30:00.000Z',
    }); // Thursday 16:30: 5½ working hours stopped
    expect(lookup.timeline.map((e) => e.transition)).toEqual([
      'submit_online',
      'receive',
      'start_appraisal',
      'request_supplement',
      'record_supplement',
      'propose_approval',
      'send_back',
    ]);
    expect(
      lookup.timeline.every((e) => e.actor === null && e.note !== 'Đủ điều kiện' && !e.reasons.includes('Nội bộ')),
    ).toBe(true);
    expect(lookup.timeline[3]?.items).toEqual([{ name: 'Tờ khai', reason: 'Chưa ký' }]);
    expect(lookup.steps.map((s) => [s.done, s.current])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(JSON.stringify(lookup)).not.toContain('022099001234');
  });
});
