#!/usr/bin/env bash
# The test command the README names and CI runs: set-up, build with warnings as errors, every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
# Chromium: the figure tests render PNG and SVG with it and fail (never skip) where it is missing.
# PostgreSQL: the team label store's tests run against a throw-away server started here and stopped at exit; they
# fail (never skip) when WORKBENCH_LABELS_PG is missing.
environment/setup.sh --with-browser --with-postgres
IFS=$'\t' read -r pg_dir WORKBENCH_LABELS_PG < <(environment/postgres-test-server.sh start)
export WORKBENCH_LABELS_PG
trap 'environment/postgres-test-server.sh stop "$pg_dir"' EXIT
dotnet build Workbench.sln -c Release --no-restore --verbosity quiet -nologo
# The library folder the notebooks reference (environment/.published), so that no test times a publish.
dotnet src/Workbench.Cli/bin/Release/net10.0/workbench.dll notebooks publish
log=$(mktemp)
status=0
dotnet test Workbench.sln -c Release --no-build --verbosity quiet -nologo 2>&1 | tee "$log" || status=$?
# One closing line in the plain form CI reads: "N passed, N failed".
awk '/(Passed|Failed)!/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
