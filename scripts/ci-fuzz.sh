#!/usr/bin/env bash
# CI: builds the libFuzzer harnesses and runs each for a short smoke time (FUZZ_SMOKE_SECONDS,
# default 20). Skips, saying so, when the Swift toolchain cannot build a fuzzer here.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SMOKE_SECONDS:-20}"

probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
cat >"$probe/probe.swift" <<'SWIFT'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { 0 }
SWIFT
if ! swiftc -sanitize=fuzzer,address -parse-as-library "$probe/probe.swift" -o "$probe/probe" >"$probe/log" 2>&1; then
  echo "ci-fuzz: SKIPPED: this Swift toolchain cannot build libFuzzer harnesses (-sanitize=fuzzer,address):" >&2
  grep -v "Cannot export local symbol" "$probe/log" | tail -5 >&2
  exit 0
fi

# Every property is checked; KAZTEXT_FUZZ_SKIP=edge-whitespace,jsonl-text skips those of
# bugs fixed on the io branch, for a checkout without it (docs/notes/fuzz.md).
export KAZTEXT_FUZZ_SKIP="${KAZTEXT_FUZZ_SKIP-}"
scripts/fuzz.sh build || { echo "ci-fuzz: the harnesses do not build" >&2; exit 1; }
status=0
for harness in tokenize numerals extract jsonl; do
  log="$probe/$harness.log"
  if scripts/fuzz.sh "$harness" "$seconds" -artifact_prefix="$probe/$harness-" >"$log" 2>&1; then
    echo "ci-fuzz: $harness: $(grep -o 'number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions in ${seconds} s, no failure (skipped properties: ${KAZTEXT_FUZZ_SKIP:-none})"
  else
    echo "ci-fuzz: $harness FAILED; the input that failed:" >&2
    grep -v -e '^#' -e '^INFO' "$log" | tail -30 >&2
    for crash in "$probe/$harness-"*; do [ -f "$crash" ] && base64 -w0 "$crash" >&2 && echo >&2; done
    status=1
  fi
done
exit $status
