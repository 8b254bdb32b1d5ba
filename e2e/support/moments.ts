/** A moment `days` from now as a `datetime-local` box holds it in Vietnam's time, and as the app prints it. */
export function vietnamMoment(days: number): { typed: string; shown: string } {
  const typed = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 16);
  const [, y, m, d, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(typed)!;
  return { typed, shown: `${time} ${d}/${m}/${y}` };
}
