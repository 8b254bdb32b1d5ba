import type { AddressInfo } from 'node:net';

/** The address a server listens on as a URL a browser on the same machine opens (a wildcard host means this machine). */
export function listeningUrl(address: AddressInfo): string {
  const wildcard = address.address === '0.0.0.0' || address.address === '::';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * The address citizens reach the center at, printed in the receipt's QR (DESIGN §6): `MOTCUA_PUBLIC_URL` when set, else
 * the server's own listening address, read at each request since the port is known only once it listens (PORT=0 picks
 * one). An app that never listens (tests that inject) has none and prints a relative address.
 */
export function publicUrlOf(configured: string | undefined, server: { address(): AddressInfo | string | null }) {
  return (): string => {
    if (configured) return configured.replace(/\/+$/, '');
    const address = server.address();
    return address && typeof address === 'object' ? listeningUrl(address) : '';
  };
}
