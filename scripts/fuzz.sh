#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/ (address sanitizer) and runs one for N seconds.
#
#   scripts/fuzz.sh HARNESS SECONDS [libFuzzer flags...]
#   scripts/fuzz.sh build            # only build
#
# HARNESS is tokenize, numerals, extract or jsonl. Seeds come from Corpus/ (written to
# Fuzz/.seeds/HARNESS by scripts/fuzz-seeds.py); new inputs go to Fuzz/.corpus/HARNESS and
# crashes to Fuzz/.artifacts/. Defaults: -max_len=4096 -timeout=30 -rss_limit_mb=2048; later
# The harnesses reach internal rule types (the numeral parser), so the library is built with
# -enable-testing and imported @testable.
# flags win (e.g. -runs=10000000). KAZTEXT_FUZZ_SKIP=edge-whitespace,jsonl-text skips the
# properties of known open bugs (see docs/notes/fuzz.md).
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  swift build --package-path Fuzz/Harnesses -c release \
    --sanitize=address -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing 2>&1 \
    | grep -v -e "Cannot export local symbol '__asan" -e '^\[' >&2 || true
  local bin
  bin="$(swift build --package-path Fuzz/Harnesses -c release --sanitize=address -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing --show-bin-path)"
  for h in tokenize numerals extract jsonl; do
    [ -x "$bin/fuzz-$h" ] || { echo "fuzz.sh: build failed: $bin/fuzz-$h missing" >&2; exit 1; }
  done
  echo "$bin"
}

if [ "${1:-}" = build ]; then build >/dev/null; exit 0; fi
if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh tokenize|numerals|extract|jsonl SECONDS [libFuzzer flags...]" >&2
  exit 64
fi
harness="$1"; seconds="$2"; shift 2
case "$harness" in tokenize|numerals|extract|jsonl) ;; *) echo "fuzz.sh: unknown harness '$harness'" >&2; exit 64 ;; esac

bin="$(build)"
[ -d "Fuzz/.seeds/$harness" ] || python3 scripts/fuzz-seeds.py >&2
mkdir -p "Fuzz/.corpus/$harness" Fuzz/.artifacts
export KAZTEXT_LEXICONS="${KAZTEXT_LEXICONS:-$PWD/Lexicons}"
# Swift's own crash backtracer reads memory that ASan guards; libFuzzer reports crashes itself.
export SWIFT_BACKTRACE=enable=no
exec "$bin/fuzz-$harness" -max_len=4096 -timeout=30 -rss_limit_mb=2048 \
  -max_total_time="$seconds" -print_final_stats=1 \
  -artifact_prefix="Fuzz/.artifacts/$harness-" \
  "$@" "Fuzz/.corpus/$harness" "Fuzz/.seeds/$harness"
