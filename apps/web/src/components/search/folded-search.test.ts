import { describe, expect, it } from 'vitest';
import { foldedSearch, matchesFolded } from './folded-search.ts';

describe('matchesFolded', () => {
  it.each([
    ['tu phap', 'Sở Tư pháp', true],
    ['TƯ PHÁP', 'Sở Tư pháp', true],
    ['giao thong', 'Sở Giao thông vận tải', true],
    ['đường', 'Sở Giao thông và đường bộ', true],
    ['duong', 'Sở Giao thông và đường bộ', true],
    ['  ha   noi ', 'Trung tâm Hà Nội', true],
    ['tu phap', 'Sở Tài chính', false],
    ['', 'Sở Tư pháp', true],
    ['a', undefined, false],
  ])('%j in %j → %s', (typed, text, expected) => {
    expect(matchesFolded(typed, text)).toBe(expected);
  });
});

describe('foldedSearch', () => {
  it('filters on the label by default, or on the property a picker names', () => {
    const byLabel = foldedSearch();
    const bySearch = foldedSearch('search');
    const option = { label: 'Phạm Hồng Sơn', search: 'Phạm Hồng Sơn congan.approver' };
    expect(byLabel.filterOption('hong son', option)).toBe(true);
    expect(byLabel.filterOption('congan', option)).toBe(false);
    expect(bySearch.filterOption('congan', option)).toBe(true);
    expect(bySearch.filterOption('pham hong', option)).toBe(true);
    expect(byLabel.filterOption('x')).toBe(false);
  });
});
