#!/usr/bin/env bash
# CI: runs the Spark job test (scripts/spark/test_spark.sh) when PySpark and Java are usable;
# installs PySpark from PyPI when it is missing. Says plainly when it skips.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! command -v java >/dev/null 2>&1; then
  echo "ci-spark: SKIPPED: no java on this machine (PySpark needs Java 17+)" >&2
  exit 0
fi
if ! python3 -c 'import pyspark' >/dev/null 2>&1; then
  echo "ci-spark: installing pyspark" >&2
  if ! python3 -m pip install -q pyspark >&2; then
    echo "ci-spark: SKIPPED: pyspark could not be installed" >&2
    exit 0
  fi
fi
if [ ! -f ../shared/data/kaznerd/IOB2_valid.txt ] && [ -z "${KAZNERD:-}" ]; then
  echo "ci-spark: SKIPPED: ../shared/data/kaznerd/IOB2_valid.txt not found (set KAZNERD)" >&2
  exit 0
fi
exec scripts/spark/test_spark.sh
