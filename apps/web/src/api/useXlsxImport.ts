import { useEffect, useState } from 'react';
import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiJson, type ApiError } from './client.ts';
import { uploadXlsx } from './upload-xlsx.ts';

const POLL_MS = 1000;

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'upload-failed'; error: ApiError }
  | { phase: 'job'; jobId: string };

type ImportJob = { id: string; status: 'running' | 'applied' | 'rejected' | 'failed' };

export type XlsxImportOptions<S extends z.ZodType<ImportJob>> = {
  /** `POST` the file here. */
  uploadPath: string;
  /** Where the job is read, by its id. */
  jobPath: (id: string) => string;
  schema: S;
  /** The job's query key, under `invalidateKey`, by its id. */
  jobKey: (id: string | null) => QueryKey;
  /** What an applied import changed: read again, all but the import jobs themselves (the key's second part 'import'). */
  invalidateKey: QueryKey;
};

/**
 * An Excel import from choosing the file to its outcome (the catalog's and the officers'): upload progress, then
 * the job, read every second while it runs; when it is applied, what it changed is read again.
 */
export function useXlsxImport<S extends z.ZodType<ImportJob>>(options: XlsxImportOptions<S>) {
  const { uploadPath, jobPath, schema, jobKey, invalidateKey } = options;
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const queryClient = useQueryClient();
  const jobId = state.phase === 'job' ? state.jobId : null;
  const job = useQuery({
    queryKey: jobKey(jobId),
    queryFn: ({ signal }): Promise<z.output<S>> => apiJson(jobPath(jobId ?? ''), schema, { signal }),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? POLL_MS : false),
  });
  const status = job.data?.status;
  useEffect(() => {
    if (status === 'applied')
      void queryClient.invalidateQueries({ queryKey: invalidateKey, predicate: (q) => q.queryKey[1] !== 'import' });
  }, [status, queryClient, invalidateKey]);
  const start = (file: File) => {
    setState({ phase: 'uploading', percent: 0 });
    uploadXlsx(uploadPath, schema, file, (percent) => setState({ phase: 'uploading', percent })).then(
      (started) => {
        queryClient.setQueryData(jobKey(started.id), started);
        setState({ phase: 'job', jobId: started.id });
      },
      (error: ApiError) => setState({ phase: 'upload-failed', error }),
    );
  };
  return { state, job, start };
}
