#!/usr/bin/env bash
# Runs the Spark job in local mode on 20,000 KazNERD documents and checks its output is the
# same, document by document (by id), as one `kaztext extract` process over the same input.
#
#   scripts/spark/test_spark.sh [--bench ROUNDS]
#
# Needs python3 with pyspark and Java 17+. KAZTEXT=path uses that binary (default: a release
# build of this package). KAZNERD=path points at IOB2_valid.txt (default: ../shared/data/...).
# --bench ROUNDS then times ROUNDS alternated runs of each (one process vs Spark local[2]).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=0
[ "${1:-}" = --bench ] && rounds="${2:-3}"

kaznerd="${KAZNERD:-../shared/data/kaznerd/IOB2_valid.txt}"
[ -f "$kaznerd" ] || { echo "test_spark: $kaznerd not found (set KAZNERD)" >&2; exit 66; }
if [ -z "${KAZTEXT:-}" ]; then
  swift build -c release --product kaztext >&2
  KAZTEXT="$(swift build -c release --show-bin-path)/kaztext"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Input: 20,000 documents in four files, one of them gzip-compressed.
python3 scripts/spark/kaznerd_jsonl.py "$kaznerd" 20000 "$work/all.jsonl"
mkdir "$work/in"
split -n l/4 -d --additional-suffix=.jsonl "$work/all.jsonl" "$work/in/part-"
gzip "$work/in/part-03.jsonl"

run_spark() {
  rm -rf "$work/out"
  python3 scripts/spark/kaztext_spark.py --master 'local[2]' --kaztext "$KAZTEXT" "$work/in" "$work/out" 2>"$work/spark.log" \
    || { tail -40 "$work/spark.log" >&2; return 1; }
}
run_single() { "$KAZTEXT" extract --input-format jsonl "$work/all.jsonl" >"$work/single.jsonl"; }

run_single
run_spark
python3 scripts/spark/compare_by_id.py "$work/single.jsonl" "$work/out"

# Timing: alternated runs; the Spark figure includes starting the JVM and the session.
for ((k = 1; k <= rounds; k++)); do
  s0=$(date +%s.%N); run_single; s1=$(date +%s.%N)
  run_spark; s2=$(date +%s.%N)
  job=$(grep -o 'job [0-9.]* s' "$work/spark.log" | grep -o '[0-9.]*')
  awk -v a="$s0" -v b="$s1" -v c="$s2" -v j="$job" -v k="$k" 'BEGIN {
    printf "round %d: one process %.2f s; spark local[2] %.2f s with JVM and session start, job %.2f s (ratios %.2f, %.2f)\n",
      k, b - a, c - b, j, (c - b) / (b - a), j / (b - a) }'
done
