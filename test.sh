#!/usr/bin/env bash
# Runs the whole test suite: every project, every storage test on SQLite and on PostgreSQL.
# PostgreSQL: set CLEARINGHOUSE_TEST_POSTGRES to a server's connection string, or have PostgreSQL's binaries installed
# (Debian: apt-get install postgresql) and the tests start a throwaway cluster on a free loopback port themselves.
# Prints "N passed, N failed" at the end and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"

if [ -z "${CLEARINGHOUSE_TEST_POSTGRES:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "PostgreSQL is not installed; installing it from Debian's packages for the PostgreSQL half of the tests."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || {
      echo "Could not install PostgreSQL. Install it (apt-get install postgresql) or set CLEARINGHOUSE_TEST_POSTGRES." >&2; exit 2; }
  else
    echo "The tests need PostgreSQL: install it (Debian: apt-get install postgresql) or set CLEARINGHOUSE_TEST_POSTGRES to a connection string." >&2
    exit 2
  fi
fi

# The reproduction sandbox (docs/adr/007-reproduction-sandbox.md) needs bubblewrap; its tests fail without it.
if ! command -v bwrap >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "bubblewrap is not installed; installing it from Debian's packages for the reproduction sandbox's tests."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null || {
      echo "Could not install bubblewrap. Install it (apt-get install bubblewrap)." >&2; exit 2; }
  else
    echo "The tests need bubblewrap for the reproduction sandbox: install it (Debian: apt-get install bubblewrap)." >&2
    exit 2
  fi
fi

# Scan blackouts are evaluated in IANA time zones (docs/adr/010-scans.md); .NET reads them from tzdata.
if [ ! -e /usr/share/zoneinfo/America/Chicago ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "tzdata is not installed; installing it from Debian's packages for the scan blackout tests."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tzdata >/dev/null || {
      echo "Could not install tzdata. Install it (apt-get install tzdata)." >&2; exit 2; }
  else
    echo "The tests need the IANA time zone database: install it (Debian: apt-get install tzdata)." >&2
    exit 2
  fi
fi

results=TestResults
rm -rf "$results"
dotnet test Clearinghouse.slnx --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done
skipped=$((total - passed - failed))
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
