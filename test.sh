#!/usr/bin/env bash
# Sets up what the tests need on a fresh Debian machine with the .NET SDK, then runs every test.
set -uo pipefail
cd "$(dirname "$0")"

# The .NET 10 SDK is not in Debian's archive. dotnet-install.sh puts it in ~/.dotnet, which is often not on PATH yet.
if ! command -v dotnet >/dev/null 2>&1 && [ -x "$HOME/.dotnet/dotnet" ]; then
  export DOTNET_ROOT="$HOME/.dotnet" PATH="$HOME/.dotnet:$PATH"
fi
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep '^10\.' >/dev/null; then
  echo "test.sh: the .NET 10 SDK is required ($(command -v dotnet >/dev/null 2>&1 && echo "dotnet has no 10.x SDK" || echo "dotnet not found on PATH")). Debian's archive does not have it: run Microsoft's installer (curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0) or install dotnet-sdk-10.0 from packages.microsoft.com; README.md, 'Install the .NET 10 SDK', has both." >&2
  exit 1
fi

# Browser tests drive Debian's chromium through Playwright (Playwright's own download does not work offline).
if ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null \
    || { echo "test.sh: could not install chromium (apt-get install chromium)" >&2; exit 1; }
fi

# The Direct Line test runs Microsoft's botframework-directlinejs under Node; the build fetches Web Chat with npm.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing Node.js and npm for the web chat tests..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null \
    || { echo "test.sh: could not install Node.js (apt-get install nodejs npm)" >&2; exit 1; }
fi
(cd tests/directline-client && npm ci --prefer-offline --no-audit --no-fund --loglevel=error >/dev/null) \
  || { echo "test.sh: npm ci in tests/directline-client failed (is the npm registry reachable?)" >&2; exit 1; }

# The storage tests run against a real PostgreSQL: a private cluster, stopped when this script exits.
source ./tests/postgres/start-postgres.sh

# AnnoMI is not in git (data/annomi/README.md): the tests that need it run when it is there.
annomi="${MICLIENTBOT_ANNOMI:-data/annomi/annomi-full-dev.csv}"
if [ -f "$annomi" ]; then
  echo "test.sh: the AnnoMI tests use $annomi."
else
  echo "test.sh: AnnoMI not found at $annomi: the tests that need it are skipped (data/annomi/README.md says where to get it)."
fi

log=$(mktemp)
dotnet test MiClientBot.sln --nologo -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One closing line that counts in any CI: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
if [ "${passed:-0}" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "test.sh: no test ran" >&2
  exit 1
fi
exit "$status"
