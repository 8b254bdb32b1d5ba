import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  MyDocument,
  MyDossierCreated,
  MyDossierSummary,
  MyDossierView,
  pageOf,
  StoreMatches,
  type MyDossierLinkRequest,
  type MyDossierRequest,
  type MyDraftUpdate,
  type MySupplementRequest,
  type MyWithdrawRequest,
} from '@motcua/core';
import { API_BASE, apiJson, apiVoid, queryString } from '../../api/client.ts';
import { uploadFile } from '../../api/documents.ts';

/** Everything the citizen's own pages read lives under this key: a command reads them again. */
const MY_KEY = ['my', 'online'] as const;
const MyDossierList = pageOf(MyDossierSummary);
const MyDocumentList = pageOf(MyDocument);

const dossierPath = (id: string) => `/my/dossiers/${encodeURIComponent(id)}`;
const withKey = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });
type Command<T> = { request: T; idempotencyKey: string };

export const myFiles = {
  dossierDocument: (id: string, documentId: string) =>
    `${API_BASE}${dossierPath(id)}/documents/${encodeURIComponent(documentId)}/content`,
  storeDocument: (documentId: string) => `${API_BASE}/my/documents/${encodeURIComponent(documentId)}/content`,
};

export function useMyDossiers(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...MY_KEY, 'dossiers', page, pageSize],
    queryFn: ({ signal }) => apiJson(`/my/dossiers?${queryString({ page, pageSize })}`, MyDossierList, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMyDossier(id: string | null) {
  return useQuery({
    queryKey: [...MY_KEY, 'dossier', id],
    queryFn: ({ signal }) => apiJson(dossierPath(id ?? ''), MyDossierView, { signal }),
    enabled: id !== null && id !== '',
  });
}

export function useMyDocuments(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...MY_KEY, 'documents', page, pageSize],
    queryFn: ({ signal }) => apiJson(`/my/documents?${queryString({ page, pageSize })}`, MyDocumentList, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** For each `file` field of the procedure's form, the store's documents that can fill it. */
export function useStoreMatches(procedureCode: string) {
  return useQuery({
    queryKey: [...MY_KEY, 'matches', procedureCode],
    queryFn: ({ signal }) =>
      apiJson(`/my/documents/matches?${queryString({ procedureCode })}`, StoreMatches, { signal }),
    enabled: procedureCode !== '',
  });
}

/** Whatever a command changed, the citizen's lists and views are read again. */
function useMyCommand<V, R>(send: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: MY_KEY }),
  });
}

/** A first save (draft or submission) creates the dossier; later saves of the same draft replace its form. */
export const useSaveOnline = () =>
  useMyCommand(({ request, idempotencyKey }: Command<{ id: string | null; body: MyDossierRequest }>) => {
    const headers = withKey(idempotencyKey);
    if (request.id === null)
      return apiJson('/my/dossiers', MyDossierCreated, { method: 'POST', body: request.body, headers });
    const { procedureCode: _code, ...update } = request.body;
    return apiJson(dossierPath(request.id), MyDossierCreated, {
      method: 'PUT',
      body: update satisfies MyDraftUpdate,
      headers,
    });
  });

export const useDiscardDraft = () => useMyCommand((id: string) => apiVoid(dossierPath(id), { method: 'DELETE' }));

export const useSupplement = (id: string) =>
  useMyCommand(({ request, idempotencyKey }: Command<MySupplementRequest>) =>
    apiJson(`${dossierPath(id)}/supplement`, MyDossierView, {
      method: 'POST',
      body: request,
      headers: withKey(idempotencyKey),
    }),
  );

export const useWithdraw = (id: string) =>
  useMyCommand(({ request, idempotencyKey }: Command<MyWithdrawRequest>) =>
    apiJson(`${dossierPath(id)}/withdraw`, MyDossierView, {
      method: 'POST',
      body: request,
      headers: withKey(idempotencyKey),
    }),
  );

export const useLinkDossier = () =>
  useMyCommand(({ request, idempotencyKey }: Command<MyDossierLinkRequest>) =>
    apiJson('/my/dossiers/link', MyDossierSummary, { method: 'POST', body: request, headers: withKey(idempotencyKey) }),
  );

export const useRemoveMyDocument = () =>
  useMyCommand((id: string) => apiVoid(`/my/documents/${encodeURIComponent(id)}`, { method: 'DELETE' }));

/** Uploads one file into the citizen's store under `title` (what it is, for the next form that asks for it). */
export const uploadMyDocument = (file: File, title: string): Promise<MyDocument> =>
  uploadFile('/my/documents', { name: file.name, title }, file, MyDocument);

export const useUploadMyDocument = () =>
  useMyCommand(({ file, title }: { file: File; title: string }) => uploadMyDocument(file, title));
