#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, only when missing:
# PostgreSQL (throwaway cluster), Chromium (browser tests), Node/npm, axe-core (accessibility checks) and
# Redocly CLI (the OpenAPI document's linter).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get…"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# axe-core for the browser tests; Redocly CLI lints the OpenAPI document (Platform/OpenApiLintTests).
if [ ! -f tests/Hartline.BrowserTests/node_modules/axe-core/axe.min.js ] \
  || [ ! -f tests/Hartline.BrowserTests/node_modules/@redocly/cli/package.json ]; then
  (cd tests/Hartline.BrowserTests && npm ci --no-audit --no-fund --silent)
fi
