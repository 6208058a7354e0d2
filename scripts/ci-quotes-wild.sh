#!/usr/bin/env bash
# CI step: validate the blind dev set Corpus/quotes-wild (annotator 1's checker covers every file).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null 2>&1; then
    echo "ci-quotes-wild: SKIPPED, python3 is not installed (scripts/check-gold.py not run)"
    exit 0
fi
python3 scripts/check-gold.py
