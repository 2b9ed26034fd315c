#!/usr/bin/env bash
# Adds a migration NAME for both providers (SQLite and PostgreSQL). Usage: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build tools/Hartline.Design -nologo -v q
for ctx in Sqlite Postgres; do
  dotnet dotnet-ef migrations add "$name" --no-build --project src/Hartline --startup-project tools/Hartline.Design \
    --context "${ctx}HartlineDb" --output-dir "Data/Migrations/$ctx"
done
