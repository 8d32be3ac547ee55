#!/usr/bin/env bash
# Set up this machine and start the borne on its fictitious demo services.
# Needs a display (a desktop session); works offline.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi
exec .venv/bin/kiosk run --demo "$@"
