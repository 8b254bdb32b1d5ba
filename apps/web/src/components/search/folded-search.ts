import { foldText } from '@motcua/core';

/**
 * Whether what the user typed is found in an option's text the way the catalog search finds it: without
 * diacritics or case ("tu phap" finds "Sở Tư pháp"), through core's `foldText` (issue 13).
 */
export function matchesFolded(typed: string, text: unknown): boolean {
  return foldText(String(text ?? '')).includes(foldText(typed));
}

/**
 * The `showSearch` of every picker: options filtered on `prop` (the label, or a search text the picker
 * builds) with `matchesFolded`.
 */
export function foldedSearch(prop: 'label' | 'search' = 'label') {
  return {
    filterOption: (typed: string, option?: object) =>
      matchesFolded(typed, (option as Record<string, unknown> | undefined)?.[prop]),
  };
}
