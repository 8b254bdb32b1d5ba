import type { PublicCenter } from '@motcua/core';

/** Open on `today` (a local date): started, and not closed before it. */
export function isOpenOn(center: Pick<PublicCenter, 'validFrom' | 'validTo'>, today: string): boolean {
  return center.validFrom <= today && (center.validTo === null || center.validTo >= today);
}

/**
 * The province center open today, whose name heads every page and greets the portal's visitors (issue 16: the
 * name is the province's data, never the app's text). None on a fresh server: the caller shows a neutral name.
 */
export function openProvinceCenter(centers: readonly PublicCenter[], today: string): PublicCenter | undefined {
  return centers.find((center) => center.level === 'province' && isOpenOn(center, today));
}
