#!/usr/bin/env bash
# Start the real services the tests talk to. Sourced by tools/test.sh.
# Each function is idempotent and exports what the tests read.

start_postgres() {
  command -v pg_ctlcluster >/dev/null || return 0
  local version
  version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n1)
  pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start 2>/dev/null || true
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='borne'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE borne LOGIN SUPERUSER PASSWORD 'borne'\""
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='borne_test'\"" | grep -q 1 \
    || su postgres -c "createdb -O borne borne_test"
  export BORNE_TEST_POSTGRES_URL="postgresql+psycopg://borne:borne@127.0.0.1:5432/borne_test"
}

start_cups() {
  command -v cupsd >/dev/null || return 0
  if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    (cupsd || /usr/sbin/cupsd) 2>/dev/null || true
    for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
  fi
  if ! lpstat -p PDF >/dev/null 2>&1; then
    lpadmin -p PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null \
      || lpadmin -p PDF -E -v cups-pdf:/ -m raw
  fi
  lpadmin -d PDF
  # cups-pdf writes a local user's jobs to its "Out" setting (Debian: ${HOME}/PDF).
  local out
  out=$(awk '$1 == "Out" {print $2}' /etc/cups/cups-pdf.conf 2>/dev/null || true)
  out=${out:-/var/spool/cups-pdf/ANONYMOUS}
  # cups-pdf reads the home from the password database, not from $HOME.
  out=${out//\$\{HOME\}/$(getent passwd "$(id -un)" | cut -d: -f6)}
  out=${out//\$\{USER\}/$(id -un)}
  export BORNE_TEST_CUPS_PDF_DIR="${BORNE_TEST_CUPS_PDF_DIR:-$out}"
}

start_sane() {
  [[ -f /etc/sane.d/dll.conf ]] || return 0
  grep -qx "test" /etc/sane.d/dll.conf || echo "test" >> /etc/sane.d/dll.conf
}

start_services() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "services: not root, skipping service start (tests needing them will fail clearly)"
    return 0
  fi
  start_postgres
  start_cups
  start_sane
}
