import { describe, expect, it } from 'vitest';
import { namePathOf } from '../../../components/problem/form-problem.ts';
import { sessionTimeItem } from './office-hours-errors.ts';

describe('sessionTimeItem', () => {
  it.each([
    ['sessions.0.start', ['sessions', 0, 'start']],
    ['/body/sessions/1/end', ['sessions', 1, 'end']],
  ])('puts %s on its time box', (path, name) => {
    expect(sessionTimeItem(namePathOf(path), 'Giờ không hợp lệ')).toEqual({ name, message: 'Giờ không hợp lệ' });
  });

  // Overlapping or too many sessions are about the whole list: said above the form.
  it.each(['sessions', 'sessions.1', 'sessions.x.start', 'sessions.0.label', 'days.0.start'])(
    'keeps %s above the form',
    (path) => {
      expect(sessionTimeItem(namePathOf(path), 'm')).toBeNull();
    },
  );
});
