#!/bin/sh
# Borne d'accueil: what borne.service runs, as the borne user on tty1.
#   (no argument) a private D-Bus session bus at /run/borne/bus (borne-admin
#                 joins it while the borne runs), then "inner" on it;
#   inner         gnome-keyring's Secret Service on that bus, unlocked with
#                 the secret systemd hands over in $CREDENTIALS_DIRECTORY
#                 (keyring files in /var/lib/borne/keyring: home is a tmpfs),
#                 then cage, the Wayland kiosk compositor (no VT switching);
#   app           inside cage: note the app's PID, become the app;
#   stop          ExecStop: ask the app to leave first (SIGTERM, it flushes
#                 its journal), so it is not cut off by cage going away.
# Installed as /opt/borne/libexec/borne-session by installer/install.sh.
set -eu
PREFIX=/opt/borne
PIDFILE="${RUNTIME_DIRECTORY:-/run/borne}/app.pid"
MAINTENANCE="${RUNTIME_DIRECTORY:-/run/borne}/maintenance"

case "${1:-}" in
  inner)
    secret="${CREDENTIALS_DIRECTORY:?LoadCredential=keyring manquant}/keyring"
    # Started before cage: the bus has no display in its activation
    # environment, so no keyring password prompt can ever reach the screen.
    XDG_DATA_HOME=/var/lib/borne/keyring \
      gnome-keyring-daemon --unlock --components=secrets --daemonize \
      <"$secret" >/dev/null
    # cage may not hand the app's exit code back (older versions): the app
    # leaves a mark when staff chose "Quitter en maintenance", and 77 is
    # returned here so that systemd does not restart it
    # (RestartPreventExitStatus=77 in borne.service).
    rm -f "$MAINTENANCE"
    status=0
    cage -d -- "$0" app || status=$?
    if [ -e "$MAINTENANCE" ]; then exit 77; fi
    exit "$status"
    ;;
  app)
    echo "$$" >"$PIDFILE"
    exec "$PREFIX/venv/bin/kiosk" run
    ;;
  stop)
    [ -s "$PIDFILE" ] || exit 0
    pid=$(cat "$PIDFILE")
    kill -TERM "$pid" 2>/dev/null || exit 0
    # Up to 15 s (TimeoutStopSec=20 in the unit) for the app to finish.
    i=0
    while [ "$i" -lt 150 ] && kill -0 "$pid" 2>/dev/null; do
      sleep 0.1
      i=$((i + 1))
    done
    ;;
  *)
    exec dbus-run-session --config-file="$PREFIX/share/dbus-session.conf" \
      -- "$0" inner
    ;;
esac
