#!/usr/bin/env python3
"""Checks that two sets of JSONL files hold the same documents, compared by id.

Usage: compare_by_id.py EXPECTED.jsonl ACTUAL_DIR_OR_FILE...
Every id must appear once on each side with an identical JSON object (and identical line).
Exits 1 with the first differences listed otherwise.
"""
import gzip
import json
import pathlib
import sys


def lines(path):
    path = pathlib.Path(path)
    files = sorted(p for p in path.rglob("part-*") if not p.name.endswith(".crc")) if path.is_dir() else [path]
    for f in files:
        opener = gzip.open if f.name.endswith(".gz") else open
        with opener(f, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield line.rstrip("\n")


def by_id(paths, side):
    docs = {}
    for path in paths:
        for line in lines(path):
            doc = json.loads(line)
            key = doc.get("id")
            if key in docs:
                sys.exit(f"{side}: id {key!r} appears twice")
            docs[key] = (line, doc)
    return docs


def main():
    expected = by_id([sys.argv[1]], "expected")
    actual = by_id(sys.argv[2:], "actual")
    problems = []
    for key in sorted(set(expected) | set(actual), key=str):
        if key not in actual:
            problems.append(f"missing from the Spark output: {key}")
        elif key not in expected:
            problems.append(f"only in the Spark output: {key}")
        elif expected[key][1] != actual[key][1] or expected[key][0] != actual[key][0]:
            problems.append(f"differs: {key}")
    if problems:
        print(f"{len(problems)} differences; first ones:", *problems[:10], sep="\n  ")
        sys.exit(1)
    print(f"identical: {len(expected)} documents, compared by id")


if __name__ == "__main__":
    main()
