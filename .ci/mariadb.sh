# Sourced by .ci/run: a private MariaDB server from Debian's packages for the store tests on a
# MySQL dialect (the dialect of Forge SQL). Installs it when missing, starts it on a Unix socket
# in a scratch directory (no TCP port, so nothing else on the machine can clash with it), creates
# the test database and user, and exports SLM_SQL_MARIADB_URL. The server stops, and its
# directory goes, when the calling shell exits.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
fi

SLM_MARIADB_DIR="$(mktemp -d /tmp/slm-mariadb.XXXXXX)"
SLM_MARIADB_SOCKET="$SLM_MARIADB_DIR/mysqld.sock"
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$SLM_MARIADB_DIR/data" \
  --auth-root-authentication-method=socket >"$SLM_MARIADB_DIR/install.log" 2>&1
/usr/sbin/mariadbd --no-defaults --user="$(id -un)" --datadir="$SLM_MARIADB_DIR/data" \
  --socket="$SLM_MARIADB_SOCKET" --skip-networking \
  --pid-file="$SLM_MARIADB_DIR/mysqld.pid" --log-error="$SLM_MARIADB_DIR/error.log" &
SLM_MARIADB_PID=$!
trap 'kill "$SLM_MARIADB_PID" 2>/dev/null || true; wait "$SLM_MARIADB_PID" 2>/dev/null || true; rm -rf "$SLM_MARIADB_DIR"' EXIT

# Ready when it answers, not after a guessed delay; give up after 120 tries, a second apart.
for attempt in $(seq 1 120); do
  if mariadb-admin --no-defaults --socket="$SLM_MARIADB_SOCKET" ping >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SLM_MARIADB_PID" 2>/dev/null || [ "$attempt" -eq 120 ]; then
    echo "MariaDB did not start:" >&2
    cat "$SLM_MARIADB_DIR/error.log" >&2
    exit 1
  fi
  sleep 1
done

mariadb --no-defaults --socket="$SLM_MARIADB_SOCKET" -u "$(id -un)" <<'SQL'
CREATE DATABASE IF NOT EXISTS slm CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'slm'@'localhost' IDENTIFIED BY 'slm';
-- Each test creates and drops a database of its own (test/support/testDatabase.ts).
GRANT ALL PRIVILEGES ON *.* TO 'slm'@'localhost';
SQL
export SLM_SQL_MARIADB_URL="mysql://slm:slm@localhost/slm?socketPath=$SLM_MARIADB_SOCKET"
