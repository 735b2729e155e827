#!/usr/bin/env bash
# The test command the README names and CI runs: set-up, build with warnings as errors, every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
environment/setup.sh
dotnet build Workbench.sln -c Release --no-restore --verbosity quiet -nologo
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
