#!/usr/bin/env bash
# `npm run demo`: migrate, seed the demo data, build and serve the production app.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
port="${PORT:-3000}"
export APP_URL="${APP_URL:-http://localhost:${port}}"

npm run -s db:migrate
npm run -s db:seed
npx next build
echo
echo "Enquête is starting on ${APP_URL}"
echo "  Home:        ${APP_URL}/"
echo "  Staff login: ${APP_URL}/login"
echo "  A library's questionnaire: see the invitation link printed by the seed above."
echo
exec npx next start -p "$port"
