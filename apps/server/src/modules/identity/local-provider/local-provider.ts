/// <reference path="./oidc-provider.d.ts" />
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import { memoryAdapter } from './memory-adapter.ts';
import { errorPage, loginPage, type SuggestedIdentity } from './local-provider-pages.ts';

export type { SuggestedIdentity } from './local-provider-pages.ts';
/** The scope under which the local provider gives the national portal's claims. */
export const LOCAL_PROVIDER_SCOPE = 'openid dinhdanh';
const CLAIMS = ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh'];

export type LocalProviderOptions = {
  /** Unset or 0: a free port. */
  port?: number;
  redirectUris: string[];
  clientId: string;
  clientSecret?: string;
  suggested?: SuggestedIdentity;
};
export type LocalIdentityProvider = { issuer: string; close(): Promise<void> };

const isLoopbackHttp = (uri: string) => /^http:\/\/(127\.0\.0\.1|\[::1\])(:\d+)?\//.test(uri);

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/**
 * A stand-in for the national identity provider (DESIGN §15), for tests and the demo: an OpenID Connect provider
 * (oidc-provider) with one client (code flow, PKCE required) and its own log-in page, on 127.0.0.1. Whoever types an
 * identity is that person: accounts live in memory only. Consent is granted without a page, as a State provider
 * does for a public service.
 */
export async function startLocalIdentityProvider(options: LocalProviderOptions): Promise<LocalIdentityProvider> {
  const accounts = new Map<string, SuggestedIdentity>();
  let provider: Provider | undefined;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, errorPage('Đã có lỗi. / Something went wrong.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        ...(options.clientSecret
          ? { client_secret: options.clientSecret, token_endpoint_auth_method: 'client_secret_post' }
          : { token_endpoint_auth_method: 'none' }),
        redirect_uris: options.redirectUris,
        // Loopback http redirects (the demo, the tests) make it a native client: any port is accepted (RFC 8252 §7.3).
        application_type: options.redirectUris.every(isLoopbackHttp) ? 'native' : 'web',
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...jwk, alg: 'RS256', use: 'sig', kid: 'local-test' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    adapter: memoryAdapter(),
    // Seconds; short, since a test log-in is done in a minute or never.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    claims: { openid: ['sub'], dinhdanh: CLAIMS },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // No consent page: the grant of every requested scope is made when the account is known.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ accountId: oidc.session!.accountId!, clientId: oidc.client!.clientId });
      grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    async findAccount(_ctx: unknown, sub: string) {
      const person = accounts.get(sub);
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          SoDinhDanh: person.identityNumber,
          HoVaTen: person.fullName,
          NgayThangNamSinh: person.birthDate,
        }),
      };
    },
    async renderError(ctx: KoaContextWithOIDC, out: Record<string, string>) {
      ctx.type = 'html';
      ctx.body = errorPage(out.error_description ?? out.error ?? 'error');
    },
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!match) return provider!.callback()(req, res);
    const details = await provider!.interactionDetails(req, res);
    // A native client (loopback redirect) is always asked for consent: given at once, the log-in being the point.
    if (details.prompt.name === 'consent') {
      const grant = details.grantId
        ? await provider!.Grant.find(details.grantId)
        : new provider!.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
      grant!.addOIDCScope(String(details.params.scope ?? 'openid'));
      const grantId = await grant!.save();
      return provider!.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    }
    if (req.method === 'GET') return send(res, 200, loginPage(details.uid, options.suggested ?? {}));
    if (req.method !== 'POST' || !match[2]) return send(res, 405, errorPage('Method not allowed'));
    const form = await formOf(req);
    const person = {
      identityNumber: (form.get('identityNumber') ?? '').trim(),
      fullName: (form.get('fullName') ?? '').trim(),
      birthDate: (form.get('birthDate') ?? '').trim(),
    };
    // Only the shape is checked: a test provider must be able to send a malformed number, to try the refusal.
    if (!person.identityNumber || !person.fullName)
      return send(
        res,
        400,
        loginPage(details.uid, person, 'Nhập số định danh và họ tên. / Enter the number and name.'),
      );
    accounts.set(person.identityNumber, person);
    await provider!.interactionFinished(
      req,
      res,
      { login: { accountId: person.identityNumber } },
      {
        mergeWithLastSubmission: false,
      },
    );
  }

  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
