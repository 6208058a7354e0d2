#!/usr/bin/env python3
"""Writes N JSONL documents made from KazNERD's IOB2 file, for the Spark test.

Each sentence's tokens are joined by single spaces, as `kaztext eval` reads IOB2. The file has
about 11,000 sentences; after the one-sentence documents come two-sentence ones (sentence k and
k+1), so N = 20,000 gives distinct texts. Ids: kaznerd-NNNNN.

Usage: kaznerd_jsonl.py IOB2_FILE N OUT.jsonl
"""
import json
import sys


def sentences(path):
    tokens = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield " ".join(tokens)
                    tokens = []
                continue
            tokens.append(line.rsplit(" ", 1)[0] if " " in line else line)
    if tokens:
        yield " ".join(tokens)


def main():
    iob2, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    singles = list(sentences(iob2))
    texts = singles + [a + " " + b for a, b in zip(singles, singles[1:])]
    if count > len(texts):
        sys.exit(f"{iob2}: only {len(texts)} documents can be made, {count} asked")
    with open(out, "w", encoding="utf-8") as f:
        for k, text in enumerate(texts[:count], 1):
            f.write(json.dumps({"id": f"kaznerd-{k:05d}", "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
