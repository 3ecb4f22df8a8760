#!/usr/bin/env bash
# Serves the production build on a freshly seeded database for the end-to-end tests.
# Playwright starts this as its webServer; E2E_SKIP_BUILD=1 reuses an existing build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
export DATABASE_URL="${DATABASE_URL:-data/e2e.db}"
port="${E2E_PORT:-3210}"
export APP_URL="http://127.0.0.1:${port}"
# Specs identify themselves as distinct clients via X-Forwarded-For, so one
# spec's rate-limit test (unknown tokens, sign-in lock-out) cannot lock out another's.
export TRUST_PROXY="${TRUST_PROXY:-1}"

if [ "${E2E_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$NEXT_DIST_DIR/BUILD_ID" ]; then
  npx next build
fi
rm -f "$DATABASE_URL" "$DATABASE_URL-wal" "$DATABASE_URL-shm"
npx tsx db/seed.ts --links "${E2E_LINKS_FILE:-data/e2e-links.csv}"
exec npx next start -p "$port" -H 127.0.0.1
