#!/usr/bin/env bash
# `npm run demo`: migrate, seed the demo data, build and serve the production app.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PORT="${PORT:-3000}"
port="$PORT"
export APP_URL="${APP_URL:-http://localhost:${port}}"

npm run -s db:migrate
mkdir -p data
# The seed prints a fresh invitation link and the demo sign-in details; shown
# again below so the build output does not bury them.
npm run -s db:seed | tee data/demo-seed.txt
npx next build
echo
echo "Enquête is starting on ${APP_URL}"
echo "  Home:        ${APP_URL}/"
echo "  Staff login: ${APP_URL}/login  (then ${APP_URL}/admin: editions, results, users)"
sed -n '/^Invitation link/,$p' data/demo-seed.txt
echo
exec node --import tsx server.ts
