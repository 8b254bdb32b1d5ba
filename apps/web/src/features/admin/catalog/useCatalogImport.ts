import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { CatalogImportJob } from '@motcua/core';
import { API_BASE, apiErrorOf, apiJson, networkError, type ApiError } from '../../../api/client.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { CATALOG_QUERY_KEY } from '../../../api/catalog.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const POLL_MS = 1000;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends the .xlsx file as the raw body (`POST /catalog/imports`) with XMLHttpRequest, whose upload
 * progress `fetch` does not report; resolves with the job the server started.
 */
function uploadCatalog(file: File, onProgress: (percent: number) => void): Promise<CatalogImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}/catalog/imports`);
    xhr.setRequestHeader('Content-Type', XLSX_TYPE);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        const job = CatalogImportJob.safeParse(body);
        if (job.success) return resolve(job.data);
      }
      reject(apiErrorOf(body, xhr.status));
    };
    xhr.send(file);
  });
}

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'upload-failed'; error: ApiError }
  | { phase: 'job'; jobId: string };

/** An import from choosing the file to its outcome: upload progress, then the job, read every second while it runs. */
export function useCatalogImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const queryClient = useQueryClient();
  const jobId = state.phase === 'job' ? state.jobId : null;
  const job = useQuery({
    queryKey: [...CATALOG_QUERY_KEY, 'import', jobId],
    queryFn: ({ signal }) =>
      apiJson(`/catalog/imports/${encodeURIComponent(jobId ?? '')}`, CatalogImportJob, { signal }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
  const status = job.data?.status;
  useEffect(() => {
    // The catalog changed: every list and page is read again (the import job itself is not).
    if (status === 'applied')
      void queryClient.invalidateQueries({ queryKey: CATALOG_QUERY_KEY, predicate: (q) => q.queryKey[1] !== 'import' });
  }, [status, queryClient]);
  const start = (file: File) => {
    setState({ phase: 'uploading', percent: 0 });
    uploadCatalog(file, (percent) => setState({ phase: 'uploading', percent })).then(
      (started) => {
        queryClient.setQueryData([...CATALOG_QUERY_KEY, 'import', started.id], started);
        setState({ phase: 'job', jobId: started.id });
      },
      (error: ApiError) => setState({ phase: 'upload-failed', error }),
    );
  };
  return { state, job, start };
}
