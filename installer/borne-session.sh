#!/bin/sh
# Borne d'accueil: what borne.service runs, as the borne user on tty1.
#   1. a private D-Bus session bus at /run/borne/bus (borne-admin joins it);
#   2. gnome-keyring's Secret Service on it, unlocked with the secret systemd
#      hands over in $CREDENTIALS_DIRECTORY/keyring (keyring files kept in
#      /var/lib/borne/keyring, home being a tmpfs);
#   3. cage, the Wayland kiosk compositor (no VT switching), running the app.
# Installed as /opt/borne/libexec/borne-session by installer/install.sh.
set -eu
PREFIX=/opt/borne

case "${1:-}" in
  inner)
    secret="${CREDENTIALS_DIRECTORY:?LoadCredential=keyring manquant}/keyring"
    # Started before cage: the bus has no display in its activation
    # environment, so no keyring password prompt can ever reach the screen.
    XDG_DATA_HOME=/var/lib/borne/keyring \
      gnome-keyring-daemon --unlock --components=secrets --daemonize \
      <"$secret" >/dev/null
    exec cage -d -- "$PREFIX/venv/bin/kiosk" run
    ;;
  *)
    exec dbus-run-session --config-file="$PREFIX/share/dbus-session.conf" \
      -- "$0" inner
    ;;
esac
