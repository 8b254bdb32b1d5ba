/**
 * A search kept in the URL after `changes` to some of its `keys`: an empty value (undefined, '', false)
 * leaves the URL; any change but the page's goes back to page 1.
 */
export function withChanges(
  prev: URLSearchParams,
  keys: readonly string[],
  changes: Partial<Record<string, string | number | boolean | undefined>>,
): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const key of keys) {
    if (!(key in changes)) continue;
    const value = changes[key];
    if (value === undefined || value === '' || value === false) next.delete(key);
    else next.set(key, String(value));
  }
  if (!('page' in changes)) next.delete('page');
  return next;
}
