import type { passwordVi } from './password-vi.ts';

/** English text of the password pages. */
export const passwordEn: typeof passwordVi = {
  password: {
    menu: 'Change password',
    changeTitle: 'Change password',
    setupTitle: 'Choose a password',
    setupIntro: 'Choose the password of your account. This link works once, for 3 days.',
    mustChange: 'You are using a temporary password. Please change it before you go on.',
    policyTitle: 'The new password must:',
    policy: {
      length: 'have at least 12 characters (a sentence you remember is best);',
      common: 'not be a common, easily guessed password;',
      username: 'not contain the username.',
    },
    current: 'Current password',
    new: 'New password',
    repeat: 'Repeat the new password',
    currentRequired: 'Please enter the current password',
    newRequired: 'Please enter a new password',
    mismatch: 'The two new passwords differ',
    submitChange: 'Change password',
    submitSetup: 'Set password',
    changed: 'Password changed',
    setupDone: 'Password set. Please sign in with it.',
    noToken: 'The link is incomplete. Please open the link in the e-mail again.',
    toLogin: 'Go to sign-in',
  },
};
