#!/usr/bin/env bash
# Search benchmark: the search page (free text + country; facets only; no query), the JSON API, country
# profiles and a 10,000-row export, each at 16 concurrent clients with wrk (p50/p95/p99, requests/s);
# then the same requests one at a time with PostgreSQL logging every statement, to put the time the
# database spends (the bare SQL) beside the time the application takes: the application's overhead.
# The plans of the slowest statement of each kind of request are written to target/bench/.
#
# Usage: bench/search.sh [DATA_DIR]
#   DATA_DIR: an embedded-PostgreSQL data directory made by bench/generate.sh (default ./data/bench-1000000).
#   The script starts the application on it (port 8083) and stops it at the end.
# Environment: DURATION (seconds per scenario, default 20), CONNECTIONS (default 16), SCENARIOS (default all:
#   "search-text-country search-text-distinct search-facets search-all api country-profile export"), BENCH_PG_PORT (default 54331),
#   SAMPLES (requests per scenario for the bare-SQL comparison, default 5), WARMUP (seconds of load before measuring,
#   default 30; 0 = one request per URL only), APP_OPTIONS (more options for the application, e.g.
#   --rightstrack.search.facet-cache-seconds=0 to measure every request uncached), SQL_ALONE (default 1: after the
#   replay, restart the application with everything kept in memory switched off and replay the same requests, so
#   that the SQL PostgreSQL alone needs for the same searches is timed too; 0 skips it).
# Migrations added on main after the database was generated are applied out of order (bench only).
# Needs: wrk (apt-get install wrk), curl, psql, python3, a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-./data/bench-1000000}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
SCENARIOS=${SCENARIOS:-search-text-country search-text-distinct search-facets search-all api country-profile export}
PORT=${BENCH_PG_PORT:-54331}
APP_PORT=${APP_PORT:-8083}
SAMPLES=${SAMPLES:-5}
for tool in wrk curl psql python3; do command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }; done
[ -d "$DATA" ] || { echo "No database in $DATA: run bench/generate.sh first" >&2; exit 1; }

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=$(ls target/rightstrack-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/rightstrack-*.jar | grep -v plain | head -1); fi
OUT=target/bench
mkdir -p "$OUT"
LOG=$OUT/search-app.log
BASE=http://localhost:$APP_PORT

export PGHOST=localhost PGPORT=$PORT PGUSER=postgres PGDATABASE=rightstrack
APP=
start_app() {
  "$JAVA" -jar "$JAR" --server.port="$APP_PORT" --rightstrack.demo-data=false --rightstrack.exports.max-concurrent=16 --spring.datasource.hikari.connection-timeout=120000 --spring.flyway.out-of-order=true \
    --rightstrack.embedded-database.data-directory="$DATA" --rightstrack.embedded-database.port="$PORT" ${APP_OPTIONS:-} >"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do
    if grep -q "Started RightstrackApplication" "$LOG" 2>/dev/null; then break; fi
    kill -0 $APP 2>/dev/null || { tail -50 "$LOG"; exit 1; }
    sleep 1
  done
  grep -q "Started RightstrackApplication" "$LOG" || { echo "The application did not start; see $LOG" >&2; exit 1; }
  # a running server has its in-memory facet index (built in the background after the start)
  for _ in $(seq 1 300); do
    if grep -qE "Facet index of|Facet index not built" "$LOG" 2>/dev/null || grep -q "facet-index.enabled=false" <<<"${APP_OPTIONS:-}"; then break; fi
    sleep 1
  done
}
stop_app() {
  kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true
}
cleanup() {
  psql -qc "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null 2>&1 || true
  stop_app
}
trap cleanup EXIT
start_app
# The statement log (for the bare-SQL times) needs PostgreSQL's own log files: switch the collector on once.
if [ "$(psql -Atc 'SHOW logging_collector')" != "on" ]; then
  psql -qc "ALTER SYSTEM SET logging_collector = on"
  stop_app
  start_app
fi
ROWS=$(psql -Atc "SELECT count(*) FROM recommendation")
# search-text-distinct: 3,000 different text searches made of words drawn from the database's own texts
# (one or two words, half of them with a country), so that almost every request is one nobody asked
# before and no cache can answer it: the first search of a new question.
psql -Atq -f bench/search/distinct.sql > "$OUT/distinct-all.txt"
head -n 3000 "$OUT/distinct-all.txt" > "$OUT/search-text-distinct.txt"
tail -n +3001 "$OUT/distinct-all.txt" > "$OUT/search-text-distinct-replay.txt"
scenario_file() {
  if [ -f "bench/search/$1.txt" ]; then echo "bench/search/$1.txt"; else echo "$OUT/$1.txt"; fi
}
# the requests replayed one at a time: for the distinct scenario, searches its load never asked
replay_file() {
  if [ -f "$OUT/$1-replay.txt" ]; then echo "$OUT/$1-replay.txt"; else scenario_file "$1"; fi
}
echo "== $ROWS recommendations; $CONNECTIONS connections, ${DURATION}s per scenario; load before: $(uptime | sed 's/.*load average: //')"

# Warm up (JIT, caches) with every path once, and check that each endpoint exists.
declare -A STATUS
for scenario in $SCENARIOS; do
  code=000
  while read -r path; do
    [ -z "$path" ] || [ "${path:0:1}" = "#" ] && continue
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path" || true)
  done < <(if [ "$scenario" = search-text-distinct ]; then head -3 "$(scenario_file "$scenario")"; else cat "$(scenario_file "$scenario")"; fi)
  STATUS[$scenario]=$code
done

# Warm the JVM up (the JIT compiles the hot paths in the first tens of seconds) with every scenario but
# the export and the distinct searches (which must stay unasked), WARMUP seconds in all, so that the figures are those of a running server, not of a cold start.
WARMUP=${WARMUP:-30}
if [ "$WARMUP" -gt 0 ]; then
  ALL=$(mktemp); for scenario in $SCENARIOS; do [ "$scenario" = export ] || [ "$scenario" = search-text-distinct ] || grep -v '^#' "$(scenario_file "$scenario")" >> "$ALL"; done
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 60s -s bench/search/wrk.lua "$BASE" -- "$ALL" >/dev/null 2>&1 || true
  rm -f "$ALL"
  echo "== warmed up for ${WARMUP}s; load: $(uptime | sed 's/.*load average: //')"
fi

printf '\n%-22s %8s %8s %8s %8s %8s %7s  %s\n' "scenario" "p50 ms" "p95 ms" "p99 ms" "req/s" "requests" "errors" "load after"
for scenario in $SCENARIOS; do
  if [ "${STATUS[$scenario]}" != "200" ]; then
    printf '%-22s not measured: the last warm-up request answered HTTP %s\n' "$scenario" "${STATUS[$scenario]}"
    continue
  fi
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 60s -s bench/search/wrk.lua "$BASE" -- "$(scenario_file "$scenario")" | grep '^RESULT' || true)
  eval "$(echo "$result" | sed 's/^RESULT //')"
  printf '%-22s %8s %8s %8s %8s %8s %7s  %s\n' "$scenario" "$p50" "$p95" "$p99" "$rps" "$requests" "$errors" "$(uptime | sed 's/.*load average: //')"
  # requests wrk left unanswered at the end are still being served: let them finish before the next scenario
  sleep 10
done

# Bare SQL: log every statement's duration, replay SAMPLES requests of each scenario one at a time,
# bracketed by marker statements, then sum the database time per request.
replay() { # $1: prefix of the times file and of the statement log it writes
  psql -qc "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  PG_LOG="$DATA/$(psql -Atc 'SELECT pg_current_logfile()')"
  local from=$(($(stat -c %s "$PG_LOG") + 1))
  : > "$1-times.txt"
  for scenario in $SCENARIOS; do
    [ "${STATUS[$scenario]}" = "200" ] || continue
    i=0
    while read -r path; do
      [ -z "$path" ] || [ "${path:0:1}" = "#" ] && continue
      [ $i -ge "$SAMPLES" ] && break
      psql -Atqc "SELECT 'bench-begin $scenario $i'" >/dev/null
      t=$(curl -s -o /dev/null -w '%{time_total}' "$BASE$path")
      psql -Atqc "SELECT 'bench-end $scenario $i'" >/dev/null
      echo "$scenario $i $t $path" >> "$1-times.txt"
      i=$((i + 1))
    done < "$(replay_file "$scenario")"
  done
  psql -qc "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  tail -c +"$from" "$PG_LOG" > "$1-statements.log"
}
replay "$OUT/search"
# The bare SQL of the same searches: the same requests answered by PostgreSQL alone (no in-memory facet
# index, no kept counts, pages or rendered pages), so that the statements logged are all the database
# work the search needs, as the application did it before it kept anything in memory.
if [ "${SQL_ALONE:-1}" = 1 ]; then
  stop_app
  APP_OPTIONS="${APP_OPTIONS:-} --rightstrack.search.facet-index.enabled=false --rightstrack.search.facet-cache-seconds=0 --rightstrack.cache.public-pages=0" start_app
  replay "$OUT/search-sql-alone"
  python3 bench/search/bare_sql.py "$OUT/search-statements.log" "$OUT/search-times.txt" "$OUT" \
    "$OUT/search-sql-alone-statements.log" "$OUT/search-sql-alone-times.txt"
else
  python3 bench/search/bare_sql.py "$OUT/search-statements.log" "$OUT/search-times.txt" "$OUT"
fi
echo "Plans of the slowest statement of each scenario: $OUT/plan-*.txt"
