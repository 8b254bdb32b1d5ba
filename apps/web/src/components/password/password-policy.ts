import { checkPassword, ORG_MESSAGES, type Language } from '@motcua/core';

/**
 * Core's policy (DESIGN §13) checked while typing, so the user learns before sending. The list of leaked
 * passwords is the server's (too large for the browser): here only the policy's own short list applies, and the
 * server's verdict, shown on the same field, has the last word.
 */
export function policyMessage(password: string, username: string, language: Language): string | null {
  const verdict = checkPassword(password, username, () => false);
  return verdict.ok ? null : ORG_MESSAGES[verdict.code][language];
}
