#!/usr/bin/env bash
# Installs what the workbench needs beyond the .NET 10 SDK, only when it is missing (safe to run again), then restores.
# Usage: environment/setup.sh [--with-browser]
#   --with-browser  also install Debian's headless Chromium (PNG/SVG export of 'workbench figures'; test.sh uses it).
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
if [ "${1:-}" = "--with-browser" ] && ! command -v chromium >/dev/null 2>&1; then need_apt+=(chromium); fi

if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "setup: installing ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

dotnet restore Workbench.sln --verbosity quiet
echo "setup: ready (dotnet $(dotnet --version))"
