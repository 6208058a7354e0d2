#!/usr/bin/env bash
# The identical-output check of a refactor: md5 of `extract` and `tokenize` (JSONL) on every
# Corpus file and on KazNERD valid (one JSONL document per sentence), plus any extra inputs.
# Usage: scripts/output-md5.sh KAZTEXT OUT.md5 [EXTRA_INPUT ...]
# (A binary reads the Lexicons/ of the checkout it was built in; build both in their own checkouts.)
# Compare two builds: run it with each binary, then `diff old.md5 new.md5`.
set -euo pipefail
cd "$(dirname "$0")/.."
kaztext=$1; out=$2; shift 2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$work/kaznerd.jsonl" <<'PY'
import json, sys
docs, cur = [], []
for line in open("../shared/data/kaznerd/IOB2_valid.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        if cur: docs.append(" ".join(cur)); cur = []
        continue
    cur.append(line.rsplit(" ", 1)[0])
if cur: docs.append(" ".join(cur))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, d in enumerate(docs): f.write(json.dumps({"id": f"kn{i}", "text": d}, ensure_ascii=False) + "\n")
PY
: > "$out"
for f in $(find Corpus -name '*.jsonl' -o -name '*.txt' | sort) "$work/kaznerd.jsonl" "$@"; do
  for command in extract tokenize; do
    name=$f; [ "$f" = "$work/kaznerd.jsonl" ] && name="KazNERD valid"
    echo "$("$kaztext" "$command" --format jsonl --quiet "$f" 2>&1 | md5sum | cut -d' ' -f1)  $command $name" >> "$out"
  done
done
echo "output-md5: $(wc -l < "$out") outputs in $out"
