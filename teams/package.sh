#!/usr/bin/env bash
# Zips the Teams app package (manifest.json with the bot id from configuration, and the two icons).
# The bot id is MicrosoftAppId from appsettings.json, the environment, or an argument:
#   teams/package.sh                                  -> teams/build/miclientbot-teams.zip
#   teams/package.sh --MicrosoftAppId=GUID --out /tmp/mi.zip
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run --project src/MiClientBot.Web -c Release -- teams-package "$@"
