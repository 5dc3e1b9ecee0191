#!/usr/bin/env bash
# A production install, as a union office would make it from the release package: no dev dependencies (no Vite,
# no TypeScript compiler), the web build shipped inside. Starts it on an empty database and asks /api/health.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'kill "${server_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

npm pack --silent --pack-destination "$work" >/dev/null
tar -xzf "$work"/congdoan-*.tgz -C "$work"
cp package-lock.json "$work/package/"
(cd "$work/package" && npm ci --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)
if [ -e "$work/package/node_modules/vite" ]; then
  echo "vite was installed by --omit=dev" >&2
  exit 1
fi

port=$(( 20000 + RANDOM % 20000 ))
(cd "$work/package" && PORT=$port CONGDOAN_DATA_DIR="$work/data" DATABASE_URL= exec node bin/congdoan.js serve >"$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:$port/" | grep -q '<div id="root">'; then
    echo "production install: serves the API and the web app without dev dependencies"
    exit 0
  fi
  sleep 0.5
done
cat "$work/server.log" >&2
echo "production install did not answer" >&2
exit 1
