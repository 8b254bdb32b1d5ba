import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldText, procedureSearchText } from './fold.ts';

// Vietnamese letters as people type them: precomposed (NFC) or decomposed (NFD), any case.
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LETTERS = [...VOWELS.flatMap((v) => TONES.map((t) => `${v}${t}`.normalize('NFC'))), ...'bcdđghklmnpqrstvx'];
const VIETNAMESE = [...LETTERS, ...LETTERS.map((l) => l.toUpperCase()), ...'0123456789 .,-/()\t\n'];
const vietnameseText = fc
  .tuple(fc.array(fc.constantFrom(...VIETNAMESE), { maxLength: 60 }), fc.boolean())
  .map(([chars, decomposed]) => (decomposed ? chars.join('').normalize('NFD') : chars.join('')));
const anyText = fc.oneof(
  vietnameseText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

describe('foldText', () => {
  it.each([
    ['Cấp hộ chiếu phổ thông', 'cap ho chieu pho thong'],
    ['ĐỔI GIẤY PHÉP LÁI XE', 'doi giay phep lai xe'],
    ['Đăng ký  thành lập\tdoanh nghiệp ', 'dang ky thanh lap doanh nghiep'],
    ['  Sở Lao động - Thương binh và Xã hội', 'so lao dong - thuong binh va xa hoi'],
    ['Cấp hộ chiếu'.normalize('NFD'), 'cap ho chieu'],
    ['1.001234', '1.001234'],
    ['', ''],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('keeps non-Latin letters whole', () => {
    expect(foldText('한국 Ελλάδα')).toBe('한국 ελλαδα');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => foldText(foldText(s)) === foldText(s)),
      { numRuns: 2000 },
    );
  });

  it('gives ASCII for Vietnamese text', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => /^[\x00-\x7f]*$/.test(foldText(s))),
      { numRuns: 2000 },
    );
  });

  // In code points, as PostgreSQL counts characters: seven CJK compatibility ideographs of the BMP
  // (U+FA6C, U+FACF…) are one UTF-16 unit but decompose to an astral ideograph of two.
  it('never makes a text longer', () => {
    const length = (s: string) => [...s].length;
    fc.assert(
      fc.property(anyText, (s) => length(foldText(s)) <= length(s)),
      { numRuns: 2000 },
    );
    expect(length(foldText('\ufacf'))).toBe(1);
  });

  it('folds precomposed and decomposed text alike', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => foldText(s.normalize('NFC')) === foldText(s.normalize('NFD'))),
      { numRuns: 500 },
    );
  });
});

describe('procedureSearchText', () => {
  it('folds name, code, agency and field into one text, name first', () => {
    const text = procedureSearchText({
      name: 'Cấp hộ chiếu phổ thông',
      code: '1.001234',
      agencyName: 'Công an tỉnh',
      fieldName: 'Xuất nhập cảnh',
    });
    expect(text).toBe('cap ho chieu pho thong 1.001234 cong an tinh xuat nhap canh');
  });
});
