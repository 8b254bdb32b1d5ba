/**
 * A column's header as the path from its group header down to its own, e.g. ["Kết quả giải quyết", "Số hồ sơ đã
 * giải quyết", "Tổng số"]; a plain string is a header of one level.
 */
export type HeaderPath = string | readonly string[];

/** One cell of a header of several levels: columns [first, last], levels [top, bottom] (0 = the top one). */
export type HeaderCell = { text: string; first: number; last: number; top: number; bottom: number };

/**
 * The cells of a header as official statistical forms draw it (e.g. Biểu II.06a): neighbouring columns that share
 * a group header share one cell across them, and a column's own header reaches down to the lowest level. Own
 * headers never merge, even when they read the same ("Tổng số" under two groups).
 */
export function headerGrid(paths: readonly HeaderPath[]): { depth: number; cells: HeaderCell[] } {
  const lists = paths.map((p) => (typeof p === 'string' ? [p] : [...p]));
  const depth = Math.max(1, ...lists.map((p) => p.length));
  const cells: HeaderCell[] = [];
  const open = new Map<string, HeaderCell>();
  lists.forEach((path, column) => {
    path.forEach((text, level) => {
      const own = level === path.length - 1;
      const key = JSON.stringify(path.slice(0, level + 1));
      const previous = open.get(key);
      if (!own && previous && previous.last === column - 1) {
        previous.last = column;
        return;
      }
      const cell = { text, first: column, last: column, top: level, bottom: own ? depth - 1 : level };
      cells.push(cell);
      if (!own) open.set(key, cell);
    });
  });
  return { depth, cells };
}
