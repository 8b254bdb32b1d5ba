import { describe, expect, it } from 'vitest';
import type { Me } from '@motcua/core';
import { CHANGE_PASSWORD_PATH, passwordRedirect } from './password-redirect.ts';

const me = (mustChangePassword: boolean): Me => ({
  id: 'u1',
  username: 'nguyen.van.a',
  fullName: 'Nguyễn Văn A',
  roles: ['counter'],
  agency: null,
  center: null,
  mustChangePassword,
});

describe('the temporary password is changed before anything else', () => {
  it.each(['/', '/reception', '/admin/can-bo', '/login', '/dat-mat-khau', '/thu-tuc/1.0001'])(
    'a user with a temporary password on %s goes to the change page',
    (path) => {
      expect(passwordRedirect(me(true), path)).toBe('/doi-mat-khau');
    },
  );

  it('stays on the change page itself', () => {
    expect(passwordRedirect(me(true), CHANGE_PASSWORD_PATH)).toBeNull();
  });

  it.each([
    ['a user who owns their password', me(false)],
    ['a visitor', null],
    ['a page still loading who is signed in', undefined],
  ])('%s is never sent there', (_, user) => {
    expect(passwordRedirect(user, '/reception')).toBeNull();
  });
});
