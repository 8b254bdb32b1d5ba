/**
 * A stable operationId from a route's method and path, for clients generated from the OpenAPI document:
 * `GET /api/v1/dossiers/:id/forms/:form` → `getDossiersByIdFormsByForm`, `GET /api/health` → `getHealth`.
 */
export function operationIdOf(method: string | string[], url: string): string {
  const verb = (Array.isArray(method) ? method[0]! : method).toLowerCase();
  const words = url
    .replace(/^\/api(\/v\d+)?\//, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter((word) => word !== '');
  return verb + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}
