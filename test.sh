#!/usr/bin/env bash
# The test command (README): installs what the tests need, then runs every test with Maven.
set -euo pipefail
cd "$(dirname "$0")"

# --- PostgreSQL for the store's second-backend tests (PostgresStoreTest) ------------------------
# Installs PostgreSQL from Debian when running as root (CI), starts it on 127.0.0.1, makes a
# throw-away role and database, and exports MARSAD_TEST_PG_URL. Idempotent: each step checks first.
# Without root or packages the PostgreSQL tests are skipped (they say so); MARSAD_TEST_PG_URL
# already set is used as it is.
start_postgres() {
  if [[ -z $(ls /usr/lib/postgresql 2>/dev/null) ]]; then
    [[ $(id -u) == 0 ]] || { echo "test.sh: PostgreSQL not installed and not root: PostgreSQL tests will be skipped" >&2; return 0; }
    echo "test.sh: installing PostgreSQL from Debian…" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  [[ $(id -u) == 0 ]] || { echo "test.sh: not root: cannot start PostgreSQL; PostgreSQL tests will be skipped" >&2; return 0; }
  local ver port
  ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main"' | grep -q . || pg_createcluster "$ver" main >/dev/null
  port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
  pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $4}' | grep -q online \
    || pg_ctlcluster "$ver" main start -- -o "-c listen_addresses=127.0.0.1"
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$port" && break; sleep 1; done
  as_postgres() { (cd /tmp && runuser -u postgres -- "$@"); }
  as_postgres psql -p "$port" -qtAc "SELECT 1 FROM pg_roles WHERE rolname = 'marsad'" | grep -q 1 \
    || as_postgres psql -p "$port" -qc "CREATE ROLE marsad LOGIN PASSWORD 'marsad'"
  as_postgres psql -p "$port" -qtAc "SELECT 1 FROM pg_database WHERE datname = 'marsad_test'" | grep -q 1 \
    || as_postgres createdb -p "$port" -O marsad marsad_test
  # a throw-away test database: commits need not wait for the disk (the tests kill clients, not the server)
  as_postgres psql -p "$port" -qc "ALTER DATABASE marsad_test SET synchronous_commit = off"
  export MARSAD_TEST_PG_URL="jdbc:postgresql://127.0.0.1:${port}/marsad_test?user=marsad&password=marsad"
}
[[ -n ${MARSAD_TEST_PG_URL:-} ]] || start_postgres

# Browser tests (DashboardBrowserTest) drive Debian's Chromium through its chromedriver; they skip
# with a message when these are absent. Installed here when missing and we are root (as in CI).
if ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; } >/dev/null 2>&1 \
      || echo "test.sh: could not install chromium; browser tests will be skipped" >&2
  fi
fi

mvn -B -ntp verify
