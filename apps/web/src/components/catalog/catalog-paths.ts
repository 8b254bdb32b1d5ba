/** The catalog's pages, named once: the public portal's and the admin's. */
export const catalogPaths = {
  search: '/thu-tuc',
  procedure: (code: string) => `/thu-tuc/${encodeURIComponent(code)}`,
  admin: '/admin/catalog',
  adminNew: '/admin/catalog/new',
  adminProcedure: (code: string) => `/admin/catalog/${encodeURIComponent(code)}`,
};
