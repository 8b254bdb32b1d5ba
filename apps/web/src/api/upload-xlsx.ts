import type { z } from 'zod';
import { currentLanguage } from '../i18n/index.ts';
import { API_BASE, apiErrorOf, networkError } from './client.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends an .xlsx file as the raw body of `POST path` with XMLHttpRequest, whose upload progress `fetch` does not
 * report; resolves with the answer parsed by `schema` (the import job the server started).
 */
export function uploadXlsx<S extends z.ZodType>(
  path: string,
  schema: S,
  file: File,
  onProgress: (percent: number) => void,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${path}`);
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
        const parsed = schema.safeParse(body);
        if (parsed.success) return resolve(parsed.data);
      }
      reject(apiErrorOf(body, xhr.status));
    };
    xhr.send(file);
  });
}
