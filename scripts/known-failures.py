#!/usr/bin/env python3
"""Lists the Corpus documents (numbers, leaders, quotes) whose `kaztext extract` output differs
from their gold, one line each as Corpus/known-failures.tsv wants it: `folder/file#id`, then what
differs. Usage: scripts/known-failures.py KAZTEXT > Corpus/known-failures.tsv (then read every
line: a known failure is a decision, not a formality)."""
import json, subprocess, sys, glob, os

kaztext = sys.argv[1]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
fields = ["value", "max", "approx", "unit", "leader"]

def describe(span, text):
    s = f"{span['label']} «{text[span['start']:span['end']]}»"
    s += "".join(f" {k}={span[k]}" for k in fields if span.get(k) is not None)
    if span.get("speaker"):
        a, b = span["speaker"]; s += f" speaker=«{text[a:b]}»"
    return s

print("# Corpus documents known to differ from their gold (CorpusExampleTests expects them to fail,")
print("# and fails when one passes). Columns: folder/file#id, then what differs (- missing, + extra).")
for folder in ["numbers", "leaders", "quotes"]:
    for path in sorted(glob.glob(os.path.join(root, "Corpus", folder, "*.jsonl"))):
        gold = [json.loads(l) for l in open(path, encoding="utf-8")]
        labels = {s["label"] for d in gold for s in d.get("spans", [])}
        out = subprocess.run([kaztext, "extract", "--format", "jsonl", path], capture_output=True, check=True).stdout
        for g, p in zip(gold, [json.loads(l) for l in out.decode().splitlines()]):
            key = lambda s: json.dumps([s["start"], s["end"], s["label"]] + [s.get(k) for k in fields + ["speaker"]])
            gs = {key(s): s for s in g.get("spans", []) if s["label"] in labels}
            ps = {key(s): s for s in p.get("spans", []) if s["label"] in labels}
            missing = [describe(gs[k], g["text"]) for k in gs if k not in ps]
            extra = [describe(ps[k], g["text"]) for k in ps if k not in gs]
            if missing or extra:
                print(f"{folder}/{os.path.basename(path)}#{g['id']}\t" + "; ".join([f"- {m}" for m in missing] + [f"+ {e}" for e in extra]))
