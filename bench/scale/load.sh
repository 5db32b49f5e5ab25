#!/usr/bin/env bash
# Load test at a national scale (issue 9): generates the installation (bench/scale/Nettverk.Scale), starts the app on it
# (Release, Production, https on 127.0.0.1) and a bare Kestrel app answering the same bytes from memory, and runs wrk at
# 64 connections against the busiest reads on both, URL by URL, in the same run. Prints per URL requests/s (app, bare,
# ratio), p99 latency and response size. Targets: ≥ 40 % of the bare app's requests/s, p99 < 50 ms.
# Usage: bench/scale/load.sh [--scale 0.05] [--duration 10] [--connections 64] [--data <folder>] [--reuse] [--no-read-cache]
#   --reuse keeps an already generated <folder>/nettverk.db of the same scale (generation takes a while at 1.0).
#   --no-read-cache runs the app with ReadCache:Enabled=false: every read as it costs right after a write.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
scale=0.05 duration=10 connections=64 data="" reuse=0 read_cache=true
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;; --duration) duration=$2; shift 2 ;; --connections) connections=$2; shift 2 ;;
    --data) data=$2; shift 2 ;; --reuse) reuse=1; shift ;; --no-read-cache) read_cache=false; shift ;; *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
data=${data:-/tmp/nettverk-scale-$scale}
command -v wrk >/dev/null || { apt-get install -y wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y wrk >/dev/null; }; }

work=$(mktemp -d /tmp/nettverk-load.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (Release) …"
dotnet build bench/scale/Nettverk.Scale -c Release -nologo -clp:ErrorsOnly -p:BuildSpa=false >/dev/null
tool="dotnet $root/bench/scale/Nettverk.Scale/bin/Release/net10.0/Nettverk.Scale.dll"
api_dir=$root/backend/Nettverk.Api/bin/Release/net10.0

if [ "$reuse" = 1 ] && [ -f "$data/nettverk.db" ] && [ "$(cat "$data/scale" 2>/dev/null)" = "$scale" ]; then
  echo "reusing $data/nettverk.db ($(du -m "$data/nettverk.db" | cut -f1) MB, scale $scale)"
else
  rm -rf "$data"
  $tool generate --out "$data" --scale "$scale"
  echo "$scale" >"$data/scale"
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
# Outside Development the session and antiforgery cookies are Secure and antiforgery refuses plain http: https it is,
# with a throwaway certificate; the bare app uses the same one, so both pay for TLS alike.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
app_port=$(free_port)
bare_port=$(free_port)
app=https://127.0.0.1:$app_port
bare=https://127.0.0.1:$bare_port

mkdir -p "$work/pickup"
(cd "$api_dir" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$app \
  Kestrel__Certificates__Default__Path=$work/cert.pem Kestrel__Certificates__Default__KeyPath=$work/key.pem \
  Nettverk__DataFolder=$data Nettverk__DemoData=false Mail__Delivery=PickupFolder Mail__PickupFolder=$work/pickup \
  Mail__PublicBaseUrl=$app Logging__LogLevel__Default=Warning ReadCache__Enabled=$read_cache \
  exec dotnet Nettverk.Api.dll >"$work/app.log" 2>&1) &
pids+=($!)
for _ in $(seq 240); do curl -ksf -o /dev/null "$app/health" && break; sleep 0.5; done
curl -ksf -o /dev/null "$app/health" || { echo "the app did not start:"; tail -30 "$work/app.log"; exit 1; }

# Signs in (antiforgery cookie and token, then POST /api/account/login with the X-XSRF-TOKEN header); prints the
# Cookie header wrk sends. Cookies are read from Set-Cookie by hand: curl keeps no Secure cookie it got from an IP.
signin() {
  local headers=$work/h.$1 cookies token
  curl -ks -D "$headers" -o /dev/null "$app/api/account/antiforgery"
  cookies=$(grep -i '^set-cookie:' "$headers" | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/' | paste -sd ';' -)
  token=$(echo "$cookies" | tr ';' '\n' | sed -n 's/^XSRF-TOKEN=//p')
  curl -ks -D "$headers" -o /dev/null -H "Cookie: $cookies" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"Nettverk-2026!\"}" "$app/api/account/login"
  grep -q '^HTTP/[0-9.]* 200' "$headers" || { echo "sign-in as $1 failed:" >&2; cat "$headers" >&2; exit 1; }
  # The antiforgery cookie from the first answer stays; the session and the user's XSRF token come from the login.
  { echo "$cookies" | tr ';' '\n' | grep '^Nettverk.Antiforgery='
    grep -i '^set-cookie:' "$headers" | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/' | grep -v '=$'; } | paste -sd ';' -
}
rep=$(signin representant@example.org)
sec=$(signin sekretariat@example.org)
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
get() { curl -ksf -H "Cookie: $1" "$app$2" || { echo "GET $2 failed: $(curl -ks -i -H "Cookie: $1" "$app$2" | head -c 600)" >&2; exit 1; }; }
# The id of the first body the secretariat sees for which the Python condition on b holds; the list is paged, so this
# pages through it ("-": not on this page, look further; empty: no such body).
body() {
  local page=1 found
  while found=$(get "$sec" "/api/bodies?pageSize=200&page=$page" | json "next((b['id'] for b in d['items'] if $1), '-' if d['items'] else '')") \
    && [ "$found" = - ]; do page=$((page + 1)); done
  [ -n "$found" ] || { echo "no body where $1" >&2; exit 1; }
  echo "$found"
}
network=$(body "b['name'].startswith('Nettverk for verdiskaping')") || exit 1
meeting=$(get "$rep" "/api/bodies/$network/meetings" | json "d['items'][0]['id']")
organ=$(body "b['name'] == 'Organ 1'") || exit 1
feed=$(curl -ksf -X POST -H "Cookie: $rep" -H "X-XSRF-TOKEN: $(echo "$rep" | tr ';' '\n' | sed -n 's/^XSRF-TOKEN=//p')" "$app/api/me/calendar-feed" \
  | json "d['url'].split('://',1)[1].split('/',1)[1]")

# Who reads what: the demo representative the demo network's reads (the same rows on small and large data), the
# secretariat (global role) a generated public body with its years of meetings, anyone the feeds.
urls=(
  "rep|/api/me/meetings"
  "rep|/api/me/meetings?includePast=true"
  "rep|/api/meetings/$meeting"
  "rep|/api/bodies/$network"
  "rep|/api/bodies/$network/meetings"
  "sec|/api/bodies/$organ"
  "sec|/api/bodies/$organ/meetings"
  "-|/$feed"
  "-|/api/public/bodies/$network/calendar.ics"
  "-|/api/public/bodies/$organ/calendar.ics"
)
cookie_for() { case $1 in rep) echo "$rep" ;; sec) echo "$sec" ;; *) echo "" ;; esac; }

# The bytes the app answers, captured once per URL, for the bare app.
: >"$work/responses.tsv"
i=0
for entry in "${urls[@]}"; do
  who=${entry%%|*} url=${entry#*|}
  type=$(curl -ksf -H "Cookie: $(cookie_for "$who")" -o "$work/body.$i" -w '%{content_type}' "$app$url") \
    || { echo "GET $url as $who failed: $(curl -ks -H "Cookie: $(cookie_for "$who")" "$app$url" | head -c 400)"; exit 1; }
  printf '%s\t%s\tbody.%s\n' "$url" "$type" "$i" >>"$work/responses.tsv"
  i=$((i + 1))
done
$tool bare --port "$bare_port" --responses "$work/responses.tsv" --cert "$work/cert.pem" --key "$work/key.pem" >"$work/bare.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do curl -ksf -o /dev/null "$bare$(head -1 "$work/responses.tsv" | cut -f1)" && break; sleep 0.5; done

# wrk's figures: requests/s, p99 in ms, non-2xx count. Arguments: URL, Cookie header (or empty), seconds (optional).
run_wrk() {
  local out
  out=$(wrk -t2 -c"$connections" -d"${3:-$duration}s" --timeout 10s --latency ${2:+-H "Cookie: $2"} "$1")
  local rps p99 bad
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p99=$(echo "$out" | awk '$1 == "99%" { v=$2; if (v ~ /us$/) { sub(/us$/,"",v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v*=1000 } print v }')
  bad=$(echo "$out" | awk '/Non-2xx/ { print $NF }')
  echo "$rps ${p99:-?} ${bad:-0}"
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "scale $scale, $(du -m "$data/nettverk.db" | cut -f1) MB, read cache $read_cache; wrk ${duration} s per URL and app, $connections connections; load average before: $load"
printf '%-58s %9s %9s %7s %9s %9s %9s %s\n' "URL (reader)" "app r/s" "bare r/s" "ratio" "app p99" "bare p99" "bytes" "targets"
# Warm-up over every URL first: the first requests compile (tiered JIT), read a cold database file into the page cache
# and fill the app's own caches; measured, that would land on whichever URL happens to come first.
for entry in "${urls[@]}"; do
  who=${entry%%|*} url=${entry#*|}
  run_wrk "$app$url" "$(cookie_for "$who")" 3 >/dev/null || true
  run_wrk "$bare$url" "" 1 >/dev/null || true
done
i=0
for entry in "${urls[@]}"; do
  who=${entry%%|*} url=${entry#*|}
  cookie=$(cookie_for "$who")
  run_wrk "$app$url" "$cookie" 2 >/dev/null || true # and each again right before it is measured
  read -r a_rps a_p99 a_bad < <(run_wrk "$app$url" "$cookie")
  read -r b_rps b_p99 _ < <(run_wrk "$bare$url" "")
  ratio=$(python3 -c "print(f'{100*$a_rps/$b_rps:.1f}%')")
  verdict=$(python3 -c "print(('rps ok' if $a_rps >= 0.4*$b_rps else 'rps MISS') + ', ' + ('p99 ok' if '$a_p99' != '?' and float('$a_p99') < 50 else 'p99 MISS'))")
  [ "$a_bad" != 0 ] && verdict="$verdict, $a_bad non-2xx!"
  label=$(echo "$url" | sed -E "s/$network/{network}/; s/$organ/{organ}/; s/$meeting/{meeting}/; s|calendar/feeds/[^/]*\.ics|calendar/feeds/{token}.ics|")
  printf '%-58s %9.0f %9.0f %7s %7sms %7sms %9s %s\n' "$label ($who)" "$a_rps" "$b_rps" "$ratio" "$a_p99" "$b_p99" "$(stat -c %s "$work/body.$i")" "$verdict"
  i=$((i + 1))
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
