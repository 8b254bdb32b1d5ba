import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from '../calendar/testing.ts';
import {
  AgencyCode,
  DossierCode,
  findDossierCode,
  formatDossierCode,
  LOOKUP_SECRET_ALPHABET,
  LookupSecret,
  lookupSecretFrom,
  parseDossierCode,
  sequenceDay,
} from './dossier-code.ts';

const AGENCY = '000.00.01.H49';

describe('dossier code (DESIGN §6)', () => {
  it.each([
    ['2025-03-10T10:00', 1, '000.00.01.H49-250310-0001'],
    ['2025-03-10T00:00', 42, '000.00.01.H49-250310-0042'], // UTC+7 midnight starts the day
    ['2025-03-09T23:59', 9999, '000.00.01.H49-250309-9999'],
    ['2014-03-26T08:00', 123, '000.00.01.H49-140326-0123'],
  ])('at %s, number %i: %s', (local, sequence, want) => {
    expect(formatDossierCode(AGENCY, at(local), sequence)).toEqual({ ok: true, dossierCode: want });
  });

  it('refuses the 10 000th dossier of a day instead of reusing a code', () => {
    expect(formatDossierCode(AGENCY, at('2025-03-10T10:00'), 10_000)).toEqual({
      ok: false,
      code: 'dossier.sequence_exhausted',
    });
    expect(() => formatDossierCode(AGENCY, at('2025-03-10T10:00'), 0)).toThrow(RangeError);
  });

  it('numbers by the UTC+7 date', () => {
    expect(sequenceDay(Date.parse('2025-03-09T17:30:00Z'))).toBe('2025-03-10');
  });

  it.each([
    ['000.00.01.H49-250310-0001', true],
    [' 000.00.01.h49-250310-0001 ', true], // typed in lower case, with spaces
    ['000.00.01.H49-250230-0001', false], // 30 February
    ['000.00.01.H49-251310-0001', false],
    ['000.00.01.H49-250310-0000', false],
    ['000.00.01.H49-250310-001', false],
    ['000.00.01-250310-0001', false],
    ['000.00.01.49H-250310-0001', false],
  ])('%s is a code: %s', (code, valid) => {
    expect(DossierCode.safeParse(code).success).toBe(valid);
  });

  it('reads its parts back', () => {
    expect(parseDossierCode('000.00.14.H49-240229-0815')).toEqual({
      agencyCode: '000.00.14.H49',
      date: '2024-02-29',
      sequence: 815,
    });
    expect(parseDossierCode('000.00.14.H49-230229-0815')).toBeNull();
  });

  it('round-trips any agency, day and number', () => {
    const group = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: n, maxLength: n });
    const agency = fc.tuple(group(3), group(2), group(2), fc.constantFrom('H49', 'G01', 'T99')).map((g) => g.join('.'));
    const instant = fc.integer({
      min: Date.parse('2000-01-01T00:00:00+07:00'),
      max: Date.parse('2099-12-31T23:59:59+07:00'),
    });
    fc.assert(
      fc.property(agency, instant, fc.integer({ min: 1, max: 9999 }), (agencyCode, when, sequence) => {
        expect(AgencyCode.safeParse(agencyCode).success).toBe(true);
        const made = formatDossierCode(agencyCode, when, sequence);
        if (!made.ok) return false;
        expect(DossierCode.parse(made.dossierCode)).toBe(made.dossierCode);
        expect(parseDossierCode(made.dossierCode)).toEqual({ agencyCode, date: sequenceDay(when), sequence });
        expect(findDossierCode(`https://motcua.example/tra-cuu?code=${made.dossierCode}&secret=ABCDEF`)).toBe(
          made.dossierCode,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing in text without a code', () => {
    expect(findDossierCode('hello 000.00.01.H49')).toBeNull();
  });
});

describe('look-up secret', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('has 6 characters from an alphabet without look-alikes', () => {
    expect(LOOKUP_SECRET_ALPHABET).toHaveLength(31);
    expect(LOOKUP_SECRET_ALPHABET).not.toMatch(/[01OIL]/);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 16 }), (random) => {
        const secret = lookupSecretFrom(random);
        expect(secret).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
        expect(LookupSecret.parse(secret.toLowerCase())).toBe(secret);
      }),
      { numRuns: 200 },
    );
  });

  it('depends only on the bytes given, and on all of the first eight', () => {
    expect(lookupSecretFrom(bytes(1, 2, 3, 4, 5, 6, 7, 8))).toBe(lookupSecretFrom(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9)));
    expect(lookupSecretFrom(bytes(0, 0, 0, 0, 0, 0, 0, 0))).toBe('AAAAAA');
    expect(lookupSecretFrom(bytes(0, 0, 0, 0, 0, 0, 0, 1))).toBe('BAAAAA');
    expect(lookupSecretFrom(bytes(1, 0, 0, 0, 0, 0, 0, 0))).not.toBe('AAAAAA');
  });

  it('uses every character', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++)
      for (const c of lookupSecretFrom(bytes(i & 255, i >> 8, 7, i % 13, 3, i % 7, 11, i % 31))) seen.add(c);
    expect(seen.size).toBe(31);
  });

  it('needs 8 random bytes', () => {
    expect(() => lookupSecretFrom(bytes(1, 2, 3))).toThrow(RangeError);
  });

  it.each(['ABC', 'ABCDE0', 'ABCDEI', 'ABCDEFG'])('refuses %s', (secret) => {
    expect(LookupSecret.safeParse(secret).success).toBe(false);
  });
});
