#!/usr/bin/env bash
# Long fuzz runs, one harness after another, at low priority:
#
#   scripts/fuzz-long.sh RUNS MAX_SECONDS_EACH [HARNESS...] [-- libFuzzer flags...]
#
# Each harness runs until RUNS executions or MAX_SECONDS_EACH, whichever comes first; its log
# goes to Fuzz/.logs/HARNESS-DATE.log and the summary line (executions, exec/s, result) to
# standard output. Example: scripts/fuzz-long.sh 10000000 3600 numerals tokenize -- -max_len=1024
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: scripts/fuzz-long.sh RUNS MAX_SECONDS_EACH [HARNESS...] [-- flags]" >&2; exit 64; }
runs="$1"; seconds="$2"; shift 2
harnesses=(); flags=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; flags=("$@"); break; fi
  harnesses+=("$1"); shift
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=(numerals tokenize extract jsonl)
mkdir -p Fuzz/.logs
scripts/fuzz.sh build || exit 1
for h in "${harnesses[@]}"; do
  log="Fuzz/.logs/$h-$(date -u +%Y%m%dT%H%M%S).log"
  start=$(date +%s)
  nice -n 10 scripts/fuzz.sh "$h" "$seconds" -runs="$runs" "${flags[@]}" >"$log" 2>&1
  rc=$?
  executed=$(grep -o 'number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  result=ok; [ $rc -eq 0 ] || result="FAILED (exit $rc, see $log)"
  echo "$h: ${executed:-?} executions in $(( $(date +%s) - start )) s, ${rate:-?} exec/s, $result, flags: ${flags[*]:-none}, skip: ${KAZTEXT_FUZZ_SKIP:-none}"
done
