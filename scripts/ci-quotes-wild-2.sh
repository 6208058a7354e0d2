#!/usr/bin/env bash
# CI: checks the gold files of Corpus/quotes-wild, annotator 2 (offsets, text, order, speakers,
# leaders, layouts, split, unique ids) with scripts/check-gold-2.py.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v python3 >/dev/null 2>&1; then
    echo "ci-quotes-wild-2: python3 not found; the quotes-wild gold check is SKIPPED"
    exit 0
fi
python3 scripts/check-gold-2.py
