#!/usr/bin/env bash
# Runs the Spark job in local mode on 20,000 KazNERD documents and checks its output is the
# same, document by document (by id), as one `kaztext extract` process over the same input.
#
#   scripts/spark/test_spark.sh [--bench ROUNDS [COPIES]]
#
# Needs python3 with pyspark and Java 17+. KAZTEXT=path uses that binary (default: a release
# build of this package). KAZNERD=path points at IOB2_valid.txt (default: ../shared/data/...).
# --bench ROUNDS then times ROUNDS alternated runs of each (one process vs Spark local[2]) on
# COPIES copies of the 20,000 documents (default 10, about 46 MB, ids made distinct), checking
# the outputs again after each Spark run.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=0
copies=10
if [ "${1:-}" = --bench ]; then rounds="${2:-3}"; copies="${3:-10}"; fi

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

run_spark() {  # [--via jvm|python]
  rm -rf "$work/out"
  python3 scripts/spark/kaztext_spark.py --master 'local[2]' --kaztext "$KAZTEXT" ${SPARK_JOB_ARGS---partitions 2} "$@" "$work/in" "$work/out" 2>"$work/spark.log" \
    || { tail -40 "$work/spark.log" >&2; return 1; }
}
run_single() { "$KAZTEXT" extract --input-format jsonl "$work/all.jsonl" >"$work/single.jsonl"; }

run_single
for via in jvm python; do
  run_spark --via "$via"
  echo -n "spark local[2] --via $via: "
  python3 scripts/spark/compare_by_id.py "$work/single.jsonl" "$work/out"
done

# Timing: alternated runs; the Spark figure includes starting the JVM and the session.
if [ "$rounds" -gt 0 ]; then
  python3 - "$work/all.jsonl" "$copies" >"$work/big.jsonl" <<'PY'
import json, sys
docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
for c in range(int(sys.argv[2])):
    for d in docs:
        print(json.dumps({"id": f"{d['id']}-c{c}", "text": d["text"]}, ensure_ascii=False))
PY
  mv "$work/big.jsonl" "$work/all.jsonl"
  rm -rf "$work/in" && mkdir "$work/in"
  split -n l/8 -d --additional-suffix=.jsonl "$work/all.jsonl" "$work/in/part-"
  echo "bench: $(wc -l <"$work/all.jsonl") documents, $(du -m "$work/all.jsonl" | cut -f1) MB, in 8 files"
fi
for ((k = 1; k <= rounds; k++)); do
  s0=$(date +%s.%N); run_single; s1=$(date +%s.%N)
  run_spark; s2=$(date +%s.%N)
  python3 scripts/spark/compare_by_id.py "$work/single.jsonl" "$work/out" >/dev/null
  job=$(grep -o 'job [0-9.]* s' "$work/spark.log" | grep -o '[0-9.]*')
  awk -v a="$s0" -v b="$s1" -v c="$s2" -v j="$job" -v k="$k" 'BEGIN {
    printf "round %d: one process %.2f s; spark local[2] %.2f s with JVM and session start, job %.2f s (ratios %.2f, %.2f)\n",
      k, b - a, c - b, j, (c - b) / (b - a), j / (b - a) }'
done
