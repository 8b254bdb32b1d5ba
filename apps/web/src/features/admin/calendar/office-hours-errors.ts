import type { Locate } from '../../../components/problem/form-problem.ts';

/**
 * Where the office hours form shows a server error: one about a session's start or end on that time's
 * input; the others (sessions overlapping, too many) above the form.
 */
export const sessionTimeItem: Locate = (segments, message) => {
  const [list, index, field] = segments;
  return list === 'sessions' && typeof index === 'number' && (field === 'start' || field === 'end')
    ? { name: ['sessions', index, field], message }
    : null;
};
