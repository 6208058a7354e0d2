#!/usr/bin/env python3
"""Builds Corpus/latin/{latn2021,latn2018,homoglyph}/*.jsonl from the Cyrillic gold files.

The Latin versions come from `kaztext transliterate --to latn2021|latn2018` (JSONL output,
whose "changes" give each changed token's range in both texts); every gold offset (span
start/end, QUOTE speaker) is moved through those changes. The homoglyph version replaces
Cyrillic letters by Latin look-alikes one for one (offsets unchanged) in every second word,
keeping at least one Cyrillic letter in each word, as mixed-up keyboards do.

Usage: python3 scripts/latin-corpus.py [path/to/kaztext]   (run from the package root)
"""
import json, subprocess, sys, os

KAZTEXT = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/kaztext"
SOURCES = {
    # name: (files merged into one gold document set; the first gives text and order)
    "seed": ["Corpus/numbers/seed.jsonl", "Corpus/leaders/seed.jsonl", "Corpus/quotes/seed.jsonl"],
    "numbers": ["Corpus/numbers/news-web.jsonl"],
    "quotes": ["Corpus/quotes/news.jsonl"],
}
# Cyrillic letter -> Latin look-alike (the inverse of Lexicons/homoglyphs.tsv, one for one).
LOOKALIKES = {"а": "a", "с": "c", "е": "e", "о": "o", "р": "p", "х": "x", "у": "y", "к": "k",
              "і": "i", "һ": "h", "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I",
              "К": "K", "М": "M", "О": "O", "Р": "P", "Т": "T", "Х": "X", "ә": "ə", "Ә": "Ə", "ө": "ɵ"}


def load(paths):
    docs, order = {}, []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            if d["id"] not in docs:
                docs[d["id"]] = {"id": d["id"], "text": d["text"], "spans": []}
                if "date" in d:
                    docs[d["id"]]["date"] = d["date"]
                order.append(d["id"])
            assert docs[d["id"]]["text"] == d["text"], d["id"]
            known = {json.dumps(s, sort_keys=True) for s in docs[d["id"]]["spans"]}
            for s in d["spans"]:
                if json.dumps(s, sort_keys=True) not in known:
                    docs[d["id"]]["spans"].append(s)
    for d in docs.values():
        d["spans"].sort(key=lambda s: (s["start"], -s["end"]))
    return [docs[i] for i in order]


def transliterate(docs, target):
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n" for d in docs)
    out = subprocess.run([KAZTEXT, "transliterate", "--to", target, "--input-format", "jsonl", "-"],
                         input=payload.encode(), capture_output=True, check=True).stdout.decode()
    return [json.loads(line) for line in out.splitlines()]


def mover(changes):
    def move(offset, is_end):
        shift = 0
        for c in changes:
            if offset < c["start"] or (is_end and offset == c["start"]):
                break
            if offset < c["end"] or (is_end and offset == c["end"]):
                if offset == c["start"]:
                    return c["to_start"]
                if offset == c["end"]:
                    return c["to_end"]
                return min(c["to_start"] + offset - c["start"], c["to_end"])  # inside a token
            shift = c["to_end"] - c["end"]
        return offset + shift
    return move


def homoglyph_text(text):
    out, word, index = [], [], 0

    def flush():
        nonlocal index
        if word:
            if index % 2 == 1:
                cyr = [k for k, ch in enumerate(word) if "\u0400" <= ch <= "\u04ff"]
                swap = [k for k in cyr if word[k] in LOOKALIKES]
                if len(cyr) - len(swap) < 1:
                    swap = swap[1:]  # keep one Cyrillic letter
                for k in swap[::2] or swap[:1]:
                    word[k] = LOOKALIKES[word[k]]
            out.append("".join(word))
            word.clear()
            index += 1

    for ch in text:
        if ch.isalpha():
            word.append(ch)
        else:
            flush()
            out.append(ch)
    flush()
    return "".join(out)


def write(path, docs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            for s in d["spans"]:
                assert d["text"][s["start"]:s["end"]] == s["text"], (d["id"], s)
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


def main():
    for name, paths in SOURCES.items():
        docs = load(paths)
        for target in ("latn2021", "latn2018"):
            converted = transliterate(docs, target)
            result = []
            for d, c in zip(docs, converted):
                assert c["id"] == d["id"]
                move = mover(c["changes"])
                spans = []
                for s in d["spans"]:
                    t = dict(s)
                    t["start"], t["end"] = move(s["start"], False), move(s["end"], True)
                    t["text"] = c["text"][t["start"]:t["end"]]
                    if "speaker" in s:
                        t["speaker"] = [move(s["speaker"][0], False), move(s["speaker"][1], True)]
                    spans.append(t)
                doc = {"id": d["id"], **({"date": d["date"]} if "date" in d else {}), "text": c["text"], "spans": spans}
                result.append(doc)
            write(f"Corpus/latin/{target}/{name}.jsonl", result)
        mixed = []
        for d in docs:
            text = homoglyph_text(d["text"])
            assert len(text) == len(d["text"])
            spans = [dict(s, text=text[s["start"]:s["end"]]) for s in d["spans"]]
            mixed.append({"id": d["id"], **({"date": d["date"]} if "date" in d else {}), "text": text, "spans": spans})
        write(f"Corpus/latin/homoglyph/{name}.jsonl", mixed)
        write(f"Corpus/latin/cyrl/{name}.jsonl", docs)


if __name__ == "__main__":
    main()
