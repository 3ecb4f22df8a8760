import { describe, expect, it } from 'vitest';
import { failureReply } from '@/lib/api/reply';
import { AppError, failures } from './errors';

describe('one failure type', () => {
  it('answers a code with its status and the catalog message, values filled', () => {
    const reply = failureReply(new AppError('too_large', { values: { max: 256 } }));
    expect(reply).toEqual({ status: 413, body: { error: 'Het verzoek is te groot: stuur hoogstens 256 kB.' } });
    expect(new AppError('unknown_edition').messageKey).toBe('unknownEdition');
  });

  it('writes the body as docs/api.md gives it: the message first, then the details in order, headers beside', () => {
    const error = new AppError('stale', { details: { reason: 'stale', response: { version: 2 } }, headers: { 'Retry-After': '3' } });
    const reply = failureReply(error);
    expect(JSON.stringify(reply.body)).toBe(
      '{"error":"Iemand anders heeft intussen antwoorden opgeslagen via deze link. Hieronder staan de huidige antwoorden.","reason":"stale","response":{"version":2}}',
    );
    expect(reply).toMatchObject({ status: 409, headers: { 'Retry-After': '3' } });
  });

  it('takes the caller’s wording for codes the catalog cannot word', () => {
    expect(failureReply(new AppError('version_mismatch', { message: 'Gewijzigd.', details: { reason: 'stale' } }))).toEqual({
      status: 412,
      body: { error: 'Gewijzigd.', reason: 'stale' },
    });
  });

  it('gives every code an HTTP error status', () => {
    for (const { status } of Object.values(failures)) expect(status >= 400 && status < 500).toBe(true);
  });
});
