#!/usr/bin/env bash
# Installs what the workbench needs beyond the .NET 10 SDK, only when it is missing (safe to run again), then restores.
# Usage: environment/setup.sh [--with-browser] [--with-postgres]
#   --with-browser   also install Debian's headless Chromium (PNG/SVG export of 'workbench figures'; test.sh uses it).
#   --with-postgres  also install Debian's PostgreSQL server binaries (the team label store's tests; test.sh starts a
#                    throw-away server from them, the package's own cluster is not used).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET 10 SDK is required (https://dot.net); it is not on PATH." >&2
  exit 1
fi
major=$(dotnet --version | cut -d. -f1)
if [ "$major" -lt 10 ]; then
  echo "setup: .NET SDK $(dotnet --version) found; 10.0 or newer is required (global.json pins it)." >&2
  exit 1
fi
# DuckDB's native library needs the C++ runtime; Debian images have it, slim ones may not.
if ! dpkg -s libstdc++6 >/dev/null 2>&1 && ! ldconfig -p 2>/dev/null | grep -q 'libstdc'; then need_apt+=(libstdc++6); fi
with_browser=0; with_postgres=0
for arg in "$@"; do
  case "$arg" in
    --with-browser) with_browser=1 ;;
    --with-postgres) with_postgres=1 ;;
    *) echo "setup: unknown option $arg" >&2; exit 2 ;;
  esac
done
if [ $with_browser -eq 1 ] && ! command -v chromium >/dev/null 2>&1; then need_apt+=(chromium); fi
# initdb and pg_ctl live under /usr/lib/postgresql/<major>/bin, not on PATH.
if [ $with_postgres -eq 1 ] && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then need_apt+=(postgresql); fi

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "setup: installing ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

dotnet restore Workbench.sln --verbosity quiet
echo "setup: ready (dotnet $(dotnet --version))"
