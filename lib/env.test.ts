import { describe, expect, it } from 'vitest';
import { dataDir, databaseConfig, databaseUrl, parseDatabaseUrl, parseEnv } from './env';

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

describe('DATABASE_URL', () => {
  it('is the SQLite file data/app.db when unset or empty', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', file: 'data/app.db' });
    expect(parseDatabaseUrl('')).toEqual({ dialect: 'sqlite', file: 'data/app.db' });
  });

  it('takes an SQLite file as a path, :memory: or a file: URL', () => {
    expect(parseDatabaseUrl('data/e2e.db')).toEqual({ dialect: 'sqlite', file: 'data/e2e.db' });
    expect(parseDatabaseUrl('/srv/enquete/app.db')).toEqual({ dialect: 'sqlite', file: '/srv/enquete/app.db' });
    expect(parseDatabaseUrl(':memory:')).toEqual({ dialect: 'sqlite', file: ':memory:' });
    expect(parseDatabaseUrl('file:data/app.db')).toEqual({ dialect: 'sqlite', file: 'data/app.db' });
    expect(parseDatabaseUrl('file:///srv/enquete/my%20app.db')).toEqual({ dialect: 'sqlite', file: '/srv/enquete/my app.db' });
  });

  it('is PostgreSQL for postgres:// and postgresql://, the URL kept whole for the driver', () => {
    const url = 'postgres://enquete:geheim@db.example.org:5432/enquete?sslmode=require';
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgres', url });
    expect(parseDatabaseUrl('postgresql://127.0.0.1/enquete')).toEqual({ dialect: 'postgres', url: 'postgresql://127.0.0.1/enquete' });
    expect(parseDatabaseUrl('POSTGRES://127.0.0.1/enquete').dialect).toBe('postgres');
  });

  it('refuses another scheme rather than taking it for a file name', () => {
    expect(() => parseDatabaseUrl('mysql://127.0.0.1/enquete')).toThrow('DATABASE_URL');
    expect(() => parseDatabaseUrl('postgres://[broken')).toThrow('DATABASE_URL');
  });

  it('gives existing callers the SQLite file, and refuses them a PostgreSQL URL', () => {
    const before = process.env.DATABASE_URL;
    try {
      process.env.DATABASE_URL = 'file:data/other.db';
      expect(databaseUrl()).toBe('data/other.db');
      expect(databaseConfig()).toEqual({ dialect: 'sqlite', file: 'data/other.db' });
      process.env.DATABASE_URL = 'postgres://127.0.0.1/enquete';
      expect(databaseConfig()).toEqual({ dialect: 'postgres', url: 'postgres://127.0.0.1/enquete' });
      expect(() => databaseUrl()).toThrow('PostgreSQL');
    } finally {
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
    }
  });
});

describe('the data folder', () => {
  function withEnv(values: { DATABASE_URL?: string; DATA_DIR?: string }, check: () => void): void {
    const before = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
    try {
      for (const [name, value] of Object.entries(values)) process.env[name] = value;
      if (!('DATA_DIR' in values)) delete process.env.DATA_DIR;
      check();
    } finally {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }

  it("defaults to the SQLite file's folder, however DATABASE_URL names the file", () => {
    withEnv({ DATABASE_URL: 'srv/enquete/app.db' }, () => expect(dataDir()).toBe('srv/enquete'));
    withEnv({ DATABASE_URL: 'file:///var/lib/enquete/app.db' }, () => expect(dataDir()).toBe('/var/lib/enquete'));
    expect(dataDir('file:other/app.db')).toBe('other');
    withEnv({}, () => expect(dataDir(undefined)).toBe('data'));
  });

  it('defaults to data/ under a PostgreSQL URL, which names no folder, rather than throwing', () => {
    withEnv({ DATABASE_URL: 'postgres://enquete@db.example.org/enquete' }, () => expect(dataDir()).toBe('data'));
    expect(dataDir('postgresql://127.0.0.1/enquete')).toBe('data');
  });

  it('is DATA_DIR when set, under either kind of URL, and refuses a blank one', () => {
    withEnv({ DATABASE_URL: 'data/app.db', DATA_DIR: '/srv/enquete-files' }, () => expect(dataDir()).toBe('/srv/enquete-files'));
    withEnv({ DATABASE_URL: 'postgres://127.0.0.1/enquete', DATA_DIR: ' files ' }, () => expect(dataDir()).toBe('files'));
    expect(() => parseEnv({ DATA_DIR: '   ' })).toThrow('DATA_DIR');
    withEnv({ DATA_DIR: '   ' }, () => expect(() => dataDir()).toThrow('DATA_DIR'));
  });
});
