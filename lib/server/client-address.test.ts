import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('client address', () => {
  it('without trusted proxies is the socket peer, whatever X-Forwarded-For says', () => {
    expect(clientAddress('127.0.0.2', undefined, 0)).toBe('127.0.0.2');
    expect(clientAddress('127.0.0.2', '203.0.113.9', 0)).toBe('127.0.0.2');
  });

  it('behind one proxy that appends (nginx), is the entry that proxy added, not one the client wrote', () => {
    // The client sent "X-Forwarded-For: 203.0.113.9"; nginx at 10.0.0.5 appended the real peer 198.51.100.7.
    expect(clientAddress('10.0.0.5', '203.0.113.9, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.5', '198.51.100.7', 1)).toBe('198.51.100.7');
  });

  it('counts the given number of hops from the right', () => {
    const header = '203.0.113.9, 198.51.100.7, 10.0.0.4';
    expect(clientAddress('10.0.0.5', header, 2)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.5', header, 3)).toBe('203.0.113.9');
    // Repeated header lines count as one list, in order.
    expect(clientAddress('10.0.0.5', ['203.0.113.9', '198.51.100.7, 10.0.0.4'], 2)).toBe('198.51.100.7');
  });

  it('with fewer entries than hops takes the leftmost (as Express does), and with none the socket peer', () => {
    expect(clientAddress('10.0.0.5', '198.51.100.7', 3)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', ' , ', 1)).toBe('10.0.0.5');
  });

  it('gives one key per address, bounded and safe as a header value', () => {
    expect(clientAddress('::ffff:127.0.0.3', undefined, 0)).toBe('127.0.0.3');
    expect(clientAddress('::1', undefined, 0)).toBe('::1');
    expect(clientAddress('2001:DB8::1', undefined, 0)).toBe('2001:db8::1');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
    expect(clientAddress('10.0.0.5', `${'9'.repeat(500)}\r\nx: y`, 1)).toHaveLength(64);
  });
});
