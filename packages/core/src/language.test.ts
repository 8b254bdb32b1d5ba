import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language.ts';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,en;q=0.5,vi;q=0.4', 'en'],
    ['fr-FR,vi;q=0.5,en;q=0.4', 'vi'],
    ['de', 'vi'],
    ['en;q=0.2,vi;q=0.8', 'vi'],
  ])('%s → %s', (header, want) => {
    expect(pickLanguage(header)).toBe(want);
  });
});
