import { OfficerImportJob } from '@motcua/core';
import { useXlsxImport } from '../../../api/useXlsxImport.ts';
import { orgKeys, orgPaths, ORG_QUERY_KEY } from './org-api.ts';

/** An officer import (`POST /officer-imports`); when applied, the officers, the setup steps and the audit are read again. */
export function useOfficerImport() {
  return useXlsxImport({
    uploadPath: '/officer-imports',
    jobPath: orgPaths.importJob,
    schema: OfficerImportJob,
    jobKey: orgKeys.importJob,
    invalidateKey: ORG_QUERY_KEY,
  });
}
