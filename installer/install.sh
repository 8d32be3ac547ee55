#!/usr/bin/env bash
# Borne d'accueil: turn a freshly installed Debian 12/13 or Ubuntu 24.04 PC
# into a locked borne. Guide: installer/README-fr.md.
#
#   sudo installer/install.sh              install (safe to run again)
#   sudo installer/install.sh update       reinstall the app, keep data and config
#   sudo installer/install.sh --uninstall [--purge]
#   installer/install.sh --dry-run [...]   print every action, change nothing
#   installer/install.sh --render-units DIR [--config FILE]
#                                          write the systemd units into DIR only
# Options: --no-start (never start/stop/reload services; automatic when
# systemd is not running, e.g. in a chroot), --source DIR (tree to install,
# default: the one holding this script).
set -euo pipefail

PREFIX=/opt/borne
BORNE_USER=borne
CONFIG_DIR=/etc/borne
SECRETS_DIR=$CONFIG_DIR/secrets
DATA_DIR=/var/lib/borne
UNIT_DIR=/etc/systemd/system
STATE_FILE=$CONFIG_DIR/.installer-state
# Settings and tiles the staff panel saves: in the service's own state folder
# (ProtectSystem=full keeps /etc read-only for it). See README-fr.md.
SETTINGS_FILE=$DATA_DIR/borne.toml
TILES_FILE=$DATA_DIR/tuiles.toml
AFTER_CLOSE_MIN=15
BEFORE_OPEN_MIN=10

APT_PACKAGES=(
  # the kiosk compositor (cage 0.1 stops without Xwayland), a session for it, GPU
  cage xwayland systemd libpam-systemd dbus polkitd libgl1-mesa-dri libegl-mesa0
  # Python for the app's virtual environment
  python3 python3-venv ca-certificates
  # Qt / QtWebEngine runtime (see shared ENVIRONMENT.md), Wayland client side
  libasound2 libdbus-1-3 libegl1 libfontconfig1 libfreetype6 libgbm1 libgl1
  libglib2.0-0 libnspr4 libnss3 libx11-6 libxcb1 libxcomposite1 libxdamage1
  libxext6 libxfixes3 libxkbcommon0 libxkbfile1 libxrandr2 libxtst6 libpulse0
  libxcb-cursor0 libwayland-client0 libwayland-cursor0 libwayland-egl1
  # fonts: Latin, Arabic, Cyrillic (Ukrainian) …
  fonts-dejavu-core fonts-noto-core
  # printing, scanning, speech
  cups cups-client cups-filters sane-utils speech-dispatcher espeak-ng
  # the keyring (Secret Service), scheduled wake-up
  gnome-keyring util-linux
)
# Installed when the distribution has them (names differ between releases).
APT_OPTIONAL=(util-linux-extra ipp-usb sane-airscan speech-dispatcher-espeak-ng)

die() { echo "install.sh : $*" >&2; exit 1; }
say() { echo "==> $*"; }

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }

# --- options -----------------------------------------------------------------
ACTION=install
DRY_RUN=0
PURGE=0
NO_START=0
RENDER_DIR=
CONFIG_FILE=
SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
while (($#)); do
  case "$1" in
    install | update) ACTION=$1 ;;
    --uninstall | uninstall) ACTION=uninstall ;;
    --purge) PURGE=1 ;;
    --dry-run | -n) DRY_RUN=1 ;;
    --no-start) NO_START=1 ;;
    --render-units) ACTION=render; RENDER_DIR=${2:?--render-units DIR}; shift ;;
    --config) CONFIG_FILE=${2:?--config FILE}; shift ;;
    --source) SOURCE_DIR=$(cd "${2:?--source DIR}" && pwd); shift ;;
    -h | --help) usage; exit 0 ;;
    *) usage >&2; die "option inconnue : $1" ;;
  esac
  shift
done
((PURGE == 0)) || [[ $ACTION == uninstall ]] || die "--purge va avec --uninstall"

# Services are started only on a machine booted with systemd, outside a chroot.
if [[ ! -d /run/systemd/system ]] || systemd-detect-virt --quiet --chroot 2>/dev/null; then
  NO_START=1
fi

# --- every change goes through these: --dry-run prints instead -------------
run() {
  if ((DRY_RUN)); then
    printf '+'; printf ' %q' "$@"; printf '\n'
  else
    "$@"
  fi
}

# put DEST MODE OWNER:GROUP  (content on stdin); rewrites only when it changed.
put() {
  local dest=$1 mode=$2 owner=$3 tmp
  tmp=$(mktemp)
  cat >"$tmp"
  if ((DRY_RUN)); then
    if [[ -f $dest ]] && cmp -s "$tmp" "$dest"; then
      echo "= $dest (inchangé)"
    else
      echo "+ écrire $dest ($mode $owner, $(wc -l <"$tmp") lignes)"
    fi
    rm -f "$tmp"
    return 0
  fi
  mkdir -p "$(dirname "$dest")"
  if [[ -f $dest ]] && cmp -s "$tmp" "$dest"; then
    rm -f "$tmp"
  else
    mv "$tmp" "$dest"
  fi
  chmod "$mode" "$dest"
  chown "$owner" "$dest"
}

remove() {
  local path
  for path in "$@"; do
    if [[ -e $path || -L $path ]]; then run rm -rf -- "$path"; fi
  done
}

systemctl_now() { ((NO_START)) || run systemctl "$@"; }

# render TEMPLATE: substitute @VARS@ from the environment of this script.
render() {
  sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@UID@|$BORNE_UID|g" -e "s|@GID@|$BORNE_GID|g" \
    -e "s|@POWEROFF_AT@|$POWEROFF_AT|g" -e "s|@WAKE_AT@|$WAKE_AT|g" \
    -e "s|@AFTER_CLOSE_MIN@|$AFTER_CLOSE_MIN|g" -e "s|@BEFORE_OPEN_MIN@|$BEFORE_OPEN_MIN|g" \
    "$SOURCE_DIR/installer/files/$1"
}

# --- what the units need to know ---------------------------------------------
compute_schedule() {
  local config=${CONFIG_FILE:-$SETTINGS_FILE} times
  [[ -f $config ]] || config=$SOURCE_DIR/installer/files/borne.toml
  times=$(PYTHONPATH=$SOURCE_DIR python3 "$SOURCE_DIR/installer/schedule.py" "$config") \
    || die "impossible de lire les horaires dans $config"
  read -r POWEROFF_AT WAKE_AT <<<"$times"
}

compute_ids() {
  if getent passwd "$BORNE_USER" >/dev/null; then
    BORNE_UID=$(id -u "$BORNE_USER")
    BORNE_GID=$(id -g "$BORNE_USER")
  else
    BORNE_UID=999 # placeholder until the user exists (dry run, rendering)
    BORNE_GID=999
  fi
}

UNITS=(borne.service borne-poweroff.service borne-poweroff.timer)

write_units() { # DIR
  local unit
  for unit in "${UNITS[@]}"; do
    render "$unit.in" | put "$1/$unit" 0644 root:root
  done
}

# --- install steps -----------------------------------------------------------
check_system() {
  local id="" version=""
  if [[ -r /etc/os-release ]]; then
    # shellcheck source=/dev/null
    id=$(. /etc/os-release && echo "${ID:-}") version=$(. /etc/os-release && echo "${VERSION_ID:-}")
  fi
  case "$id $version" in
    "debian 12" | "debian 13" | "ubuntu 24.04") say "système : $id $version" ;;
    *) echo "attention : système $id $version non testé (prévu : Debian 12/13, Ubuntu 24.04)" >&2 ;;
  esac
  [[ -f $SOURCE_DIR/pyproject.toml && -d $SOURCE_DIR/kiosk ]] \
    || die "sources de la borne introuvables dans $SOURCE_DIR"
}

install_packages() {
  local optional=() pkg
  say "paquets Debian"
  run env DEBIAN_FRONTEND=noninteractive apt-get update -q
  for pkg in "${APT_OPTIONAL[@]}"; do
    if apt-cache show "$pkg" >/dev/null 2>&1; then optional+=("$pkg"); fi
  done
  run env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${APT_PACKAGES[@]}" "${optional[@]}"
}

create_user() {
  say "utilisateur $BORNE_USER (sans mot de passe, sans shell, sans sudo)"
  if ! getent passwd "$BORNE_USER" >/dev/null; then
    run useradd --system --user-group --home-dir "/home/$BORNE_USER" --no-create-home \
      --shell /usr/sbin/nologin --comment "Borne d'accueil" "$BORNE_USER"
  fi
  run usermod --shell /usr/sbin/nologin --lock "$BORNE_USER"
  local group
  for group in sudo admin wheel adm; do
    if id -nG "$BORNE_USER" 2>/dev/null | tr ' ' '\n' | grep -qx "$group"; then
      run gpasswd --delete "$BORNE_USER" "$group"
    fi
  done
  if getent group scanner >/dev/null; then run usermod --append --groups scanner "$BORNE_USER"; fi
  # Mount point only: borne.service mounts a fresh tmpfs here at every start.
  [[ -d /home/$BORNE_USER ]] || run mkdir -p "/home/$BORNE_USER"
  run chown root:root "/home/$BORNE_USER"
  run chmod 0700 "/home/$BORNE_USER"
  compute_ids
}

create_dirs() {
  say "dossiers $CONFIG_DIR (réglages) et $DATA_DIR (données)"
  run install -d -m 0750 -o root -g "$BORNE_USER" "$CONFIG_DIR"
  run install -d -m 0700 -o root -g root "$SECRETS_DIR"
  run install -d -m 0700 -o "$BORNE_USER" -g "$BORNE_USER" "$DATA_DIR" "$DATA_DIR/keyring"
  local example=$SOURCE_DIR/resources/borne.example.toml
  [[ -f $example ]] || example=$SOURCE_DIR/installer/files/borne.toml
  # Files of an older installation in /etc/borne move to the state folder once.
  local name
  for name in borne.toml tuiles.toml; do
    if [[ -f $CONFIG_DIR/$name && ! -f $DATA_DIR/$name ]]; then
      run mv "$CONFIG_DIR/$name" "$DATA_DIR/$name"
    fi
  done
  if [[ ! -f $SETTINGS_FILE ]]; then
    put "$SETTINGS_FILE" 0600 "$BORNE_USER:$BORNE_USER" <"$example"
  fi
  for name in "$SETTINGS_FILE" "$TILES_FILE"; do
    if [[ -f $name ]]; then
      run chown "$BORNE_USER:$BORNE_USER" "$name"
      run chmod 0600 "$name"
    fi
  done
  if [[ ! -s $SECRETS_DIR/keyring ]]; then
    say "secret du trousseau (tiré au hasard, lisible par root seulement)"
    if ((DRY_RUN)); then
      echo "+ écrire $SECRETS_DIR/keyring (0600 root:root, 32 octets aléatoires)"
    else
      (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '\n' >"$SECRETS_DIR/keyring")
    fi
  fi
}

install_app() {
  say "application dans $PREFIX (environnement virtuel)"
  local staging=$PREFIX/src.new
  run install -d -m 0755 -o root -g root "$PREFIX" "$PREFIX/libexec" "$PREFIX/share"
  remove "$staging"
  run install -d -m 0755 "$staging"
  if ((DRY_RUN)); then
    echo "+ copier kiosk/ resources/ installer/ pyproject.toml README.md LICENSE vers $staging"
  else
    tar -C "$SOURCE_DIR" --exclude=__pycache__ --exclude='*.pyc' --owner=root --group=root \
      -cf - kiosk resources installer pyproject.toml README.md LICENSE | tar -C "$staging" -xf -
  fi
  remove "$PREFIX/src"
  run mv "$staging" "$PREFIX/src"
  # A new Python (distribution upgrade) needs a new environment.
  local want have=""
  want=$(python3 -c 'import sys; print(sys.version_info[:2])')
  if [[ -x $PREFIX/venv/bin/python ]]; then
    have=$("$PREFIX/venv/bin/python" -c 'import sys; print(sys.version_info[:2])' 2>/dev/null || true)
  fi
  if [[ $have != "$want" ]]; then
    remove "$PREFIX/venv"
    run python3 -m venv "$PREFIX/venv"
  fi
  run "$PREFIX/venv/bin/python" -m pip install --quiet --upgrade pip
  run "$PREFIX/venv/bin/python" -m pip install --quiet --upgrade "$PREFIX/src"
  run "$PREFIX/venv/bin/python" -c "import kiosk.cli, PySide6.QtWebEngineWidgets"
  run chmod -R go-w,a+rX "$PREFIX"
  put "$PREFIX/borne.env" 0644 root:root <<EOF
# Borne d'accueil: environment of borne.service and borne-admin.
BORNE_CONFIG=$SETTINGS_FILE
BORNE_RESOURCES=$PREFIX/src/resources
PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
QTWEBENGINE_CHROMIUM_FLAGS=--log-level=3
EOF
  put "$PREFIX/libexec/borne-session" 0755 root:root <"$SOURCE_DIR/installer/borne-session.sh"
  put "$PREFIX/libexec/borne-power" 0755 root:root <"$SOURCE_DIR/installer/borne-power.sh"
  put "$PREFIX/share/dbus-session.conf" 0644 root:root <"$SOURCE_DIR/installer/files/dbus-session.conf"
  put /usr/local/sbin/borne-admin 0755 root:root <"$SOURCE_DIR/installer/borne-admin.sh"
}

install_system_files() {
  say "verrouillage : consoles, ctrl-alt-suppr, SysRq, montage, journal"
  local f=$SOURCE_DIR/installer/files
  put /etc/systemd/logind.conf.d/borne.conf 0644 root:root <"$f/logind.conf"
  put /etc/sysctl.d/90-borne.conf 0644 root:root <"$f/sysctl.conf"
  put /etc/systemd/journald.conf.d/borne.conf 0644 root:root <"$f/journald.conf"
  put /etc/tmpfiles.d/borne.conf 0644 root:root <"$f/tmpfiles.conf"
  put /etc/polkit-1/rules.d/50-borne.rules 0644 root:root <"$f/polkit.rules"
  put /etc/pam.d/borne 0644 root:root <"$f/pam-borne"
  put /etc/udev/rules.d/90-borne-usb.rules 0644 root:root <"$f/udev-usb.rules"
  if [[ -e /proc/sys/kernel/apparmor_restrict_unprivileged_userns && -d /etc/apparmor.d ]]; then
    render apparmor-qtwebengine | put /etc/apparmor.d/borne-qtwebengine 0644 root:root
    if ((!NO_START)); then run apparmor_parser -r /etc/apparmor.d/borne-qtwebengine; fi
  fi
}

remember_state() {
  # What we change outside our own files, so that --uninstall can put it back.
  [[ -f $STATE_FILE ]] && return 0
  local target dm=""
  target=$(systemctl get-default 2>/dev/null || echo graphical.target)
  if [[ -L /etc/systemd/system/display-manager.service ]]; then
    dm=$(basename "$(readlink /etc/systemd/system/display-manager.service)")
  fi
  put "$STATE_FILE" 0600 root:root <<EOF
default_target=$target
display_manager=$dm
EOF
}

install_units() {
  say "services systemd (borne sur tty1, extinction $POWEROFF_AT, réveil $WAKE_AT)"
  write_units "$UNIT_DIR"
  remember_state
  if [[ -L /etc/systemd/system/display-manager.service ]]; then
    run systemctl disable "$(basename "$(readlink /etc/systemd/system/display-manager.service)")"
  fi
  run systemctl set-default multi-user.target
  run systemctl mask ctrl-alt-del.target
  run systemctl disable getty@tty1.service
  run systemctl enable borne.service borne-poweroff.timer
  systemctl_now daemon-reload
  if ((!NO_START)); then run sysctl --quiet --system; fi
  if ((!NO_START)); then run systemd-tmpfiles --create /etc/tmpfiles.d/borne.conf; fi
}

verify() {
  ((DRY_RUN)) && return 0
  local problems=0
  id -nG "$BORNE_USER" | tr ' ' '\n' | grep -qxE 'sudo|admin|wheel' && problems=1
  [[ $(getent passwd "$BORNE_USER" | cut -d: -f7) == /usr/sbin/nologin ]] || problems=1
  [[ $(stat -c %U:%a "$DATA_DIR") == "$BORNE_USER:700" ]] || problems=1
  [[ $(stat -c %U:%a "$SECRETS_DIR/keyring") == root:600 ]] || problems=1
  ((problems == 0)) || die "vérification finale en échec (utilisateur ou droits)"
}

do_install() {
  [[ $(id -u) -eq 0 ]] || ((DRY_RUN)) || die "à lancer en administrateur : sudo $0 $ACTION"
  check_system
  ((DRY_RUN)) && say "simulation (--dry-run) : rien ne sera modifié"
  install_packages
  create_user
  compute_ids
  create_dirs
  compute_schedule
  install_app
  install_system_files
  install_units
  verify
  if ((DRY_RUN)); then
    say "simulation terminée : rien n'a été modifié"
  elif [[ $ACTION == update ]]; then
    systemctl_now try-restart borne.service
    say "mise à jour terminée (données et réglages gardés)"
  else
    say "installation terminée."
    echo "    1. Choisir le code PIN de l'accueil : sudo borne-admin admin set-pin"
    echo "    2. Redémarrer l'ordinateur : sudo reboot"
    echo "    Guide complet : $PREFIX/src/installer/README-fr.md"
  fi
}

do_uninstall() {
  [[ $(id -u) -eq 0 ]] || ((DRY_RUN)) || die "à lancer en administrateur : sudo $0 --uninstall"
  say "désinstallation de la borne"
  systemctl_now stop borne.service borne-poweroff.timer
  local unit
  for unit in "${UNITS[@]}"; do
    if [[ -f $UNIT_DIR/$unit ]]; then run systemctl disable "$unit"; fi
  done
  remove "${UNITS[@]/#/$UNIT_DIR/}"
  run systemctl unmask ctrl-alt-del.target
  run systemctl enable getty@tty1.service
  local target=graphical.target dm=""
  if [[ -f $STATE_FILE ]]; then
    target=$(sed -n 's/^default_target=//p' "$STATE_FILE")
    dm=$(sed -n 's/^display_manager=//p' "$STATE_FILE")
  fi
  run systemctl set-default "${target:-graphical.target}"
  if [[ -n $dm ]]; then run systemctl enable "$dm"; fi
  remove /etc/systemd/logind.conf.d/borne.conf /etc/sysctl.d/90-borne.conf \
    /etc/systemd/journald.conf.d/borne.conf /etc/tmpfiles.d/borne.conf \
    /etc/polkit-1/rules.d/50-borne.rules /etc/pam.d/borne /etc/udev/rules.d/90-borne-usb.rules \
    /etc/apparmor.d/borne-qtwebengine /usr/local/sbin/borne-admin "$PREFIX" "$STATE_FILE"
  if getent passwd "$BORNE_USER" >/dev/null; then run userdel "$BORNE_USER"; fi
  if [[ -d /home/$BORNE_USER ]]; then run rmdir --ignore-fail-on-non-empty "/home/$BORNE_USER"; fi
  if ((PURGE)); then
    say "--purge : suppression des réglages, du secret et des données"
    remove "$CONFIG_DIR" "$DATA_DIR"
  else
    say "gardés : $CONFIG_DIR (réglages) et $DATA_DIR (statistiques, trousseau)"
  fi
  systemctl_now daemon-reload
  say "désinstallation terminée (les paquets Debian restent installés). Redémarrer : sudo reboot"
}

case "$ACTION" in
  render)
    compute_ids
    compute_schedule
    DRY_RUN=0
    put() { cat >"$1"; } # plain files for systemd-analyze, no owner change
    mkdir -p "$RENDER_DIR"
    write_units "$RENDER_DIR"
    echo "$RENDER_DIR"
    ;;
  install | update) do_install ;;
  uninstall) do_uninstall ;;
esac
