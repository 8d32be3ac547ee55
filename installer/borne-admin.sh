#!/bin/sh
# Borne d'accueil: run a "kiosk" command as the borne user, with the borne's
# keyring, from an administrator's shell (SSH or recovery console):
#   sudo borne-admin admin set-pin
# While the borne runs, the command joins its private bus (/run/borne/bus);
# otherwise it unlocks the keyring in a session of its own.
# Installed as /usr/local/sbin/borne-admin by installer/install.sh.
set -eu
PREFIX=/opt/borne

case "${BORNE_ADMIN_STAGE:-}" in
  session)
    # Inside our own bus, as the borne user: unlock, then run the command.
    XDG_DATA_HOME=/var/lib/borne/keyring \
      gnome-keyring-daemon --unlock --components=secrets --daemonize \
      <"$BORNE_ADMIN_SECRET" >/dev/null
    exec "$PREFIX/venv/bin/kiosk" "$@"
    ;;
esac

if [ "$(id -u)" -ne 0 ]; then
  echo "borne-admin : à lancer en administrateur, par exemple : sudo borne-admin admin set-pin" >&2
  exit 1
fi
if [ "$#" -eq 0 ]; then
  echo "usage : sudo borne-admin <commande kiosk…>   (exemple : sudo borne-admin admin set-pin)" >&2
  exit 2
fi

home=$(mktemp -d /tmp/borne-admin.XXXXXX)
trap 'rm -rf "$home"' EXIT INT TERM
chown borne:borne "$home"
set -a
# shellcheck source=/dev/null
. "$PREFIX/borne.env"
set +a

if [ -S /run/borne/bus ]; then
  runuser -u borne -- env HOME="$home" \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/run/borne/bus \
    "$PREFIX/venv/bin/kiosk" "$@"
else
  # The secret is root-only: copy it for the borne user for this run only.
  secret="$home/secret"
  install -m 0400 -o borne -g borne /etc/borne/secrets/keyring "$secret"
  runuser -u borne -- env HOME="$home" BORNE_ADMIN_STAGE=session \
    BORNE_ADMIN_SECRET="$secret" dbus-run-session -- "$0" "$@"
fi
