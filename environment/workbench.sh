#!/usr/bin/env bash
# Runs any workbench verb from a checkout: environment/workbench.sh ingest --in FILE
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec dotnet run --project "$root/src/Workbench.Cli" -c Release -- "$@"
