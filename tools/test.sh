#!/usr/bin/env bash
# The one test command: set up the machine, start the services the tests use
# (PostgreSQL, CUPS with a cups-pdf queue, SANE's test scanner), then run
# the linters, the type checker and the whole test suite.
# Extra arguments go to pytest, e.g. tools/test.sh tests/unit -x
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
# shellcheck source=tools/services.sh
source tools/services.sh
start_services
.venv/bin/ruff check kiosk tests bench
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
