#!/usr/bin/env bash
# Lighthouse on the built app with the demo data (issue 10: a fast first load). Not part of tests/run.sh.
# Starts the Release build of the API (building it, and with it the SPA, only when it is missing) on a free port with a
# fresh database and the demo data, publishes the first meeting's minutes as the secretariat so a public minutes page
# exists, and runs Lighthouse 12.2.3 (mobile profile, simulated throttling) in Debian's Chromium against the sign-in
# page, the public minutes page (server-rendered since 2026-12-04), the secretariat's meeting page and (issue 12) the server-rendered public page of a body. Prints per page: performance score, LCP, TBT, the
# JavaScript it downloaded (bytes on the wire, and what the same files weigh gzipped) and the longest main-thread task,
# then PASS/FAIL per target (run.mjs).
# Usage: bench/lighthouse/run.sh [--runs 3] [--keep] [--api-dir DIR --spa-root DIR] [--only 'sign-in,public minutes']
#   --runs: Lighthouse runs per page (the median is reported); --keep: keep the reports (JSON) and the app's log;
#   --api-dir / --spa-root: measure another build (a worktree of an older commit, say) instead of this one's.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=3 keep=0 api_dir="" spa_root="" only=""
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;; --keep) keep=1; shift ;; --api-dir) api_dir=$2; shift 2 ;; --spa-root) spa_root=$2; shift 2 ;; --only) only=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

api_dir=${api_dir:-$root/backend/Nettverk.Api/bin/Release/net10.0}
spa_root=${spa_root:-$root/frontend/dist}
if [ ! -f "$api_dir/Nettverk.Api.dll" ] || [ ! -f "$spa_root/index.html" ]; then
  echo "building the API and the SPA (Release) …"
  dotnet build "$root/backend/Nettverk.Api" -c Release -nologo -clp:ErrorsOnly >/dev/null
fi
[ -d "$here/node_modules/lighthouse" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
chromium=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || { apt-get install -y chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y chromium >/dev/null; }; }

work=$(mktemp -d /tmp/nettverk-lighthouse.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && { kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; }
  if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base=http://127.0.0.1:$port
# Development only for its plain-http cookies (Production makes them Secure and wants https, which Lighthouse refuses
# with a throwaway certificate); the SPA, its compression and caching are the same in both.
(cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS=$base Nettverk__DataFolder=$work/data \
  Nettverk__DemoData=true Nettverk__SpaRoot=$spa_root Mail__Delivery=PickupFolder Mail__PickupFolder=$work/pickup \
  Mail__PublicBaseUrl=$base Logging__LogLevel__Default=Warning exec dotnet Nettverk.Api.dll >"$work/app.log" 2>&1) &
app_pid=$!
mkdir -p "$work/pickup"
for _ in $(seq 240); do curl -sf -o /dev/null "$base/health" && break; sleep 0.5; done
curl -sf -o /dev/null "$base/health" || { echo "the app did not start:"; tail -30 "$work/app.log"; exit 1; }

CHROME_PATH=$chromium node "$here/run.mjs" --base "$base" --runs "$runs" --out "$work" ${only:+--only "$only"}
