#!/usr/bin/env bash
# Installs what is missing, builds the web viewer and serves it at http://127.0.0.1:8080/ until
# stopped (Ctrl+C). PORT=9000 tools/serve.sh serves on another port.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tools/setup.sh
tools/build.sh web
exec node tools/static-server.mjs build/web/site "${PORT:-8080}"
