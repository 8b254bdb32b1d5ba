import { useMutation } from '@tanstack/react-query';
import {
  DOCUMENT_PROBLEMS,
  DocumentInfo,
  MAX_DOCUMENT_BYTES,
  PROBLEM_TYPE_PREFIX,
  type DocumentKind,
} from '@motcua/core';
import { currentLanguage } from '../i18n/index.ts';
import { API_BASE, ApiError, apiErrorOf, apiJson, networkError, queryString } from './client.ts';

const tooLarge = (): ApiError =>
  new ApiError({
    type: `${PROBLEM_TYPE_PREFIX}document.too_large`,
    status: 413,
    title: DOCUMENT_PROBLEMS['document.too_large'].title[currentLanguage()],
  });

/**
 * Uploads one file as the raw body (`application/octet-stream`) to `path` with `query`, the server checking its type by
 * its content; the answer parsed by `schema`. A file larger than any type allows is refused here with the server's own
 * words, unsent. Officers' uploads and citizens' (their store) go through here.
 */
export async function uploadFile<T>(
  path: string,
  query: Record<string, string>,
  file: File,
  schema: { parse: (body: unknown) => T },
  signal?: AbortSignal,
): Promise<T> {
  if (file.size > MAX_DOCUMENT_BYTES) throw tooLarge();
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}?${queryString(query)}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/octet-stream',
      },
      body: file,
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw networkError();
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return schema.parse(body);
  throw apiErrorOf(body, response.status);
}

/** An officer's upload, as a scan, a digitised original or a result. */
export const uploadDocument = (file: File, kind: DocumentKind, signal?: AbortSignal): Promise<DocumentInfo> =>
  uploadFile('/documents', { name: file.name, kind }, file, DocumentInfo, signal);

/** Attaches an upload to a dossier, once (the same request again changes nothing). */
export const attachDocument = (id: string, dossierId: string): Promise<DocumentInfo> =>
  apiJson(`/documents/${encodeURIComponent(id)}/attach`, DocumentInfo, { method: 'POST', body: { dossierId } });

/** Attaches uploads to the dossier just received, each once. */
export function useAttachDocuments() {
  return useMutation({
    mutationFn: ({ ids, dossierId }: { ids: readonly string[]; dossierId: string }) =>
      Promise.all(ids.map((id) => attachDocument(id, dossierId))),
  });
}
