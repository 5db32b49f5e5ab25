#!/usr/bin/env bash
# The one test command (README.md; .ci/run calls exactly this). On a fresh machine it installs what the suites need,
# builds everything, runs every suite and ends with one line: "N passed, N failed", summed over all suites.
# A suite that cannot run at all counts as one failure, so a broken step can never look green.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results="$root/tests/results"
rm -rf "$results" && mkdir -p "$results"
passed=0
failed=0
started=$SECONDS

step() { printf '\n==> %s (%ss)\n' "$1" $((SECONDS - started)); }
add() { passed=$((passed + $1)); failed=$((failed + $2)); printf '    %s: %s passed, %s failed\n' "$3" "$1" "$2"; }

# --- Machine packages: Debian's chromium for the browser tests, docker-compose to validate the compose file,
# DejaVu fonts for rendered documents, poppler-utils (pdftotext) to read the PDFs back. Installed only when missing.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null || missing+=(docker-compose)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -x /usr/sbin/dovecot ] || missing+=(dovecot-imapd) # a real IMAP server for the calendar-answer mailbox tests
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo -n"   # -n: an unattended run fails at once instead of waiting for a password
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "could not install ${missing[*]}"; failed=$((failed + 1)); }
fi

step "npm packages"
for dir in tests/tools frontend tests/e2e; do
  if [ -f "$dir/package-lock.json" ]; then
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $dir"; failed=$((failed + 1)); }
  fi
done

step "Build (API, OpenAPI document, SPA)"
dotnet tool restore >/dev/null
if ! dotnet build Nettverk.sln -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "$passed passed, $((failed + 1)) failed"
  exit 1
fi

# Counts from a TRX file's <Counters …/> element.
trx_count() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*'; }

for project in Nettverk.Tests Nettverk.Api.Tests; do
  step "dotnet test $project"
  dotnet test "tests/$project" --no-build -nologo --logger "trx;LogFileName=$results/$project.trx" --logger "console;verbosity=minimal"
  if [ -f "$results/$project.trx" ]; then
    add "$(trx_count "$results/$project.trx" passed)" "$(trx_count "$results/$project.trx" failed)" "$project"
  else
    add 0 1 "$project (did not run)"
  fi
done

# Counts from a JSON report, read with node (which the frontend needs anyway).
json_count() { node -e "const r=require(process.argv[1]); console.log($2)" "$1"; }

if [ -f frontend/package.json ]; then
  step "Frontend unit tests (Vitest)"
  (cd frontend && npm test -- --reporter=default --reporter=json --outputFile="$results/frontend.json")
  if [ -f "$results/frontend.json" ]; then
    add "$(json_count "$results/frontend.json" 'r.numPassedTests')" "$(json_count "$results/frontend.json" 'r.numFailedTests')" "frontend"
  else
    add 0 1 "frontend (did not run)"
  fi
fi

if [ -f tests/e2e/package.json ]; then
  step "Browser tests (Playwright in Debian chromium)"
  (cd tests/e2e && E2E_RESULTS="$results/e2e.json" npm test)
  [ -f "$results/e2e.json" ] || cp tests/e2e/results/results.json "$results/e2e.json" 2>/dev/null
  if [ -f "$results/e2e.json" ]; then
    add "$(json_count "$results/e2e.json" 'r.stats.expected + r.stats.flaky')" "$(json_count "$results/e2e.json" 'r.stats.unexpected')" "e2e"
  else
    add 0 1 "e2e (did not run)"
  fi
fi

printf '\nTook %ss.\n' $((SECONDS - started))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
