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
# Clients are told apart by their real address: specs that lock themselves out
# (unknown tokens, sign-in) come from other loopback addresses (e2e/support/client-address.ts).
export TRUST_PROXY=0

if [ "${E2E_SKIP_BUILD:-0}" != "1" ] || [ ! -f "$NEXT_DIST_DIR/BUILD_ID" ]; then
  npx next build --webpack # as npm run build
fi
rm -f "$DATABASE_URL" "$DATABASE_URL-wal" "$DATABASE_URL-shm"
npx tsx cli/seed/seed.ts --links "${E2E_LINKS_FILE:-data/e2e-links.csv}"
# The production server as `npm start` runs it (server.ts), so the specs exercise it.
PORT="$port" HOST=127.0.0.1 exec node --import tsx server.ts
