#!/usr/bin/env bash
# Adds a migration with the same name to every provider's migration set, so no provider falls behind the model.
# Usage: backend/tools/add-migration.sh <Name>
set -euo pipefail
name=${1:?usage: add-migration.sh <MigrationName>}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" \
    --project backend/Nettverk.Api --startup-project backend/Nettverk.Api \
    --context "${provider}NettverkDbContext" --output-dir "Persistence/$provider/Migrations" --namespace "Nettverk.Api.Persistence.$provider.Migrations"
done
