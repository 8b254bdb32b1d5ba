import { z } from 'zod';

/** Languages of the UI and of error messages: Vietnamese first, English second. */
export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;

/** Picks vi or en from an Accept-Language header; Vietnamese unless English is preferred over it. */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) return 'vi';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((x) => x.lang === 'vi' || x.lang === 'en')
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang === 'en' ? 'en' : 'vi';
}
