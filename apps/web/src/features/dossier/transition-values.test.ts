import { describe, expect, it } from 'vitest';
import { TransitionName, TransitionRequest, type DossierView } from '@motcua/core';
import { initialValues, supplementItems, toTransitionRequest, type TransitionValues } from './transition-values.ts';

type Consultation = Pick<DossierView['consultations'][number], 'no' | 'answeredAt' | 'lapsed' | 'answerable'>;
/** Only the delivery and the consultations decide how a form starts. */
const dossierWith = (
  resultDelivery: DossierView['resultDelivery'],
  consultations: Consultation[] = [],
  checklist: string[] = [],
) => ({ resultDelivery, consultations, checklist }) as unknown as DossierView;

describe('initialValues', () => {
  const consulted = dossierWith('post', [
    { no: 1, answeredAt: '2026-03-02T03:00:00.000Z', lapsed: false, answerable: false },
    { no: 2, answeredAt: null, lapsed: true, answerable: false },
    // Waiting, but asked of another agency than the reader's: not theirs to answer.
    { no: 3, answeredAt: null, lapsed: false, answerable: false },
    { no: 4, answeredAt: null, lapsed: false, answerable: true },
  ]);
  it.each<[TransitionName, TransitionValues]>([
    ['request_supplement', { items: [{ name: '', reason: '' }] }],
    ['request_supplement_at_intake', { items: [{ name: '', reason: '' }] }],
    ['reject_at_intake', { reasons: [''] }],
    ['refuse', { reasons: [''] }],
    ['propose_approval', { proposal: 'approve' }],
    ['return_result', { delivery: 'post' }],
    ['open_consultation', { consultations: [{}] }],
    // The first consultation the reader's agency may answer, agreeing unless said otherwise.
    ['record_opinion', { no: 4, agrees: true }],
    ['approve', {}],
  ])('starts %s with %j', (name, values) => {
    expect(initialValues(name, consulted)).toEqual(values);
  });
});

/** Every field a form may have, typed with stray spaces. */
const typed: TransitionValues = {
  items: [{ name: ' Tờ khai ', reason: ' Thiếu chữ ký ' }],
  reasons: [' Không đủ điều kiện ', '  ', 'Hồ sơ giả mạo'],
  note: '  ',
  reason: ' Người nộp rút hồ sơ ',
  proposal: 'refuse',
  summary: ' Đủ điều kiện ',
  resultNumber: ' 123/QĐ-UBND ',
  resultDocumentId: 'doc-result',
  delivery: 'post',
  recipient: ' Nguyễn Văn An ',
  legalGround: ' Điều 18 NĐ 61/2018 ',
  newDueAt: '2026-03-10T14:00',
  assigneeId: 'u-appraiser',
  approverId: '',
  consultations: [{ agencyId: 'a-1', question: ' Ý kiến về quy hoạch? ', deadline: '2026-03-20T17:00' }],
  no: 2,
  opinion: ' Đồng ý ',
  agrees: false,
  ticks: [{ provided: 1, form: 'original', conditionApplies: false }],
};

describe('toTransitionRequest', () => {
  it.each(TransitionName.options)('makes %s a request the API takes, on the version seen', (name) => {
    const request = toTransitionRequest(name, typed, 7);
    expect(request.version).toBe(7);
    expect(request.transition).toBe(name);
    expect(TransitionRequest.safeParse(request).error?.issues ?? []).toEqual([]);
  });

  it.each<[TransitionName, unknown]>([
    ['request_supplement', { items: [{ name: 'Tờ khai', reason: 'Thiếu chữ ký' }], note: null }],
    ['refuse', { reasons: ['Không đủ điều kiện', 'Hồ sơ giả mạo'] }],
    ['resubmit', { note: null }],
    ['withdraw', { reason: 'Người nộp rút hồ sơ' }],
    ['approve', { resultNumber: '123/QĐ-UBND', note: null, resultDocumentId: 'doc-result' }],
    ['reissue_secret', {}],
    ['propose_approval', { proposal: 'refuse', summary: 'Đủ điều kiện', approverId: null }],
    ['start_appraisal', { assigneeId: 'u-appraiser' }],
    ['return_result', { delivery: 'post', recipient: 'Nguyễn Văn An', note: null }],
    ['stop', { reason: 'Người nộp rút hồ sơ', legalGround: 'Điều 18 NĐ 61/2018' }],
    ['record_opinion', { no: 2, opinion: 'Đồng ý', agrees: false }],
    ['receive', { ticks: [{ item: 0, provided: 1, form: 'original', conditionApplies: false }] }],
    ['record_supplement', { documentIds: [], note: null }],
    ['prepare_result', { resultDocumentId: null }],
  ])('sends %s trimmed, blank optional texts as null', (name, payload) => {
    expect(toTransitionRequest(name, typed, 1).payload).toEqual(payload);
  });

  it('reads the moments typed in Hà Nội time (UTC+7)', () => {
    const apology = TransitionRequest.parse(toTransitionRequest('apologise', typed, 1));
    expect(apology.transition === 'apologise' && apology.payload.newDueAt).toBe(Date.UTC(2026, 2, 10, 7, 0));
    const consultation = TransitionRequest.parse(toTransitionRequest('open_consultation', typed, 1));
    expect(consultation.transition === 'open_consultation' && consultation.payload.consultations[0]?.deadline).toBe(
      Date.UTC(2026, 2, 20, 10, 0),
    );
  });

  it.each<[TransitionName, unknown]>([
    ['send_back', { reason: '' }],
    ['refuse', { reasons: [] }],
    ['apologise', { reason: '', newDueAt: '' }],
    ['reassign', { assigneeId: '', note: null }],
    ['record_opinion', { no: 0, opinion: '', agrees: true }],
    ['return_result', { delivery: 'counter', recipient: null, note: null }],
    ['propose_approval', { proposal: 'approve', summary: '', approverId: null }],
  ])('sends an empty %s form as it is, for the server to name what is missing', (name, payload) => {
    expect(toTransitionRequest(name, {}, 1).payload).toEqual(payload);
  });
});

describe('form 02 names the checklist’s documents (supplementItems)', () => {
  const checklist = ['Tờ khai đề nghị cấp hộ chiếu', 'Ảnh chân dung 4x6', 'Bản sao giấy khai sinh'];

  it('starts with the checklist to tick and no free row; a dossier without one starts with one free row', () => {
    expect(initialValues('request_supplement', dossierWith('counter', [], checklist))).toEqual({
      checklistItems: checklist.map((name) => ({ name, picked: false, reason: '' })),
      items: [],
    });
    expect(initialValues('request_supplement_at_intake', dossierWith('counter'))).toEqual({
      items: [{ name: '', reason: '' }],
    });
  });

  it('sends the items ticked under their checklist names, then the others typed, blank rows left out', () => {
    const values: TransitionValues = {
      checklistItems: [
        { name: checklist[0]!, picked: true, reason: ' Chưa ký ' },
        { name: checklist[1]!, picked: false, reason: 'typed, then unticked' },
        { name: checklist[2]!, picked: true, reason: 'Cần bản sao chứng thực' },
      ],
      items: [
        { name: ' Giấy xác nhận cư trú ', reason: ' Bổ sung ' },
        { name: ' ', reason: '' },
      ],
    };
    expect(supplementItems(values)).toEqual([
      { name: 'Tờ khai đề nghị cấp hộ chiếu', reason: 'Chưa ký' },
      { name: 'Bản sao giấy khai sinh', reason: 'Cần bản sao chứng thực' },
      { name: 'Giấy xác nhận cư trú', reason: 'Bổ sung' },
    ]);
    const request = TransitionRequest.parse(toTransitionRequest('request_supplement', values, 3));
    expect(request.transition === 'request_supplement' && request.payload.items).toHaveLength(3);
  });

  it('sends nothing ticked and nothing typed as no items, for the server to say one is needed', () => {
    const none = { checklistItems: checklist.map((name) => ({ name, picked: false })), items: [] };
    expect(supplementItems(none)).toEqual([]);
    expect(TransitionRequest.safeParse(toTransitionRequest('request_supplement', none, 1)).success).toBe(false);
  });
});
