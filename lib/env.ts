import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Validated once at start-up so a typo in the environment fails loudly instead of
// silently falling back somewhere deep in a request.
const envSchema = z
  .object({
    DATABASE_URL: z.string().min(1).default('data/app.db'),
    // The folder for the app's files (generated secrets, the demo's outbox/): default the SQLite file's folder,
    // or data/ under a postgres:// URL, which has no folder of its own (dataDir()).
    DATA_DIR: z.string().trim().min(1).optional(),
    PORT: z.coerce.number().int().positive().default(3000),
    // Interface `npm start` (server.ts) listens on, e.g. 127.0.0.1 behind a proxy on the same machine; default all.
    HOST: z.string().trim().min(1).max(255).optional(),
    APP_URL: z.string().url().optional(),
    // Session signing key; without it (or NEXTAUTH_SECRET) one is generated into DATA_DIR/auth-secret (lib/auth/secret.ts).
    AUTH_SECRET: z.string().min(32).optional(),
    NEXTAUTH_SECRET: z.string().min(32).optional(),
    // Key under which invitation links are kept so staff can show them again; without it one is
    // generated into DATA_DIR/link-secret (lib/invitations/link-key.ts). Never stored in the database.
    LINK_SECRET: z.string().min(32).optional(),
    // Optional: without it next-auth derives its URL from each request's Host (lib/auth/options.ts).
    NEXTAUTH_URL: z.string().url().optional(),
    // How many reverse proxies in front of the app append to X-Forwarded-For (lib/server/client-address.ts):
    // 0 (default; also false/no) uses the socket's peer address, n the entry the nth proxy from us added.
    TRUST_PROXY: z
      .string()
      .trim()
      .toLowerCase()
      .transform((value) => ({ true: '1', yes: '1', false: '0', no: '0', '': '0' })[value] ?? value)
      .pipe(z.coerce.number<string>().int().min(0).max(20))
      .default(0),
    // Outgoing mail (lib/mail/): smtp://user:pass@host:587 or smtps://... for TLS. Without it messages are
    // written as .eml files under data/outbox/ (the demo).
    SMTP_URL: z
      .string()
      .trim()
      .url()
      .refine((value) => /^smtps?:\/\//i.test(value), 'must start with smtp:// or smtps://')
      .optional(),
    // The sender of invitations and reminders, e.g. "Enquête Bibliotheken <enquete@example.org>"; required with SMTP_URL.
    MAIL_FROM: z.string().trim().min(3).max(320).optional(),
    // Messages handed to the mail server per second; many servers accept only some tens per minute.
    MAIL_RATE_PER_SECOND: z.coerce.number().positive().max(1000).default(1),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  })
  .refine((value) => !value.SMTP_URL || value.MAIL_FROM, { path: ['MAIL_FROM'], message: 'required when SMTP_URL is set' });

export type Env = z.infer<typeof envSchema>;

/** The settings from an environment, or an error naming each wrong variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${issues}`);
  }
  return parsed.data;
}

export const env = parseEnv(process.env);

/** The database DATABASE_URL names: an SQLite file, or a PostgreSQL server's database. */
export type DatabaseConfig = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/**
 * Reads a DATABASE_URL: `postgres://` or `postgresql://` is PostgreSQL (the URL is handed to the
 * driver whole, user, password, host, port, database and `?sslmode=` included); anything else is an
 * SQLite file, given as a path, `:memory:`, or a `file:` URL (`file:data/app.db`, `file:///srv/app.db`).
 */
export function parseDatabaseUrl(value: string | undefined): DatabaseConfig {
  const url = envSchema.shape.DATABASE_URL.parse(value || undefined).trim();
  if (/^postgres(ql)?:\/\//i.test(url)) {
    if (!URL.canParse(url)) throw new Error('Invalid environment: DATABASE_URL: not a valid PostgreSQL URL');
    return { dialect: 'postgres', url };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^file:/i.test(url)) {
    throw new Error('Invalid environment: DATABASE_URL: must be an SQLite file (a path or file: URL) or a postgres:// URL');
  }
  if (/^file:\/\//i.test(url)) return { dialect: 'sqlite', file: fileURLToPath(url) };
  if (/^file:/i.test(url)) return { dialect: 'sqlite', file: decodeURIComponent(url.slice('file:'.length).split('?')[0]) };
  return { dialect: 'sqlite', file: url };
}

// Read at each call rather than once: tests, the CLI's tests and scripts point
// DATABASE_URL at another file while the process runs.
/** The database DATABASE_URL names (data/app.db when unset). */
export function databaseConfig(): DatabaseConfig {
  return parseDatabaseUrl(process.env.DATABASE_URL);
}

/** The SQLite file: DATABASE_URL, else data/app.db. Throws when DATABASE_URL names PostgreSQL. */
export function databaseUrl(): string {
  const config = databaseConfig();
  if (config.dialect !== 'sqlite') throw new Error('DATABASE_URL names PostgreSQL; this code path supports only an SQLite file so far');
  return config.file;
}

/**
 * The data folder (DATA_DIR), where generated secrets and the demo's outbox live. Without DATA_DIR
 * it is the folder of the SQLite file `databaseUrl` (default DATABASE_URL) names, as before the
 * setting existed, or `data` when that is a PostgreSQL URL. Read at each call, as databaseConfig().
 */
export function dataDir(databaseUrl: string | undefined = process.env.DATABASE_URL): string {
  const configured = envSchema.shape.DATA_DIR.safeParse(process.env.DATA_DIR || undefined);
  if (!configured.success) throw new Error(`Invalid environment: DATA_DIR: ${configured.error.issues[0]?.message}`);
  if (configured.data) return configured.data;
  const config = parseDatabaseUrl(databaseUrl);
  return config.dialect === 'sqlite' ? path.dirname(config.file) : 'data';
}

/** The session key the environment gives (AUTH_SECRET, else NEXTAUTH_SECRET), if any; read at each call for tests. */
export function authSecretFromEnv(): string | undefined {
  return process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET || undefined;
}

/**
 * next-auth v4 builds its own URLs from NEXTAUTH_URL and otherwise falls back
 * to http://localhost:3000. Without NEXTAUTH_URL, let it derive the origin
 * from the request (Host / X-Forwarded-Host, which Next.js always sets), so
 * `npm start` on any port and host works without configuration. next-auth
 * reads this flag from the environment itself, hence the write.
 */
export function letAuthUseRequestHost(): void {
  if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';
}

/** Base URL used in invitation links printed by the CLI and the seed. */
export function appUrl(): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
}
