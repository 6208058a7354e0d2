#!/usr/bin/env python3
"""Writes libFuzzer seed corpora from Corpus/ into Fuzz/.seeds/<harness>/ (not committed).

Text harnesses (tokenize, numerals, extract) get each document text cut at sentence-ish
boundaries into pieces of at most MAX bytes; the JSONL harness gets groups of raw lines.
Usage: scripts/fuzz-seeds.py [MAX_BYTES]
"""
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX = int(sys.argv[1]) if len(sys.argv) > 1 else 4096


def pieces(text: str, limit: int):
    """Pieces of text of at most `limit` UTF-8 bytes, cut after '. ' where possible."""
    data = text.encode("utf-8")
    start = 0
    while start < len(data):
        end = min(start + limit, len(data))
        if end < len(data):
            cut = data.rfind(b". ", start, end)
            end = cut + 2 if cut > start else end
            while end > start and (data[end - 1] & 0xC0) == 0x80:
                end -= 1  # never cut inside a character
            if end == start:
                end = min(start + limit, len(data))
        yield data[start:end]
        start = end


def write(folder: pathlib.Path, blob: bytes):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(blob).hexdigest()).write_bytes(blob)


def main():
    seeds = ROOT / "Fuzz" / ".seeds"
    files = sorted((ROOT / "Corpus").rglob("*.jsonl")) + sorted((ROOT / "Corpus").rglob("*.txt"))
    counts = {}
    for path in files:
        raw = path.read_bytes()
        if path.suffix == ".jsonl":
            lines = [line for line in raw.split(b"\n") if line.strip()]
            texts = [json.loads(line)["text"] for line in lines]
            for k in range(0, len(lines), 3):
                group = b"\n".join(lines[k:k + 3]) + b"\n"
                for blob in pieces(group.decode("utf-8"), MAX * 4):
                    write(seeds / "jsonl", blob)
        else:
            texts = [raw.decode("utf-8", "replace")]
        for text in texts:
            for blob in pieces(text, MAX):
                for harness in ("tokenize", "numerals", "extract"):
                    write(seeds / harness, blob)
    for harness in sorted(p.name for p in seeds.iterdir()):
        counts[harness] = len(list((seeds / harness).iterdir()))
    print("seeds:", ", ".join(f"{k} {v}" for k, v in counts.items()), "in", seeds.relative_to(ROOT))


if __name__ == "__main__":
    main()
