/** The change page's form: the current password, the new one and the same again. */
export type ChangePasswordValues = { currentPassword: string; newPassword: string; repeat: string };

/** The body of `POST /auth/password`: the repeat is the form's own check, never sent. */
export const changeRequestOf = ({ currentPassword, newPassword }: ChangePasswordValues) => ({
  currentPassword,
  newPassword,
});
