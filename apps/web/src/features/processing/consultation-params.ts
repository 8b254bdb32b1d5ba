import { ConsultationListQuery } from '@motcua/core';

/** The consulted agency's inbox, inside the processing area (the same roles as `GET /api/v1/consultations`). */
export const CONSULTATIONS_PATH = '/processing/consultations';

export const CONSULTATION_KEYS = ['status', 'warning', 'page', 'pageSize'] as const;

/**
 * The inbox's search as the URL holds it (`?status=all&warning=overdue`): each parameter through the list
 * query's schema, a bad one ignored (its default), not an error.
 */
export function consultationSearchOf(params: URLSearchParams): ConsultationListQuery {
  const field = <K extends (typeof CONSULTATION_KEYS)[number]>(key: K) => {
    const parsed = ConsultationListQuery.shape[key].safeParse(params.get(key) || undefined);
    return parsed.success ? (parsed.data as ConsultationListQuery[K]) : undefined;
  };
  return {
    status: field('status') ?? 'open',
    warning: field('warning'),
    page: field('page') ?? 1,
    pageSize: field('pageSize') ?? 20,
  };
}
