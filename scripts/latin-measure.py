#!/usr/bin/env python3
"""Per-label F1 of the Latin 2021, Latin 2018 and homoglyph versions in Corpus/latin/ against
the Cyrillic originals (Corpus/latin/cyrl/), from `kaztext eval`.

Usage: python3 scripts/latin-measure.py [path/to/kaztext]   (run from the package root)
"""
import subprocess, sys

KAZTEXT = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/kaztext"
LABELS = {"seed": "CARDINAL,ORDINAL,MONEY,PERCENTAGE,QUANTITY,PERSON,POSITION,QUOTE",
          "numbers": "CARDINAL,ORDINAL,MONEY,PERCENTAGE,QUANTITY", "quotes": "PERSON,POSITION,QUOTE"}
VARIANTS = ["cyrl", "latn2021", "latn2018", "homoglyph"]


def scores(path, labels):
    out = subprocess.run([KAZTEXT, "eval", "--gold", path, "--labels", labels], capture_output=True, text=True, check=True).stdout
    table, extra = {}, []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 7 and parts[1].isdigit():
            table[parts[0]] = float(parts[6])
        elif line.startswith(("values", "leaders", "speakers")):
            extra.append(line)
    return table, extra


worst = 0.0
for name, labels in LABELS.items():
    results = {v: scores(f"Corpus/latin/{v}/{name}.jsonl", labels) for v in VARIANTS}
    print(f"## {name} (labels {labels})")
    print("label".ljust(12) + "".join(v.rjust(11) for v in VARIANTS))
    for label in results["cyrl"][0]:
        row = [results[v][0].get(label, 0.0) for v in VARIANTS]
        worst = max(worst, *(row[0] - x for x in row[1:]))
        print(label.ljust(12) + "".join(f"{x:11.2f}" for x in row))
    for v in VARIANTS:
        for line in results[v][1]:
            print(f"  {v}: {line}")
print(f"largest F1 drop below the Cyrillic original: {worst:.2f} points")
