import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('mail settings in the environment', () => {
  it('take smtp:// and smtps:// with a sender, and send one message a second by default', () => {
    expect(parseEnv({ SMTP_URL: 'smtps://user:pass@mail.example.org:465', MAIL_FROM: 'Enquête <enquete@example.org>' })).toMatchObject({
      SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      MAIL_RATE_PER_SECOND: 1,
    });
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
  });

  it('refuse an SMTP server without a sender, another scheme and a rate that is no number, naming the variable', () => {
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.example.org:587' })).toThrow('MAIL_FROM: required when SMTP_URL is set');
    expect(() => parseEnv({ SMTP_URL: 'http://mail.example.org', MAIL_FROM: 'a@b.nl' })).toThrow('SMTP_URL');
    expect(() => parseEnv({ MAIL_RATE_PER_SECOND: 'veel' })).toThrow('MAIL_RATE_PER_SECOND');
    expect(() => parseEnv({ MAIL_RATE_PER_SECOND: '0' })).toThrow('MAIL_RATE_PER_SECOND');
  });
});
