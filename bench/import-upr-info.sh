#!/usr/bin/env bash
# Benchmark: import the 41,066 UPR Info recommendations (sessions 1-20) with the import command, then
# load exactly the same rows (recommendations, their themes and recommending states) with PostgreSQL's
# COPY into copies of the same tables with the same indexes and the same per-row search work (the
# recommendation table's BEFORE trigger computes the full-text vector of every row; the copied link
# arrays are loaded with the rows): the physical limit on this machine.
# Usage: bench/import-upr-info.sh [DATA_DIR]   (default ../shared/data/upr-info-sessions-1-20)
# Needs: a JDK 21+, psql. Builds the jar when missing. Uses a throw-away embedded database, or keeps it in
# KEEP_DATA (e.g. KEEP_DATA=./data/bench-upr, then bench/search.sh ./data/bench-upr runs the search benchmark on it).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:-../shared/data/upr-info-sessions-1-20}
FILES=("$DATA/1-5.csv" "$DATA/6-9.csv" "$DATA/10-13.csv" "$DATA/14-17.csv" "$DATA/17-20.csv")
for f in "${FILES[@]}"; do [ -f "$f" ] || { echo "Missing $f" >&2; exit 1; }; done
command -v psql >/dev/null || { echo "psql is needed (apt-get install postgresql-client)" >&2; exit 1; }

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=$(ls target/rightstrack-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then ./mvnw -q -B -DskipTests package; JAR=$(ls target/rightstrack-*.jar | grep -v plain | head -1); fi

WORK=$(mktemp -d)
PORT=${BENCH_PG_PORT:-54329}
LOG=$WORK/server.log
# The server owns the embedded PostgreSQL; the import commands connect to it like any external database.
"$JAVA" -jar "$JAR" --server.port=0 --rightstrack.demo-data=false \
  --rightstrack.embedded-database.data-directory="${KEEP_DATA:-$WORK/pg}" --rightstrack.embedded-database.port="$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
export PGHOST=localhost PGPORT=$PORT PGUSER=postgres PGDATABASE=rightstrack
for _ in $(seq 1 180); do
  if grep -q "Started RightstrackApplication" "$LOG"; then break; fi
  kill -0 $SERVER 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PORT/rightstrack" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=

run_import() {
  local start end
  start=$(date +%s.%N)
  "$JAVA" -jar "$JAR" import --format=upr-info --rightstrack.demo-data=false "${FILES[@]}" > "$WORK/import-$1.txt"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
echo "== UPR Info import, first run (creates everything)"
WALL1=$(run_import 1)
grep -E "Rows read|Time taken|succeeded|REJECTED|FAILED" "$WORK/import-1.txt"
echo "== UPR Info import, second run (idempotent: nothing changes)"
WALL2=$(run_import 2)
grep -E "Rows read|Time taken" "$WORK/import-2.txt"
JOB1=$(psql -Atc "SELECT extract(epoch FROM finished_at - created_at) FROM import_job ORDER BY id LIMIT 1")
JOB2=$(psql -Atc "SELECT extract(epoch FROM finished_at - created_at) FROM import_job ORDER BY id OFFSET 1 LIMIT 1")

# Since migration V42 the full-text vector is no longer a generated column but is computed by the BEFORE
# trigger recommendation_search_before_write (and the link arrays are copied onto the row), and LIKE does
# not copy triggers: the baseline attaches the same trigger to its copy and loads the link arrays with the
# rows, so that COPY pays the same vector computation and the same GIN index maintenance as the import.
echo "== COPY baseline: the same rows into tables LIKE the real ones (same indexes, same search trigger and arrays)"
psql -q <<SQL
\copy (SELECT document_id, country_id, mechanism_id, paragraph, text, published_on, upr_response, upr_action_category, external_id, theme_ids, affected_group_ids, sdg_goals, recommending_state_ids FROM recommendation ORDER BY id) TO '$WORK/rec.tsv'
\copy (SELECT recommendation_id, theme_id FROM recommendation_theme) TO '$WORK/theme.tsv'
\copy (SELECT recommendation_id, country_id FROM recommendation_recommending_state) TO '$WORK/state.tsv'
CREATE TABLE bench_recommendation (LIKE recommendation INCLUDING ALL);
CREATE TRIGGER bench_search_before_write BEFORE INSERT OR UPDATE ON bench_recommendation
    FOR EACH ROW EXECUTE FUNCTION recommendation_search_before_write();
CREATE TABLE bench_theme (recommendation_id bigint NOT NULL, theme_id bigint NOT NULL REFERENCES theme (id), PRIMARY KEY (recommendation_id, theme_id));
CREATE INDEX ON bench_theme (theme_id);
CREATE TABLE bench_state (recommendation_id bigint NOT NULL, country_id bigint NOT NULL REFERENCES country (id), PRIMARY KEY (recommendation_id, country_id));
CREATE INDEX ON bench_state (country_id);
SQL
start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 <<SQL
BEGIN;
\copy bench_recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on, upr_response, upr_action_category, external_id, theme_ids, affected_group_ids, sdg_goals, recommending_state_ids) FROM '$WORK/rec.tsv'
\copy bench_theme FROM '$WORK/theme.tsv'
\copy bench_state FROM '$WORK/state.tsv'
COMMIT;
SQL
end=$(date +%s.%N)
COPY_SECONDS=$(echo "$end - $start" | bc)
ROWS=$(psql -Atc "SELECT count(*) FROM bench_recommendation")
# For comparison with the figures measured before the loader change: the same COPY without the
# search work (no trigger, no link arrays: no vectors), as this script measured it until then.
psql -q <<SQL
\copy (SELECT document_id, country_id, mechanism_id, paragraph, text, published_on, upr_response, upr_action_category, external_id FROM recommendation ORDER BY id) TO '$WORK/rec-plain.tsv'
CREATE TABLE bench_plain_recommendation (LIKE recommendation INCLUDING ALL);
CREATE TABLE bench_plain_theme (LIKE bench_theme INCLUDING ALL);
CREATE TABLE bench_plain_state (LIKE bench_state INCLUDING ALL);
SQL
start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 <<SQL
BEGIN;
\copy bench_plain_recommendation (document_id, country_id, mechanism_id, paragraph, text, published_on, upr_response, upr_action_category, external_id) FROM '$WORK/rec-plain.tsv'
\copy bench_plain_theme FROM '$WORK/theme.tsv'
\copy bench_plain_state FROM '$WORK/state.tsv'
COMMIT;
SQL
end=$(date +%s.%N)
PLAIN_SECONDS=$(echo "$end - $start" | bc)
# The baseline computed the same vectors as the import (0 expected).
DIFFERENT=$(psql -Atc "SELECT count(*) FROM (SELECT external_id, search_vector::text FROM recommendation EXCEPT ALL SELECT external_id, search_vector::text FROM bench_recommendation) x")
echo "rows whose search vector differs between import and COPY baseline: $DIFFERENT"

printf '\n%-52s %8s\n' "measure" "seconds"
printf '%-52s %8.2f\n' "import, first run: import job (read + validate + write)" "$JOB1"
printf '%-52s %8.2f\n' "import, first run: whole command incl. JVM start-up" "$WALL1"
printf '%-52s %8.2f\n' "import, second run (nothing changes): import job" "$JOB2"
printf '%-52s %8.2f\n' "import, second run: whole command" "$WALL2"
printf '%-52s %8.2f\n' "COPY of the same $ROWS rows + links (psql \\copy)" "$COPY_SECONDS"
printf '%-52s %8.2f\n' "ratio import job / COPY" "$(echo "$JOB1 / $COPY_SECONDS" | bc -l)"
printf '%-52s %8.2f\n' "COPY without the search work (old baseline)" "$PLAIN_SECONDS"
printf '%-52s %8.2f\n' "ratio import job / COPY without the search work" "$(echo "$JOB1 / $PLAIN_SECONDS" | bc -l)"
