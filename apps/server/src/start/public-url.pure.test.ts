import { describe, expect, it } from 'vitest';
import { publicUrlOf } from './public-url.ts';

const listening = (address: string, family: string, port: number) => ({ address: () => ({ address, family, port }) });

describe('the public address printed in the receipt’s QR', () => {
  it('is MOTCUA_PUBLIC_URL when set, without a trailing slash', () => {
    expect(publicUrlOf('https://dichvucong.quangninh.gov.vn/', listening('0.0.0.0', 'IPv4', 3000))()).toBe(
      'https://dichvucong.quangninh.gov.vn',
    );
  });

  it.each([
    ['127.0.0.1', 'IPv4', 41234, 'http://127.0.0.1:41234'],
    ['0.0.0.0', 'IPv4', 3000, 'http://127.0.0.1:3000'],
    ['::', 'IPv6', 8080, 'http://127.0.0.1:8080'],
    ['::1', 'IPv6', 8080, 'http://[::1]:8080'],
    ['10.0.0.5', 'IPv4', 80, 'http://10.0.0.5:80'],
  ])('else the listening address %s (%s) port %i → %s', (address, family, port, url) => {
    expect(publicUrlOf(undefined, listening(address, family, port))()).toBe(url);
  });

  it('is read at each call: the port is known only once the server listens', () => {
    let address: { address: string; family: string; port: number } | null = null;
    const url = publicUrlOf(undefined, { address: () => address });
    expect(url()).toBe('');
    address = { address: '127.0.0.1', family: 'IPv4', port: 39001 };
    expect(url()).toBe('http://127.0.0.1:39001');
  });
});
