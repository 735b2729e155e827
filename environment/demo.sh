#!/usr/bin/env bash
# The main job on the built-in synthetic corpus: generate, ingest, report (out/report.html).
# Extra arguments go to 'workbench demo' (e.g. --ads 200000).
set -euo pipefail
cd "$(dirname "$0")/.."
environment/setup.sh
dotnet run --project src/Workbench.Cli -c Release -- demo "$@"
