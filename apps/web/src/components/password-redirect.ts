import type { Me } from '@motcua/core';

/** The page where a signed-in user changes their password. */
export const CHANGE_PASSWORD_PATH = '/doi-mat-khau';

/**
 * DESIGN §13: a temporary password is changed before anything else. While `me.mustChangePassword`, every page
 * sends the user to the change page (the server refuses their other requests anyway, 403
 * `auth.password_change_required`); signing out is a button of every page, so it stays in reach.
 */
export function passwordRedirect(me: Me | null | undefined, pathname: string): string | null {
  if (!me?.mustChangePassword) return null;
  return pathname === CHANGE_PASSWORD_PATH ? null : CHANGE_PASSWORD_PATH;
}
