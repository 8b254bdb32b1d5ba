import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { findDossierCode } from '@motcua/core';
import { fetchDossierByCode } from '../../api/dossiers.ts';
import { isApiError } from '../../api/client.ts';
import { problemOf } from '../problem/problem.ts';
import { dossierPaths } from './dossier-paths.ts';

export type OpenOutcome = 'opened' | 'no_code' | 'failed';

/**
 * Opens the dossier whose code is in what was typed or scanned: a QR scanner types the receipt's look-up
 * URL (`…?code=…&secret=…`), an officer the bare code, in any case. The error says why nothing opened.
 */
export function useOpenDossierByCode() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = async (text: string): Promise<OpenOutcome> => {
    const code = findDossierCode(decodeURIComponentSafe(text));
    if (!code) return 'no_code';
    setPending(true);
    setError(null);
    try {
      const dossier = await fetchDossierByCode(code);
      navigate(dossierPaths.view(dossier.id));
      return 'opened';
    } catch (failure) {
      setError(
        isApiError(failure, 404)
          ? t('dossier.open.notFound', { code })
          : (problemOf(failure)?.title ?? t('errors.network')),
      );
      return 'failed';
    } finally {
      setPending(false);
    }
  };
  return { open, pending, error, clearError: () => setError(null) };
}

/** A scanned URL may carry the code percent-encoded; a malformed escape is read as it stands. */
function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
