#!/usr/bin/env bash
# Benchmark: generate N synthetic recommendations with the generate command, then load exactly the
# same rows with PostgreSQL's COPY from files into copies of the tables (same indexes, same generated
# tsvector): the physical limit on this machine. Prints both times and their ratio.
#
# Usage: bench/generate.sh [N] [SEED]        (default N=1000000, SEED=1)
# Environment:
#   BENCH_DATA   data directory of the embedded PostgreSQL the database is kept in (default ./data/bench-N).
#                It is left in place so that bench/search.sh can run against it; delete it to start again.
#   BENCH_PG_PORT  port of that PostgreSQL (default 54331)
#   GENERATE_OPTIONS  extra options for the generate command, e.g. --indexes=keep
# Needs: a JDK 21+, psql, bc. Builds the jar when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
SEED=${2:-1}
DATA=${BENCH_DATA:-./data/bench-$N}
PORT=${BENCH_PG_PORT:-54331}
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 1; }

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=$(ls target/rightstrack-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/rightstrack-*.jar | grep -v plain | head -1); fi

WORK=$(mktemp -d)
LOG=$WORK/server.log
# The server owns the embedded PostgreSQL (kept in $DATA); the generate command connects to it like any external database.
"$JAVA" -jar "$JAR" --server.port=0 --rightstrack.demo-data=false \
  --rightstrack.embedded-database.data-directory="$DATA" --rightstrack.embedded-database.port="$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
export PGHOST=localhost PGPORT=$PORT PGUSER=postgres PGDATABASE=rightstrack
for _ in $(seq 1 180); do
  if grep -q "Started RightstrackApplication" "$LOG"; then break; fi
  kill -0 $SERVER 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PORT/rightstrack" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=

BEFORE=$(psql -Atc "SELECT coalesce(max(id), 0) FROM recommendation")
echo "== generate --recommendations=$N --seed=$SEED (database had $(psql -Atc "SELECT count(*) FROM recommendation") recommendations; load: $(uptime | sed 's/.*load average: //'))"
start=$(date +%s.%N)
"$JAVA" -jar "$JAR" generate --recommendations="$N" --seed="$SEED" ${GENERATE_OPTIONS:-} --rightstrack.demo-data=false \
  --spring.main.banner-mode=off | tee "$WORK/generate.txt" | grep -vE "^\s*$|INFO|WARN" || true
end=$(date +%s.%N)
WALL=$(echo "$end - $start" | bc)
JOB=$(grep -o 'total=[0-9]*' "$WORK/generate.txt" | cut -d= -f2)
JOB=$(echo "scale=2; ${JOB:-0} / 1000" | bc)
LOAD_GEN=$(uptime | sed 's/.*load average: //')

echo "== COPY baseline: the same rows, exported to files, loaded into tables LIKE the real ones (same indexes; the generated tsvector computed again, or the trigger-kept search columns loaded as stored)"
R="recommendation_id > $BEFORE"
# Every stored column: with a generated tsvector column PostgreSQL computes it during COPY as during the
# generation; where triggers keep the search columns (V42), their values are loaded as they are.
COLS=$(psql -Atc "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) FROM pg_attribute
  WHERE attrelid = 'recommendation'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''")
psql -q -v ON_ERROR_STOP=1 <<SQL
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench_document, bench_recommendation, bench_theme, bench_group, bench_sdg, bench_state, bench_assessment,
  bench_action, bench_action_link;
\copy (SELECT * FROM document WHERE id IN (SELECT document_id FROM recommendation WHERE id > $BEFORE) ORDER BY id) TO '$WORK/document.tsv'
\copy (SELECT $COLS FROM recommendation WHERE id > $BEFORE ORDER BY id) TO '$WORK/rec.tsv'
\copy (SELECT * FROM recommendation_theme WHERE $R) TO '$WORK/theme.tsv'
\copy (SELECT * FROM recommendation_affected_group WHERE $R) TO '$WORK/group.tsv'
\copy (SELECT * FROM recommendation_sdg_target WHERE $R) TO '$WORK/sdg.tsv'
\copy (SELECT * FROM recommendation_recommending_state WHERE $R) TO '$WORK/state.tsv'
\copy (SELECT recommendation_id, assessor_type, organisation, status, assessed_on, justification, moderation_status FROM assessment WHERE $R ORDER BY id) TO '$WORK/assessment.tsv'
\copy (SELECT * FROM follow_up_action WHERE id IN (SELECT follow_up_action_id FROM follow_up_action_recommendation WHERE $R) ORDER BY id) TO '$WORK/action.tsv'
\copy (SELECT * FROM follow_up_action_recommendation WHERE $R) TO '$WORK/action_link.tsv'
CREATE TABLE bench_document (LIKE document INCLUDING ALL);
CREATE TABLE bench_recommendation (LIKE recommendation INCLUDING ALL);
CREATE TABLE bench_theme (LIKE recommendation_theme INCLUDING ALL);
CREATE TABLE bench_group (LIKE recommendation_affected_group INCLUDING ALL);
CREATE TABLE bench_sdg (LIKE recommendation_sdg_target INCLUDING ALL);
CREATE TABLE bench_state (LIKE recommendation_recommending_state INCLUDING ALL);
CREATE TABLE bench_assessment (LIKE assessment INCLUDING ALL);
CREATE TABLE bench_action (LIKE follow_up_action INCLUDING ALL);
CREATE TABLE bench_action_link (LIKE follow_up_action_recommendation INCLUDING ALL);
SQL
start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 <<SQL
BEGIN;
\copy bench_document FROM '$WORK/document.tsv'
\copy bench_recommendation ($COLS) FROM '$WORK/rec.tsv'
\copy bench_theme FROM '$WORK/theme.tsv'
\copy bench_group FROM '$WORK/group.tsv'
\copy bench_sdg FROM '$WORK/sdg.tsv'
\copy bench_state FROM '$WORK/state.tsv'
\copy bench_assessment (recommendation_id, assessor_type, organisation, status, assessed_on, justification, moderation_status) FROM '$WORK/assessment.tsv'
\copy bench_action FROM '$WORK/action.tsv'
\copy bench_action_link FROM '$WORK/action_link.tsv'
COMMIT;
SQL
end=$(date +%s.%N)
COPY_SECONDS=$(echo "$end - $start" | bc)
ROWS=$(psql -Atc "SELECT count(*) FROM bench_recommendation")
LOAD_COPY=$(uptime | sed 's/.*load average: //')
psql -q -c "DROP TABLE bench_document, bench_recommendation, bench_theme, bench_group, bench_sdg, bench_state, bench_assessment, bench_action, bench_action_link"

printf '\n%-60s %8s   %s\n' "measure" "seconds" "load average (1, 5, 15 min) after"
printf '%-60s %8.2f   %s\n' "generate: the transaction (plan, COPY, indexes, ANALYZE)" "$JOB" "$LOAD_GEN"
printf '%-60s %8.2f\n' "generate: whole command incl. JVM start-up" "$WALL"
printf '%-60s %8.2f   %s\n' "COPY of the same $ROWS recommendations + all rows (psql \\copy)" "$COPY_SECONDS" "$LOAD_COPY"
printf '%-60s %8.2f\n' "ratio generate / COPY" "$(echo "$JOB / $COPY_SECONDS" | bc -l)"
echo "Database kept in $DATA (embedded PostgreSQL; start the app with --rightstrack.embedded-database.data-directory=$DATA)"
