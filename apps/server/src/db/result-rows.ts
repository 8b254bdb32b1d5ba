/** The rows of a raw `db.execute` result: node-postgres and PGlite shape it differently. */
export const resultRows = <T>(result: unknown): T[] => (result as { rows?: T[] }).rows ?? (result as T[]);
