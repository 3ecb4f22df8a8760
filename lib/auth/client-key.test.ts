import { describe, expect, it } from 'vitest';
import { announceClientHeader, clientKeyFromHeaders, CLIENT_HEADER, DIRECT_CLIENT } from './client-key';

describe('client key', () => {
  it('ignores the client header until server.ts says it sets it (next dev, bare next start): everyone is one client', () => {
    expect(clientKeyFromHeaders(new Headers({ [CLIENT_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.7' }))).toBe(DIRECT_CLIENT);
  });

  it('reads the address server.ts put in the client header', () => {
    announceClientHeader();
    expect(clientKeyFromHeaders(new Headers({ [CLIENT_HEADER]: '127.0.0.2', 'x-forwarded-for': '198.51.100.7' }))).toBe('127.0.0.2');
    expect(clientKeyFromHeaders(new Headers())).toBe(DIRECT_CLIENT);
  });
});
