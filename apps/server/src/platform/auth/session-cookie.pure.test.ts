import { describe, expect, it } from 'vitest';
import { deviceOf } from './session-cookie.ts';

describe('deviceOf: the label of a session in its user’s list', () => {
  it.each([
    [
      'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36',
      'Chrome · Android',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Safari · iOS',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0',
      'Edge · Windows',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox · Linux'],
    ['curl/8.5.0', 'curl/8.5.0'],
  ])('%s → %s', (agent, label) => expect(deviceOf(agent)).toBe(label));

  it('has nothing to say without a user agent, and never keeps a long one whole', () => {
    expect(deviceOf(undefined)).toBeNull();
    expect(deviceOf('x'.repeat(500))!.length).toBe(60);
  });
});
