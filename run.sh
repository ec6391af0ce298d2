#!/usr/bin/env bash
# Runs MiClientBot on a fresh Debian machine with the .NET SDK: a role-play in the terminal.
# Arguments are passed on, e.g.: ./run.sh --persona lasse --lang nb --seed 7
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/MiClientBot.Cli -c Release -- chat "$@"
