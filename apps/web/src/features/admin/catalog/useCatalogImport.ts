import { CatalogImportJob } from '@motcua/core';
import { CATALOG_QUERY_KEY } from '../../../api/catalog.ts';
import { useXlsxImport } from '../../../api/useXlsxImport.ts';

const jobKey = (id: string | null) => [...CATALOG_QUERY_KEY, 'import', id];

/** A catalog import (`POST /catalog/imports`); when applied, every list and page of the catalog is read again. */
export function useCatalogImport() {
  return useXlsxImport({
    uploadPath: '/catalog/imports',
    jobPath: (id) => `/catalog/imports/${encodeURIComponent(id)}`,
    schema: CatalogImportJob,
    jobKey,
    invalidateKey: CATALOG_QUERY_KEY,
  });
}
