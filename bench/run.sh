#!/usr/bin/env bash
# Benchmark of the consultation rubriques at volume: 1,000,000 salariés and 5,000,000 appels de cotisation.
#
#   bench/run.sh            # first run: builds, generates the volume (several minutes), then measures
#   BENCH_DUREE=30s bench/run.sh
#
# Everything it writes lives under var/bench/ (ignored by git); delete that folder to generate again.
# Portal, database and load generator share the machine, as the targets of issue 4 assume.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DIR=${BENCH_DIR:-var/bench}
PG_PORT=${BENCH_PG_PORT:-55432}
PORT=${BENCH_PORT:-7180}
DUREE=${BENCH_DUREE:-15s}
BASE="http://127.0.0.1:$PORT"
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
CP='bootstrap/target/lib/*'
mkdir -p "$BENCH_DIR"
JOURNAL="$BENCH_DIR/portail.log"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
if [ ! -f bootstrap/target/espace-entreprise.jar ]; then
  ./mvnw -q -B package -DskipTests
fi

PG_PID=""; PORTAIL_PID=""
arreter() {
  [ -n "$PORTAIL_PID" ] && kill "$PORTAIL_PID" 2>/dev/null && wait "$PORTAIL_PID" 2>/dev/null || true
  [ -n "$PG_PID" ] && kill "$PG_PID" 2>/dev/null && wait "$PG_PID" 2>/dev/null || true
}
trap arreter EXIT

attendre() { # attendre URL SECONDES
  local fin=$((SECONDS + $2))
  until curl -fs -o /dev/null "$1"; do
    [ $SECONDS -lt $fin ] || { echo "No answer from $1 after $2 s (see $JOURNAL)" >&2; exit 1; }
    sleep 0.2
  done
}

demarrer_portail() {
  ESPACE_DB_URL="$JDBC" ESPACE_DEMO_DATA="${1:-false}" ESPACE_PORT=$PORT ESPACE_DATA_DIR="$BENCH_DIR" \
    java -jar bootstrap/target/espace-entreprise.jar >>"$JOURNAL" 2>&1 &
  PORTAIL_PID=$!
  attendre "$BASE/health/ready" 120
}

arreter_portail() {
  kill "$PORTAIL_PID"; wait "$PORTAIL_PID" 2>/dev/null || true; PORTAIL_PID=""
}

java -cp "$CP" bench/BaseDeBench.java demarrer "$BENCH_DIR/pgdata" "$PG_PORT" >>"$BENCH_DIR/postgres.log" 2>&1 &
PG_PID=$!
until grep -q "PostgreSQL ready" "$BENCH_DIR/postgres.log" 2>/dev/null; do
  kill -0 "$PG_PID" 2>/dev/null || { echo "PostgreSQL did not start (see $BENCH_DIR/postgres.log)" >&2; exit 1; }
  sleep 0.5
done

if [ ! -f "$BENCH_DIR/volume.ok" ]; then
  echo "Migrating and seeding the demo data…"
  demarrer_portail true
  arreter_portail
  echo "Generating 1,000,000 salariés and 5,000,000 appels (several minutes)…"
  java -cp "$CP" bench/BaseDeBench.java sql "$JDBC" bench/volume.sql
  touch "$BENCH_DIR/volume.ok"
fi

# Cold start: the first attestation is timed right after the portal answers ready.
debut=$(date +%s%N)
demarrer_portail false
demarrage_ms=$(( ($(date +%s%N) - debut) / 1000000 ))

jeton=$(curl -fs -X POST "$BASE/api/v1/sessions" -H 'Content-Type: application/json' \
  -d '{"numeroAdherent":"10000001","motDePasse":"Demo-Entreprise-2026"}' | sed -n 's/.*"jeton":"\([^"]*\)".*/\1/p')
[ -n "$jeton" ] || { echo "Login of 10000001 failed" >&2; exit 1; }
AUTH="Authorization: Bearer $jeton"
entreprise=$(curl -fs -H "$AUTH" "$BASE/api/v1/entreprises" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
salarie=$(curl -fs -H "$AUTH" "$BASE/api/v1/entreprises/$entreprise/salaries?taille=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
premiere_attestation=$(curl -fs -o /dev/null -w '%{time_total}' -H "$AUTH" "$BASE/api/v1/salaries/$salarie/attestation")

# The contrat of the demo entreprise whose appels are closest to 1,000: the export measured.
meilleur=""; ecart_min=999999; lignes_export=0
for contrat in $(curl -fs -H "$AUTH" "$BASE/api/v1/entreprises/$entreprise/contrats" | grep -o '"id":"[^"]*"' | cut -d'"' -f4); do
  n=$(( $(curl -fs -H "$AUTH" "$BASE/api/v1/entreprises/$entreprise/cotisations/export?format=csv&contratId=$contrat" | wc -l) - 1 ))
  ecart=$(( n > 1000 ? n - 1000 : 1000 - n ))
  if [ $n -gt 0 ] && [ $ecart -lt $ecart_min ]; then meilleur=$contrat; ecart_min=$ecart; lignes_export=$n; fi
done

lignes_toutes=$(( $(curl -fs -H "$AUTH" "$BASE/api/v1/entreprises/$entreprise/cotisations/export?format=csv" | wc -l) - 1 ))

mesurer() { # mesurer CONNEXIONS DUREE URL → "rps p50 p95 p99 erreurs"
  wrk -t"$(( $1 < 2 ? 1 : 2 ))" -c"$1" -d"$2" -s bench/mesure.lua -H "$AUTH" -H 'Accept-Language: fr' "$3" | sed -n 's/^MESURE //p'
}
ligne() { # ligne LIBELLE "rps p50 p95 p99 erreurs"
  set -- "$1" $2
  printf '| %-44s | %9s | %8s | %8s | %8s | %6s |\n' "$1" "$2" "$3" "$4" "$5" "$6"
}

echo "Warming up…"
mesurer 8 10s "$BASE/salaries" >/dev/null
mesurer 8 10s "$BASE/cotisations" >/dev/null
mesurer 1 3s "$BASE/api/v1/salaries/$salarie/attestation" >/dev/null

printf '\nEspace Entreprise benchmark — %s, %s cores, %s per run\n' "$(date -u +%FT%TZ)" "$(nproc)" "$DUREE"
printf 'Start to ready: %d ms; first attestation after start: %s ms\n\n' \
  "$demarrage_ms" "$(awk -v s="$premiere_attestation" 'BEGIN { printf "%.0f", s * 1000 }')"
printf '| %-44s | %9s | %8s | %8s | %8s | %6s |\n' "request (connections)" "req/s" "p50 ms" "p95 ms" "p99 ms" "errors"
printf '|%s|%s|%s|%s|%s|%s|\n' "----------------------------------------------" "-----------" "----------" "----------" "----------" "--------"
for c in 8 32; do
  ligne "GET /health ($c)" "$(mesurer $c "$DUREE" "$BASE/health")"
  ligne "GET /salaries, 100,000 in the company ($c)" "$(mesurer $c "$DUREE" "$BASE/salaries")"
  ligne "GET /cotisations ($c)" "$(mesurer $c "$DUREE" "$BASE/cotisations")"
done
ligne "GET attestation PDF (1)" "$(mesurer 1 "$DUREE" "$BASE/api/v1/salaries/$salarie/attestation")"
if [ -n "$meilleur" ]; then
  ligne "GET export PDF, $lignes_export appels (1)" \
    "$(mesurer 1 "$DUREE" "$BASE/api/v1/entreprises/$entreprise/cotisations/export?contratId=$meilleur")"
fi
ligne "GET export PDF, all $lignes_toutes appels (1)" \
  "$(mesurer 1 "$DUREE" "$BASE/api/v1/entreprises/$entreprise/cotisations/export")"
