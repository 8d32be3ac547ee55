#!/usr/bin/env bash
# Install the borne into a throwaway Debian root and check the result:
# user, units, permissions, files, the keyring, the app starting offscreen,
# then update (data and config kept), uninstall, and uninstall --purge.
#
#   sudo tools/test-installer.sh [SUITE]     (default: bookworm)
#
# Slow (several minutes: debootstrap, the Debian packages, PySide6 from
# PyPI), so not part of tools/test.sh; pytest runs it when
# BORNE_TEST_DEBOOTSTRAP=1 (tests/installer/test_debootstrap.py).
# Needs root, debootstrap, the Debian mirror apt uses here, and PyPI.
# Downloads are cached in $BORNE_TEST_CACHE/{apt,pip} between runs
# (default /var/cache/borne-test).
# KEEP_ROOT=1 keeps the root directory for inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
SUITE=${1:-bookworm}
[[ $(id -u) -eq 0 ]] || { echo "test-installer: needs root" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null

# Same mirror as this machine's apt.
MIRROR=$(sed -n 's/^URIs: *\([^ ]*debian\)\/* *$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
[[ -n $MIRROR ]] || MIRROR=$(awk '$1 == "deb" && $2 ~ /debian\/?$/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}

ROOT=$(mktemp -d /var/tmp/borne-root.XXXXXX)
chmod 0755 "$ROOT" # a root directory every user of the chroot can traverse
LOG=$ROOT.log
MOUNTS=()
# Processes running inside the root (started by this test, nothing else).
root_pids() {
  local p
  for p in /proc/[0-9]*; do
    [[ $(readlink "$p/root" 2>/dev/null) == "$ROOT" ]] && echo "${p#/proc/}"
  done
  return 0
}
cleanup() {
  local i pid
  for pid in $(root_pids); do kill "$pid" 2>/dev/null || true; done
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2>/dev/null || true; done
  if [[ ${KEEP_ROOT:-0} == 1 ]]; then
    echo "test-installer: root kept in $ROOT (log $LOG)"
  else
    rm -rf "$ROOT" "$LOG"
  fi
}
trap cleanup EXIT
bind() {
  if [[ -d $1 ]]; then mkdir -p "$2"; else touch "$2"; fi
  mount --bind "$1" "$2"
  MOUNTS+=("$2")
}
# This machine's own pip settings (local wheel folders) mean nothing in the root.
in_root() { env -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL -u PIP_INDEX_URL chroot "$ROOT" "$@"; }

START=$(date +%s)
phase() { echo "== [$(($(date +%s) - START)) s] $*"; }

PASSED=0
FAILED=0
check() { # DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@" >/tmp/borne-check.out 2>&1; then
    PASSED=$((PASSED + 1)); echo "  ok   $what"
  else
    FAILED=$((FAILED + 1)); echo "  FAIL $what"; sed 's/^/       /' /tmp/borne-check.out | tail -n 20
  fi
}
stat_is() { [[ $(in_root stat -c '%U:%G %a' "$1") == "$2" ]] || { in_root stat -c '%U:%G %a' "$1"; false; }; }
as_borne() { in_root runuser -u borne -- env HOME=/tmp/borne-home "$@"; }

phase "debootstrap $SUITE from $MIRROR into $ROOT"
CACHE=${BORNE_TEST_CACHE:-/var/cache/borne-test}
mkdir -p "$CACHE/apt" "$CACHE/pip"
debootstrap --variant=minbase --cache-dir="$CACHE/apt" \
  "$SUITE" "$ROOT" "$MIRROR" >"$LOG" 2>&1 || { tail -n 20 "$LOG"; exit 1; }
mount -t proc proc "$ROOT/proc"; MOUNTS+=("$ROOT/proc")
mount -t sysfs sysfs "$ROOT/sys"; MOUNTS+=("$ROOT/sys")
# A small /dev of its own: the few nodes a system needs, a private /dev/shm.
mount -t tmpfs -o mode=0755,nosuid dev "$ROOT/dev"; MOUNTS+=("$ROOT/dev")
for node in null zero full random urandom tty; do
  bind "/dev/$node" "$ROOT/dev/$node"
done
mkdir -p "$ROOT/dev/shm" "$ROOT/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$ROOT/dev/shm"; MOUNTS+=("$ROOT/dev/shm")
ln -s /proc/self/fd "$ROOT/dev/fd"
ln -s /proc/self/fd/0 "$ROOT/dev/stdin"
ln -s /proc/self/fd/1 "$ROOT/dev/stdout"
ln -s /proc/self/fd/2 "$ROOT/dev/stderr"
bind "$CACHE/apt" "$ROOT/var/cache/apt/archives"
bind "$CACHE/pip" "$ROOT/root/.cache/pip"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
# Trust the same local certificate authorities as this machine (a TLS proxy
# in front of PyPI, for instance): ca-certificates adds them when installed.
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/"
fi
# Packages must not start daemons inside the chroot (standard Debian policy hook).
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 0755 "$ROOT/usr/sbin/policy-rc.d"
mkdir -p "$ROOT/tmp/borne-src"
tar -C "$SRC" --exclude=__pycache__ -cf - kiosk resources installer pyproject.toml README.md LICENSE \
  | tar -C "$ROOT/tmp/borne-src" -xf -
# debootstrap's minbase has no python3: the installer brings it, but reads the
# opening hours before; its first step installs the packages, so give it python3.
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3 >/dev/null

phase "install.sh"
in_root /tmp/borne-src/installer/install.sh >"$LOG" 2>&1 || { tail -n 40 "$LOG"; exit 1; }
tail -n 4 "$LOG"

phase "checks after install"
check "borne user exists, no shell" test "$(in_root getent passwd borne | cut -d: -f7)" = /usr/sbin/nologin
check "borne password locked" sh -c "chroot '$ROOT' passwd -S borne | awk '{exit \$2 != \"L\"}'"
check "borne not in sudo/adm" sh -c "! chroot '$ROOT' id -nG borne | tr ' ' '\n' | grep -qxE 'sudo|adm|admin|wheel'"
check "no sudo rule for borne" sh -c "! grep -rqs '^borne' '$ROOT/etc/sudoers' '$ROOT/etc/sudoers.d'"
check "/etc/borne root:borne 750" stat_is /etc/borne "root:borne 750"
check "borne.toml borne 600 in /var/lib/borne" stat_is /var/lib/borne/borne.toml "borne:borne 600"
check "no borne.toml left in /etc/borne" test ! -e "$ROOT/etc/borne/borne.toml"
check "borne can save its settings (staff panel)" in_root runuser -u borne -- sh -c 'cp /var/lib/borne/borne.toml /var/lib/borne/.t && mv /var/lib/borne/.t /var/lib/borne/borne.toml'
check "borne cannot write /etc/borne" sh -c "! chroot '$ROOT' runuser -u borne -- touch /etc/borne/x"
check "secrets dir root 700" stat_is /etc/borne/secrets "root:root 700"
check "keyring secret root 600" stat_is /etc/borne/secrets/keyring "root:root 600"
check "/var/lib/borne borne 700" stat_is /var/lib/borne "borne:borne 700"
check "/home/borne mount point root 700" stat_is /home/borne "root:root 700"
check "borne cannot read the secret" sh -c "! chroot '$ROOT' runuser -u borne -- cat /etc/borne/secrets/keyring"
check "borne cannot write the app" sh -c "! chroot '$ROOT' runuser -u borne -- touch /opt/borne/venv/x"
check "borne.service enabled" in_root systemctl is-enabled borne.service
check "poweroff timer enabled" in_root systemctl is-enabled borne-poweroff.timer
check "ctrl-alt-del masked" test "$(in_root systemctl is-enabled ctrl-alt-del.target 2>/dev/null || true)" = masked
check "getty@tty1 disabled" sh -c "! test -e '$ROOT/etc/systemd/system/getty.target.wants/getty@tty1.service'"
check "default target multi-user" test "$(in_root systemctl get-default)" = multi-user.target
check "logind: no spare VTs" grep -qx "NAutoVTs=0" "$ROOT/etc/systemd/logind.conf.d/borne.conf"
check "sysrq off" grep -qx "kernel.sysrq = 0" "$ROOT/etc/sysctl.d/90-borne.conf"
check "polkit rule" test -s "$ROOT/etc/polkit-1/rules.d/50-borne.rules"
check "USB sticks mounted read-only" grep -q "options=ro,nosuid,nodev,noexec" "$ROOT/etc/udev/rules.d/90-borne-usb.rules"
check "home tmpfs in the unit" grep -q "^TemporaryFileSystem=/home/borne:mode=0700,uid=$(in_root id -u borne)," "$ROOT/etc/systemd/system/borne.service"
check "timer from the opening hours" grep -qx "OnCalendar=\*-\*-\* 18:15:00" "$ROOT/etc/systemd/system/borne-poweroff.timer"
check "systemd-analyze verify (no warning)" sh -c "chroot '$ROOT' systemd-analyze verify /etc/systemd/system/borne.service /etc/systemd/system/borne-poweroff.service /etc/systemd/system/borne-poweroff.timer 2>&1 | tee /dev/stderr | (! grep -q .)"
check "cage installed" test -x "$ROOT/usr/bin/cage"
check "rtcwake installed" in_root sh -c "command -v rtcwake"
check "dry run after install changes no file" sh -c "! chroot '$ROOT' /tmp/borne-src/installer/install.sh --dry-run | grep '^+ écrire'"

in_root mkdir -p /tmp/borne-home && in_root chown borne:borne /tmp/borne-home
# QtWebEngine keeps its sandbox on the real borne; a chroot forbids the user
# namespaces it needs, so these offscreen checks run it without.
check "app imports and opens a window offscreen, as borne" as_borne \
  QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 BORNE_RESOURCES=/opt/borne/src/resources \
  /opt/borne/venv/bin/python -c "
import kiosk.cli, kiosk.paths
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QTimer
assert kiosk.paths.VOCABULARY.is_file(), kiosk.paths.VOCABULARY
app = QApplication([])
view = QWebEngineView()
view.setHtml('<p>borne</p>')
view.show()
loaded = []
view.loadFinished.connect(lambda ok: (loaded.append(ok), app.quit()))
QTimer.singleShot(60000, app.quit)
app.exec()
assert loaded == [True], loaded
print('offscreen ok')"
check "kiosk command line answers" as_borne /opt/borne/venv/bin/kiosk --help
if as_borne /opt/borne/venv/bin/kiosk --help | grep -q screenshot; then
  check "kiosk screenshot offscreen, as borne" as_borne QT_QPA_PLATFORM=offscreen \
    QTWEBENGINE_DISABLE_SANDBOX=1 BORNE_CONFIG=/var/lib/borne/borne.toml \
    BORNE_RESOURCES=/opt/borne/src/resources \
    /opt/borne/venv/bin/kiosk screenshot --demo --out /tmp/borne-home/borne.png
  check "screenshot is a PNG" sh -c "head -c 8 '$ROOT/tmp/borne-home/borne.png' | grep -q PNG"
fi
# The keyring as borne.service uses it: gnome-keyring on a session bus,
# unlocked with the root-only secret; a second session reads what the first wrote.
cat >"$ROOT/tmp/borne-home/keyring_check.py" <<'PY'
import sys

import keyring

backend = keyring.get_keyring()
assert "SecretService" in type(backend).__module__, backend
if sys.argv[1] == "set":
    keyring.set_password("borne-test", "token", "s3cret")
assert keyring.get_password("borne-test", "token") == "s3cret"
print("keyring", sys.argv[1], "ok")
PY
cat >"$ROOT/tmp/borne-home/keyring-session.sh" <<'SH'
#!/bin/sh
set -e
XDG_DATA_HOME=/var/lib/borne/keyring gnome-keyring-daemon --unlock --components=secrets \
  --daemonize </tmp/borne-home/secret >/dev/null
exec /opt/borne/venv/bin/python /tmp/borne-home/keyring_check.py "$1"
SH
install -m 0400 -o "$(in_root id -u borne)" "$ROOT/etc/borne/secrets/keyring" "$ROOT/tmp/borne-home/secret"
for step in set get; do
  check "keyring $step: Secret Service as borne, kept in /var/lib/borne" as_borne \
    PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring \
    dbus-run-session -- sh /tmp/borne-home/keyring-session.sh "$step"
done
check "borne-admin runs kiosk as borne with the keyring unlocked" in_root /usr/local/sbin/borne-admin --help
check "keyring file is on disk, borne-only" stat_is /var/lib/borne/keyring/keyrings "borne:borne 700"

phase "the borne as borne.service starts it (cage headless)"
# cage with wlroots' headless backend and software renderer stands in for the
# screen; a datagram socket stands in for systemd's NOTIFY_SOCKET. The app must
# say READY=1, ping the watchdog, and on "borne-session stop" (the unit's
# ExecStop) leave cleanly with STOPPING=1, taking cage with it.
cat >"$ROOT/tmp/borne-home/notify_receiver.py" <<'PY'
import socket
import sys
import time

path, out, limit = sys.argv[1], sys.argv[2], float(sys.argv[3])
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(path)
sock.settimeout(1)
end = time.monotonic() + limit
with open(out, "w") as log:
    while time.monotonic() < end:
        try:
            message = sock.recv(4096).decode()
        except TimeoutError:
            continue
        log.write(message.replace("\n", " ") + "\n")
        log.flush()
        if "STOPPING=1" in message:
            break
PY
in_root install -d -m 0700 -o borne -g borne /tmp/borne-home/run /run/borne /tmp/borne-home/creds
install -m 0400 -o "$(in_root id -u borne)" "$ROOT/etc/borne/secrets/keyring" "$ROOT/tmp/borne-home/creds/keyring"
set -m # each background job in its own process group, to end it whole
as_borne python3 /tmp/borne-home/notify_receiver.py /tmp/borne-home/notify \
  /tmp/borne-home/notify.log 150 &
RECEIVER=$!
sleep 1
# ExecStart's whole chain: private bus, keyring unlocked from the credential,
# cage, the app; with the environment borne.service gives it.
as_borne XDG_RUNTIME_DIR=/tmp/borne-home/run RUNTIME_DIRECTORY=/run/borne \
  CREDENTIALS_DIRECTORY=/tmp/borne-home/creds \
  WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  NOTIFY_SOCKET=/tmp/borne-home/notify WATCHDOG_USEC=2000000 \
  QT_QPA_PLATFORM=wayland QTWEBENGINE_DISABLE_SANDBOX=1 \
  BORNE_CONFIG=/var/lib/borne/borne.toml BORNE_RESOURCES=/opt/borne/src/resources \
  PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring \
  /opt/borne/libexec/borne-session >"$ROOT/tmp/borne-home/cage.log" 2>&1 &
CAGE=$!
set +m
for _ in $(seq 120); do
  [[ $(grep -c WATCHDOG=1 "$ROOT/tmp/borne-home/notify.log" 2>/dev/null) -ge 2 ]] && break
  kill -0 "$CAGE" 2>/dev/null || break
  sleep 1
done
check "app under cage said READY=1" grep -qx "READY=1" "$ROOT/tmp/borne-home/notify.log"
check "app under cage pings the watchdog" \
  test "$(grep -c WATCHDOG=1 "$ROOT/tmp/borne-home/notify.log")" -ge 2
check "the running borne's keyring answers on /run/borne/bus" as_borne \
  DBUS_SESSION_BUS_ADDRESS=unix:path=/run/borne/bus \
  PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring \
  /opt/borne/venv/bin/python /tmp/borne-home/keyring_check.py get
check "borne-admin joins the running borne" sh -c \
  "chroot '$ROOT' sh -x /usr/local/sbin/borne-admin --help 2>&1 | grep -q 'DBUS_SESSION_BUS_ADDRESS=unix:path=/run/borne/bus'"
check "borne-session stop: app leaves on SIGTERM" as_borne RUNTIME_DIRECTORY=/run/borne \
  /opt/borne/libexec/borne-session stop
for _ in $(seq 20); do kill -0 "$CAGE" 2>/dev/null || break; sleep 1; done
check "cage, keyring and bus ended with the app" sh -c "! kill -0 $CAGE 2>/dev/null"
kill -- -"$RECEIVER" 2>/dev/null || true
sleep 2
check "nothing of the borne left running" test -z "$(root_pids)"
check "app said STOPPING=1" grep -qx "STOPPING=1" "$ROOT/tmp/borne-home/notify.log"
kill -- -"$CAGE" 2>/dev/null || true
if ((FAILED)); then sed 's/^/       cage: /' "$ROOT/tmp/borne-home/cage.log" | tail -n 30; fi

phase "update (keeps data and config)"
echo '# marqueur du test' >>"$ROOT/var/lib/borne/borne.toml"
echo data >"$ROOT/var/lib/borne/borne.sqlite3"
SECRET_BEFORE=$(cat "$ROOT/etc/borne/secrets/keyring")
check "install.sh update" in_root /tmp/borne-src/installer/install.sh update
check "config kept" grep -q "marqueur du test" "$ROOT/var/lib/borne/borne.toml"
check "database kept" grep -qx data "$ROOT/var/lib/borne/borne.sqlite3"
check "keyring secret kept" test "$(cat "$ROOT/etc/borne/secrets/keyring")" = "$SECRET_BEFORE"

phase "uninstall (keeps data), then --purge"
check "install.sh --uninstall" in_root /tmp/borne-src/installer/install.sh --uninstall
check "user removed" sh -c "! chroot '$ROOT' getent passwd borne"
check "units removed" test ! -e "$ROOT/etc/systemd/system/borne.service"
check "app removed" test ! -e "$ROOT/opt/borne"
check "ctrl-alt-del unmasked" sh -c "test \"\$(chroot '$ROOT' systemctl is-enabled ctrl-alt-del.target 2>/dev/null || true)\" != masked"
check "data and config kept" test -f "$ROOT/var/lib/borne/borne.sqlite3" -a -f "$ROOT/var/lib/borne/borne.toml"
check "install.sh --uninstall --purge" in_root /tmp/borne-src/installer/install.sh --uninstall --purge
check "data and config purged" test ! -e "$ROOT/var/lib/borne" -a ! -e "$ROOT/etc/borne"

phase "done: $PASSED checks passed, $FAILED failed"
((FAILED == 0))
