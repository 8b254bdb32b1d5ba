/** The dossier pages, named once: the officers' dossier page and inboxes, the public look-up. */
export const dossierPaths = {
  view: (id: string) => `/dossiers/${encodeURIComponent(id)}`,
  reception: '/reception',
  processing: '/processing',
  lookup: '/tra-cuu',
};
