#!/usr/bin/env bash
# Run one kiosk-federation command (init-admin, create-centre, enrol-code,
# list, forward-enrol, catalogue ...) as the server's own user, on the
# server's own database (the SQLite file in /var/lib/federation, or
# FEDERATION_DATABASE from /etc/kiosk-federation.env). As root:
#   sudo kiosk-federation-admin list
# Guide: installer/federation/README-fr.md.
set -euo pipefail

# The KIOSK_FEDERATION_* variables exist for the tests; leave them unset.
PROGRAM=${KIOSK_FEDERATION_PROGRAM:-/opt/kiosk-federation/venv/bin/kiosk-federation}
SERVICE_USER=${KIOSK_FEDERATION_USER:-kiosk-federation}
DATA_DIR=${KIOSK_FEDERATION_DATA:-/var/lib/federation}
ENV_FILE=${KIOSK_FEDERATION_ENV:-/etc/kiosk-federation.env}

die() { echo "kiosk-federation-admin : $*" >&2; exit 1; }

((EUID == 0)) || die "à lancer en administrateur : sudo kiosk-federation-admin $*"
[[ -x $PROGRAM ]] || die "programme introuvable : $PROGRAM (voir README-fr.md)"
id -u "$SERVICE_USER" >/dev/null 2>&1 || die "l'utilisateur $SERVICE_USER n'existe pas (voir README-fr.md)"
[[ -d $DATA_DIR ]] || die "$DATA_DIR n'existe pas : démarrez d'abord le service (systemctl start kiosk-federation)"

# The same database as the service: FEDERATION_DATABASE from the optional
# environment file (readable by root only), quotes removed as systemd does.
database=
if [[ -r $ENV_FILE ]]; then
  database=$(sed -n 's/^[[:space:]]*FEDERATION_DATABASE=//p' "$ENV_FILE" | tail -n 1)
  database=${database%\"}; database=${database#\"}
  database=${database%\'}; database=${database#\'}
fi

cd "$DATA_DIR"
if [[ -n $database ]]; then
  exec runuser -u "$SERVICE_USER" -- env FEDERATION_DATA="$DATA_DIR" \
    FEDERATION_DATABASE="$database" "$PROGRAM" "$@"
fi
exec runuser -u "$SERVICE_USER" -- env -u FEDERATION_DATABASE FEDERATION_DATA="$DATA_DIR" \
  "$PROGRAM" "$@"
