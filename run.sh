#!/usr/bin/env bash
# Runs MiClientBot on a fresh Debian machine with the .NET SDK (and Node.js/npm for the page's Web Chat).
#   ./run.sh                                     the web host: prints the address to open in a browser
#   ./run.sh --urls http://0.0.0.0:3978          arguments go to the host (e.g. to reach it from other machines)
#   ./run.sh --terminal --persona lasse --lang nb [--seed 7]    a role-play in the terminal instead
set -euo pipefail
cd "$(dirname "$0")"

# The .NET 10 SDK is not in Debian's archive. dotnet-install.sh puts it in ~/.dotnet, which is often not on PATH yet.
if ! command -v dotnet >/dev/null 2>&1 && [ -x "$HOME/.dotnet/dotnet" ]; then
  export DOTNET_ROOT="$HOME/.dotnet" PATH="$HOME/.dotnet:$PATH"
fi
if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep '^10\.' >/dev/null; then
  echo "run.sh: the .NET 10 SDK is required ($(command -v dotnet >/dev/null 2>&1 && echo "dotnet has no 10.x SDK" || echo "dotnet not found on PATH")). Debian's archive does not have it: run Microsoft's installer (curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0) or install dotnet-sdk-10.0 from packages.microsoft.com; README.md, 'Install the .NET 10 SDK', has both." >&2
  exit 1
fi

case "${1:-}" in
  --terminal) shift; exec dotnet run --project src/MiClientBot.Cli -c Release -- chat "$@" ;;
  # The terminal chat's own options (the command of earlier versions) still start the terminal chat.
  --persona|--lang|--seed) exec dotnet run --project src/MiClientBot.Cli -c Release -- chat "$@" ;;
esac

url="http://localhost:3978"
for arg in "$@"; do
  case "$arg" in --urls=*) url="${arg#--urls=}" ;; esac
done
prev=""
for arg in "$@"; do
  if [ "$prev" = "--urls" ]; then url="$arg"; fi
  prev="$arg"
done
url="${url%%;*}"
url="${url/0.0.0.0/localhost}"
url="${url/\[::\]/localhost}"

# The build fetches Microsoft's Web Chat with npm the first time; install npm on a fresh machine.
if ! command -v npm >/dev/null 2>&1 && [ ! -f src/MiClientBot.Web/wwwroot/lib/botframework-webchat/webchat.js ]; then
  echo "MiClientBot: installing Node.js and npm to fetch Microsoft's Web Chat..."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null; } \
    || echo "run.sh: could not install npm (apt-get install nodejs npm); the page will say what is missing." >&2
fi

echo "MiClientBot: building and starting the web host..."
echo "MiClientBot: when it says it is listening, open ${url%/}/ in a browser (Ctrl+C stops the host)."
exec dotnet run --project src/MiClientBot.Web -c Release -- "$@"
