import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db/client';
import { letAuthUseRequestHost } from '@/lib/env';
import { safeCallbackPath } from './callback-path';
import { clientKeyFromHeaders } from './client-key';
import { getAuthSecret } from './secret';
import { authenticateStaff } from './sign-in';
import { formatSignInError } from './sign-in-schema';
import { endSessions } from './users';

const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

letAuthUseRequestHost();

/** next-auth v4 (the stable line): credentials only, JWT sessions of one working day. */
export function getAuthOptions(): NextAuthOptions {
  return {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'E-mail en wachtwoord',
        credentials: { email: { label: 'E-mailadres', type: 'email' }, password: { label: 'Wachtwoord', type: 'password' } },
        async authorize(credentials, request) {
          const headers = new Headers();
          for (const [name, value] of Object.entries(request?.headers ?? {})) {
            if (typeof value === 'string') headers.set(name, value);
          }
          const result = await authenticateStaff({ db: getDb(), credentials, clientKey: clientKeyFromHeaders(headers) });
          // A thrown message reaches the form as next-auth's `error`; null would say only "CredentialsSignin".
          if (!result.ok) throw new Error(formatSignInError(result.error, result.retryAfterSeconds));
          return { id: String(result.user.id), email: result.user.email, name: result.user.name };
        },
      }),
    ],
    events: {
      // A JWT cannot be taken back, so signing out voids every token of the
      // user issued so far (on all devices), not only this browser's cookie.
      async signOut({ token }) {
        if (typeof token?.uid === 'number') await endSessions({ db: getDb(), id: token.uid });
      },
    },
    callbacks: {
      // Only the user id goes into the token; role and "disabled" are read from
      // the database on every request, so a change applies at once.
      async jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          // In milliseconds (the JWT's own iat is whole seconds), so a sign-out
          // and a new sign-in within one second are still told apart.
          token.issuedAtMs = Date.now();
        }
        return token;
      },
      async session({ session, token }) {
        // issuedAtMs lets getSessionUser refuse tokens issued before the user signed out.
        return {
          ...session,
          uid: typeof token.uid === 'number' ? token.uid : undefined,
          issuedAtMs: typeof token.issuedAtMs === 'number' ? token.issuedAtMs : undefined,
        };
      },
      // A prefix check would let "https://our.host@evil.example/" through; only a path on our origin is followed.
      async redirect({ url, baseUrl }) {
        return `${new URL(baseUrl).origin}${safeCallbackPath(url, baseUrl)}`;
      },
    },
  };
}
