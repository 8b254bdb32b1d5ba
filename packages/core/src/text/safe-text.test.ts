import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredText } from '../validation.ts';
import { findUnsafeText, isSafeText, safeText } from './safe-text.ts';

const encodes = (value: string) => {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
};

describe('safe text (issue 15 item 7)', () => {
  it.each([
    ['Nguyễn Văn A', true],
    ['', true],
    ['emoji 😀 is a valid pair', true],
    ['a\u0000b', false],
    ['\u0000', false],
    ['lone high \uD800 surrogate', false],
    ['lone low \uDC00 surrogate', false],
    ['reversed pair \uDE00\uD83D', false],
    ['high at the end \uD83D', false],
  ])('%j is safe: %s', (value, safe) => {
    expect(isSafeText(value)).toBe(safe);
  });

  it('agrees with an independent oracle: no NUL, and encodeURIComponent (which throws on a lone surrogate) accepts it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const oracle = !value.includes('\u0000') && encodes(value);
        expect(isSafeText(value)).toBe(oracle);
      }),
    );
  });

  it('finds every unsafe string and key of a parsed input by its path, skipping bytes', () => {
    const input = {
      name: 'ok',
      applicant: { phone: '09\u0000', tags: ['a', '\uD800'] },
      ['k\u0000']: 'x',
      file: new Uint8Array([0]),
    };
    expect(findUnsafeText(input)).toEqual(['?', 'applicant.phone', 'applicant.tags.1']);
    expect(findUnsafeText('\u0000', 'query')).toEqual(['query']);
    expect(findUnsafeText({ a: [1, null, true, 'fine'] })).toEqual([]);
  });

  it('walks a deeply nested body without overflowing', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnsafeText(deep)).toHaveLength(1);
  });

  it('the text schemas refuse with the message key', () => {
    expect(safeText().safeParse('a\u0000').error?.issues[0]?.message).toBe('validation.unsafe_text');
    expect(requiredText(50).safeParse('ab\uDC00').error?.issues[0]?.message).toBe('validation.unsafe_text');
    expect(requiredText(50).safeParse('  Hà Nội ').data).toBe('Hà Nội');
  });
});
