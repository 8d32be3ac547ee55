#!/usr/bin/env bash
# Prepare this machine for the borne: Debian packages, then a virtual
# environment in .venv with the application and its test tools.
# Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt / QtWebEngine runtime on a minimal Debian or Ubuntu
  libasound2 libdbus-1-3 libegl1 libfontconfig1 libfreetype6 libgbm1 libgl1
  libglib2.0-0 libnspr4 libnss3 libx11-6 libxcb1 libxcomposite1 libxdamage1
  libxext6 libxfixes3 libxkbcommon0 libxkbfile1 libxrandr2 libxtst6 libpulse0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0
  fonts-dejavu-core fonts-noto-core libzbar0
  # virtual screen, clicks and screenshots for the UI tests
  xvfb xauth xdotool imagemagick
  # printing, scanning, federation database, web tests, installer checks
  cups cups-bsd cups-client cups-pdf sane-utils postgresql
  chromium chromium-driver openssl shellcheck systemd
  firefox-esr  # bench/bench_compare.py: the same tile page in Firefox ESR
  python3-venv python3-pip
)

if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    sudo_cmd=()
    [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
    echo "setup: installing Debian packages: ${missing[*]}"
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
pip_quiet() {
  # This machine's pip config names local mirrors that may be absent: drop
  # those warnings, keep every other line and pip's own exit status.
  .venv/bin/python -m pip install -q "$@" 2>&1 | { grep -v -e "is ignored" -e "BuildBackendWarning" || true; }
  return "${PIPESTATUS[0]}"
}
pip_quiet --upgrade pip
pip_quiet -e ".[test,federation]"
.venv/bin/python -c "import PySide6.QtWebEngineWidgets, sqlalchemy, alembic, keyring, qrcode, pytestqt"
if [[ -x tools/build-translations.sh ]]; then tools/build-translations.sh; fi
echo "setup: ready (.venv, $(.venv/bin/python --version))"
