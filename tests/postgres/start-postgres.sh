#!/usr/bin/env bash
# Sourced by test.sh: a private, throw-away PostgreSQL for the storage tests.
# Installs Debian's postgresql when it is missing, initialises a cluster in a fresh temp folder
# (as the postgres user when run as root, since initdb refuses root), with a random password and
# listening on 127.0.0.1 only on a free port, creates the test database, exports
# MICLIENTBOT_TEST_POSTGRES for the tests and stops and deletes the cluster when test.sh exits.
# A MICLIENTBOT_TEST_POSTGRES already set (an existing server) is used as it is.

mi_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

mi_pg_start() {
  if [ -n "${MICLIENTBOT_TEST_POSTGRES:-}" ]; then
    echo "test.sh: PostgreSQL tests use the server in MICLIENTBOT_TEST_POSTGRES."
    return 0
  fi

  local bin sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  bin=$(mi_pg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "test.sh: installing Debian's postgresql for the storage tests..."
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null \
      || { echo "test.sh: could not install postgresql (apt-get install postgresql)" >&2; return 1; }
    bin=$(mi_pg_bin)
    [ -n "$bin" ] || { echo "test.sh: postgresql installed but initdb not found under /usr/lib/postgresql" >&2; return 1; }
  fi

  MI_PG_DIR=$(mktemp -d /tmp/miclientbot-pg.XXXXXX)
  MI_PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$MI_PG_DIR"
    MI_PG_AS=(runuser -u postgres --)
  fi
  MI_PG_BIN=$bin

  local password
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" > "$MI_PG_DIR/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$MI_PG_DIR/pw"
  chmod 600 "$MI_PG_DIR/pw"
  "${MI_PG_AS[@]}" "$bin/initdb" -D "$MI_PG_DIR/data" -U postgres --auth=scram-sha-256 --pwfile="$MI_PG_DIR/pw" \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$MI_PG_DIR/initdb.log" 2>&1 \
    || { echo "test.sh: initdb failed:" >&2; cat "$MI_PG_DIR/initdb.log" >&2; return 1; }
  rm -f "$MI_PG_DIR/pw"

  # Another test run may hold a port: try a few random ones.
  local port attempt
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 40000))
    if "${MI_PG_AS[@]}" "$bin/pg_ctl" -D "$MI_PG_DIR/data" -l "$MI_PG_DIR/server.log" -w -t 60 \
        -o "-F -p $port -k $MI_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null 2>&1; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || { echo "test.sh: PostgreSQL did not start:" >&2; cat "$MI_PG_DIR/server.log" >&2; return 1; }
  trap mi_pg_stop EXIT

  PGPASSWORD=$password "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres miclientbot_test \
    || { echo "test.sh: could not create the test database" >&2; return 1; }
  export MICLIENTBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=miclientbot_test"
  echo "test.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the storage tests on 127.0.0.1:$port."
}

mi_pg_stop() {
  if [ -n "${MI_PG_DIR:-}" ] && [ -d "$MI_PG_DIR" ]; then
    "${MI_PG_AS[@]}" "$MI_PG_BIN/pg_ctl" -D "$MI_PG_DIR/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$MI_PG_DIR"
  fi
}

if ! mi_pg_start; then
  mi_pg_stop
  if [ "${CI:-}" = "true" ]; then
    echo "test.sh: PostgreSQL is required in CI; stopping." >&2
    exit 1
  fi
  echo "test.sh: without PostgreSQL its tests are skipped (in CI they fail)." >&2
fi
