#!/usr/bin/env bash
# Runs every test: the unit and integration suite on SQLite and again on PostgreSQL, then the browser
# tests. Installs what it needs when missing (scripts/install-test-deps.sh). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results=$root/test-results
rm -rf "$results"; mkdir -p "$results"

scripts/install-test-deps.sh || { echo "could not install the test dependencies"; echo "0 passed, 1 failed"; exit 1; }

pgdir=$(mktemp -d /tmp/hartline-pg.XXXX)
port=$((55000 + RANDOM % 2000))
trap 'scripts/pg-throwaway.sh stop "$pgdir"' EXIT
if ! pg=$(scripts/pg-throwaway.sh start "$pgdir" "$port"); then
  cat "$pgdir/log" 2>/dev/null; echo "PostgreSQL did not start"; echo "0 passed, 1 failed"; exit 1
fi

if ! dotnet build Hartline.slnx -nologo -v q -clp:ErrorsOnly; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

rc=0
run() { # name, then dotnet test arguments
  local name=$1; shift
  echo "== $name"
  dotnet test "$@" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" || rc=1
}
HARTLINE_TEST_DB=sqlite run sqlite tests/Hartline.Tests
HARTLINE_TEST_DB=postgres HARTLINE_TEST_PG="$pg" run postgres tests/Hartline.Tests
run browser tests/Hartline.BrowserTests

# The benchmark's bulk loader writes the schema by hand: a small run proves it still matches the
# migrations and that the report still agrees with hand-written SQL (its own exit code checks both).
echo "== bench smoke"
bench_failed=0
dotnet run --no-build --project bench/Hartline.Bench -- --cases 2000 --db "$results/bench-smoke.db" > "$results/bench-smoke.jsonl" \
  || { echo "bench smoke run failed"; bench_failed=1; rc=1; }
# The load benchmark end to end on a few hundred cases: the real server as its own process, signed-in
# case pages and API reads through many connections, and every read audited (its exit code checks it).
echo "== load smoke"
dotnet run --no-build --project bench/Hartline.Bench -- --load --smoke --db "$results/load-smoke.db" > "$results/load-smoke.jsonl" \
  || { echo "load smoke run failed"; cat "$results/load-smoke.jsonl"; bench_failed=1; rc=1; }

summary=$( (grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null \
  | sed -E 's/.* total="([0-9]+)".* passed="([0-9]+)" failed="([0-9]+)".*/\2 \3/'; echo "$((1 - bench_failed)) $bench_failed") \
  | awk '{p+=$1; f+=$2} END {printf "%d passed, %d failed\n", p, f}')
[ "$summary" = "0 passed, 0 failed" ] && { rc=1; summary="0 passed, 1 failed"; }
[ $rc -ne 0 ] && [ "${summary#* passed, }" = "0 failed" ] && summary="${summary%, *}, 1 failed" # a crashed run counts
echo "$summary"
exit $rc
