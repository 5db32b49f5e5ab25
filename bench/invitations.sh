#!/usr/bin/env bash
# Benchmark: invitations to 500 through the app versus a bare MailKit loop (one connection); prints seconds and the ratio (target ≤ 1.5).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
(cd tests/tools && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
mkdir -p bench/results
BuildSpa=false dotnet run -c Release --project bench/Nettverk.Bench | tee "bench/results/invitations-$(date +%Y%m%d-%H%M%S).txt"
