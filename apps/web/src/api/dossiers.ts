import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  DocumentInfo,
  DossierSummary,
  DossierView,
  pageOf,
  PublicLookup,
  ReceiveDossierResponse,
  type DossierListQuery,
  ReceiveDossierRequest,
  TransitionRequest,
  TransitionResponse,
  type NoticeForm,
} from '@motcua/core';
import { apiJson, queryString } from './client.ts';

/** Every officer's view of dossiers lives under this key: a command invalidates the inboxes. */
export const DOSSIER_QUERY_KEY = ['dossiers'] as const;

export const DossierList = pageOf(DossierSummary);
export type DossierList = z.infer<typeof DossierList>;

/** An inbox as a page holds it: the query of `GET /dossiers`, each filter optional. */
export type DossierSearch = Partial<Omit<DossierListQuery, 'page' | 'pageSize'>> & { page: number; pageSize: number };

/** What a form sends: the schemas' input (an instant as ISO text, defaults left out). */
export type ReceiveInput = z.input<typeof ReceiveDossierRequest>;
export type TransitionInput = z.input<typeof TransitionRequest>;

/** What the public look-up sends: the code with the secret, or with the phone's last 4 digits. */
export type LookupInput = { code: string; secret?: string; phoneLast4?: string };

export const dossierKeys = {
  list: (search: DossierSearch) => [...DOSSIER_QUERY_KEY, 'list', search] as const,
  one: (id: string) => [...DOSSIER_QUERY_KEY, 'one', id] as const,
  lookup: (input: LookupInput | null) => ['lookup', input] as const,
  documents: (id: string, page: number, pageSize: number) =>
    [...DOSSIER_QUERY_KEY, 'documents', id, page, pageSize] as const,
};

export const DossierDocumentList = pageOf(DocumentInfo);

const path = (id: string) => `/dossiers/${encodeURIComponent(id)}`;

/** One page of the agency's dossiers, soonest due first; refreshed every minute, since others work on them too. */
export function useDossierList(search: DossierSearch) {
  return useQuery({
    queryKey: dossierKeys.list(search),
    queryFn: ({ signal }) => apiJson(`/dossiers?${queryString(search)}`, DossierList, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: dossierKeys.one(id),
    queryFn: ({ signal }) => apiJson(path(id), DossierView, { signal }),
  });
}

/** A page of the dossier's files (scans, digitised originals, results), for its agency's officers and directors. */
export function useDossierDocuments(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: dossierKeys.documents(id, page, pageSize),
    queryFn: ({ signal }) =>
      apiJson(`${path(id)}/documents?${queryString({ page, pageSize })}`, DossierDocumentList, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The dossier with this code (typed, or read by the counter's QR scanner); 404 `dossier.not_found` when there is none. */
export function fetchDossierByCode(code: string): Promise<DossierView> {
  return apiJson(`/dossiers/by-code/${encodeURIComponent(code)}`, DossierView);
}

type Command<T> = { request: T; idempotencyKey: string };

/** Reception at the counter: received with a code and a secret, or form 02's list of what is missing. */
export function useReceiveDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: Command<ReceiveInput>) =>
      apiJson('/dossiers', ReceiveDossierResponse, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: (answer) => {
      queryClient.setQueryData(dossierKeys.one(answer.dossier.id), answer.dossier);
      void queryClient.invalidateQueries({ queryKey: [...DOSSIER_QUERY_KEY, 'list'] });
    },
  });
}

/**
 * A transition on the version the officer saw; the answer replaces the dossier shown (stale → 409
 * `dossier.version_conflict`). A reception or a reissue answers the new look-up secret too: it is the
 * mutation's to show once, never kept with the dossier in the cache.
 */
export function useDossierTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: Command<TransitionInput>) =>
      apiJson(`${path(id)}/transitions`, TransitionResponse, {
        method: 'POST',
        body: request,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: ({ secret: _secret, ...view }) => {
      queryClient.setQueryData(dossierKeys.one(id), view);
      void queryClient.invalidateQueries({ queryKey: [...DOSSIER_QUERY_KEY, 'list'] });
    },
  });
}

/** The public look-up (rate-limited on the server): asked only once both keys are there. */
export function useLookup(input: LookupInput | null) {
  return useQuery({
    queryKey: dossierKeys.lookup(input),
    queryFn: ({ signal }) => apiJson(`/lookup?${queryString(input ?? {})}`, PublicLookup, { signal }),
    enabled: input !== null,
    retry: false,
    staleTime: 60_000,
  });
}

/** The forms the server prints (opened in a new tab, not fetched by the app). */
export const dossierFiles = {
  /** With the secret (known only right after reception, or from the citizen's receipt) the receipt prints it and its QR; a reprint without it leaves it out. */
  receiptPdf: (id: string, secret?: string | null) =>
    `/api/v1${path(id)}/forms/receipt.pdf${secret ? `?secret=${encodeURIComponent(secret)}` : ''}`,
  controlSheetPdf: (id: string) => `/api/v1${path(id)}/forms/control-sheet.pdf`,
  /** Forms 02–05 as issued by the dossier's latest event of their kind. */
  noticePdf: (id: string, form: NoticeForm) => `/api/v1${path(id)}/forms/${form}.pdf`,
  /** A stored file as uploaded, named as uploaded. */
  document: (documentId: string) => `/api/v1/documents/${encodeURIComponent(documentId)}`,
};
