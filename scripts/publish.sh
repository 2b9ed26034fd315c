#!/usr/bin/env bash
# The hartline program as a team installs it: Release, for this machine's processor, with its code and its libraries'
# compiled ahead of time (ReadyToRun), so a command starts without compiling Entity Framework first (bench/RESULTS.md:
# a quarter's statistics from the command line at a million cases, 3.3 s → 2.7 s whole process).
#   scripts/publish.sh [OUT]      default OUT: out/hartline; run it as OUT/hartline …
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-out/hartline}
arch=$(uname -m)
case $arch in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "publish.sh: no .NET runtime identifier known for $arch" >&2; exit 2 ;;
esac
dotnet publish src/Hartline -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out"
echo "published: $out/hartline"
