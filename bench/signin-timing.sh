#!/usr/bin/env bash
# Compares how long sign-in takes for an existing account with a wrong password and for an unknown address
# (issue 9, finding 7: the two must take alike time, or the time tells which addresses have accounts).
# Usage: bench/signin-timing.sh [base-url] [rounds]   (against a running app with the demo data in Development, e.g.
# `dotnet run`, whose rate limits are loose; with production limits the later rounds answer 429 at once)
set -euo pipefail
base=${1:-http://localhost:5080}
rounds=${2:-20}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/api/account/antiforgery"
token=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar")
measure() {
  local email=$1 total=0 t
  for _ in $(seq "$rounds"); do
    t=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{time_total}' -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"wrong-password-1\"}" "$base/api/account/login")
    total=$(echo "$total + $t" | bc -l)
  done
  printf '%-28s %6.1f ms per sign-in (mean of %d)\n' "$email" "$(echo "$total * 1000 / $rounds" | bc -l)" "$rounds"
}
# The existing account is locked after 5 failures; a locked account must take alike time too, so that is measured as well.
measure "representant@example.org"
measure "ingen.slik.konto@example.org"
