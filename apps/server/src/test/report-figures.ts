import type { ReportFigures } from '@motcua/core';

/** The figures (3)–(13) of Biểu II.06a in the form's order, written out by hand as the tests' oracle (DESIGN §8). */
export const FIGURES = (f: ReportFigures): number[] => [
  f.received.total,
  f.received.online,
  f.received.direct,
  f.received.carriedOver,
  f.resolved.total,
  f.resolved.early,
  f.resolved.onTime,
  f.resolved.late,
  f.inProgress.total,
  f.inProgress.onTime,
  f.inProgress.overdue,
];
