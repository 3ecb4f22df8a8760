#!/usr/bin/env bash
# `npm run demo`: migrate, seed the demo data (once), build and serve the production app.
# Run again, it keeps the data it made the first time; `npm run demo -- --reset` starts over.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export PORT="${PORT:-3000}"
port="$PORT"
export APP_URL="${APP_URL:-http://localhost:${port}}"

seed_args=(--if-empty)
for arg in "$@"; do
  case "$arg" in
    --reset) seed_args=(--reset) ;;
    *) echo "Unknown option: $arg (npm run demo [-- --reset])" >&2; exit 2 ;;
  esac
done

npm run -s db:migrate
mkdir -p data
# The seed prints a fresh invitation link and the demo sign-in details; they are
# kept in data/demo-seed.txt and shown again below so the build output does not
# bury them. On a database that already holds data the seed changes nothing, and
# the details of the run that made the data still apply.
seed_output="$(npm run -s db:seed -- "${seed_args[@]}")"
printf '%s\n' "$seed_output"
if grep -q '^Invitation link' <<<"$seed_output"; then
  printf '%s\n' "$seed_output" >data/demo-seed.txt
else
  echo "To throw this data away and seed the demo again: npm run demo -- --reset"
fi
npx next build --webpack # as npm run build
echo
echo "Enquête is starting on ${APP_URL}"
echo "  Home:        ${APP_URL}/"
echo "  Staff login: ${APP_URL}/login  (then ${APP_URL}/admin: editions, results, users)"
if [ -f data/demo-seed.txt ]; then sed -n '/^Invitation link/,$p' data/demo-seed.txt; fi
echo
exec node --import tsx server.ts
