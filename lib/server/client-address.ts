/**
 * The address of the client a request comes from, as server.ts works it out
 * from the socket, the only place Next.js leaves it visible. (Next.js copies
 * the socket address into X-Forwarded-For only when the request did not bring
 * that header itself, so what route handlers see there is up to the caller.)
 *
 * `trustedHops` is the number of reverse proxies in front of the app, like a
 * number for Express's `trust proxy`: each appends the address it received the
 * request from to X-Forwarded-For (nginx's `$proxy_add_x_forwarded_for`), so
 * reading from the right, the first `trustedHops - 1` entries are proxies and
 * the next one is the client. Entries further left were written by the client
 * and are ignored. With 0 the socket's peer is the client; when the header has
 * fewer entries than hops, its leftmost entry is taken, as Express does.
 */
export function clientAddress(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  // [socket peer, last proxy's entry, ..., first entry]: the nth hop is index n.
  const hops = [remoteAddress ?? 'unknown'];
  if (trustedHops > 0 && forwardedFor !== undefined) {
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    hops.push(...entries.slice(-trustedHops).reverse());
  }
  return normalizeAddress(hops[Math.min(trustedHops, hops.length - 1)]);
}

/** One key per address: IPv4 seen through an IPv6 socket (`::ffff:127.0.0.2`) counts as the IPv4 address. */
function normalizeAddress(address: string): string {
  const plain = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  // A header value, from input a proxy passed on: bounded, and only characters addresses use.
  return plain.replace(/[^0-9a-z.:%_-]/g, '').slice(0, 64) || 'unknown';
}
