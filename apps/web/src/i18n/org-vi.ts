/** Vietnamese text of the admin area's organisation pages (issue 16). */
export const orgVi = {};
