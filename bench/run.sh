#!/usr/bin/env bash
# Load figures for the host (see bench/README.md).
#   bench/run.sh --quick   about 40 s of load: echo vs /api/messages, connector and Direct Line, memory per session
#   bench/run.sh           the engine benchmarks (BenchmarkDotNet, short job), then a 10-minute load
# Other options go to the load tool (e.g. --concurrency 16, --url http://127.0.0.1:3978 to target a running host).
# The last line is always `ratio_vs_echo=<x> errors=<n>`; the exit code is 1 when there were errors.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
for arg in "$@"; do
  [ "$arg" = "--quick" ] && quick=1
done

# One build after the other (never two at once on a shared machine); quiet when already built.
dotnet build src/MiClientBot.Web -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build bench/MiClientBot.Load -c Release --nologo -v q -clp:ErrorsOnly >/dev/null

if [ "$quick" -eq 0 ]; then
  (cd bench/MiClientBot.Benchmarks && dotnet run -c Release -- --filter '*' --job short) | grep -E '^\|' || true
fi

# Full run: 5 rounds of 40 s per phase = 10 minutes of bot load (3 bot phases), with echo in between.
exec dotnet bench/MiClientBot.Load/bin/Release/net10.0/MiClientBot.Load.dll "$@"
