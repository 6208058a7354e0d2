#!/usr/bin/env python3
"""Split KazNERD IOB2 sentences into two fixed halves by a hash of each sentence's text.

Rule (issue 18): a sentence's tokens joined by single spaces, SHA-1 of its UTF-8 bytes;
first hex digit in 0-7 -> half A (tune: errors may be read), 8-f -> half B (measure only).

Usage: scripts/kaznerd-halves.py IOB2_valid.txt OUTDIR   (writes OUTDIR/kn-A.iob2, OUTDIR/kn-B.iob2)
"""
import hashlib
import os
import sys


def sentences(path):
    block = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() == "":
                if block:
                    yield block
                block = []
            else:
                block.append(line)
    if block:
        yield block


def half(block):
    tokens = [line.rsplit(" ", 1)[0] if " " in line else line for line in block]
    digest = hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest()
    return "A" if digest[0] in "01234567" else "B"


def main():
    if len(sys.argv) != 3:
        sys.stderr.write(__doc__)
        return 64
    source, outdir = sys.argv[1], sys.argv[2]
    if not os.path.isfile(source):
        sys.stderr.write(f"{source}: no such file\n")
        return 66
    os.makedirs(outdir, exist_ok=True)
    outs = {h: open(os.path.join(outdir, f"kn-{h}.iob2"), "w", encoding="utf-8") for h in "AB"}
    counts = {"A": 0, "B": 0}
    for block in sentences(source):
        h = half(block)
        counts[h] += 1
        outs[h].write("\n".join(block) + "\n\n")
    for f in outs.values():
        f.close()
    print(f"half A: {counts['A']} sentences, half B: {counts['B']} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
