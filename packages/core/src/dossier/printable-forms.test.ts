import { describe, expect, it } from 'vitest';
import { FIXTURES, type FixtureName } from './testing.ts';
import { noticeIssuedBy, printableForms, type NoticeForm } from './printable-forms.ts';

describe('printableForms: the notices a dossier was issued, in its form set (DESIGN §6)', () => {
  // The fixtures are under TT 03/2025, whose set has all four notices.
  it.each<[FixtureName, NoticeForm[]]>([
    ['submitted', []],
    ['received', []],
    ['awaiting_supplement_at_intake', ['supplement']],
    ['awaiting_supplement', ['supplement']],
    ['rejected_at_intake', ['refusal']],
    ['stopped', ['stop']],
    ['returned', []],
  ])('%s prints %j', (fixture, forms) => {
    const { state, events } = FIXTURES[fixture]();
    expect(printableForms(events, state.formSet)).toEqual(forms);
  });

  it('lists several in the order of their numbers, each once however often it was issued', () => {
    const events = ['apologise', 'request_supplement', 'request_supplement_at_intake', 'stop'].map((type) => ({
      type,
    }));
    expect(printableForms(events, 'tt03-2025')).toEqual(['supplement', 'apology', 'stop']);
  });

  it('has no stop notice under TT 01/2018, whose set lacks form 05 "dừng giải quyết"', () => {
    const events = [{ type: 'stop' }, { type: 'apologise' }];
    expect(printableForms(events, 'tt01-2018')).toEqual(['apology']);
  });
});

describe('noticeIssuedBy: the form to print right after a transition', () => {
  it.each([
    ['request_supplement', 'supplement'],
    ['request_supplement_at_intake', 'supplement'],
    ['reject_at_intake', 'refusal'],
    ['apologise', 'apology'],
    ['stop', 'stop'],
    ['refuse', null],
    ['receive', null],
  ])('%s → %s', (transition, form) => {
    expect(noticeIssuedBy(transition)).toBe(form);
  });
});
