#!/usr/bin/env python3
"""Check gold JSONL files of Corpus/quotes-wild (or any QUOTE/PERSON/POSITION gold file).

Usage: python3 scripts/check-gold.py FILE.jsonl [FILE.jsonl ...]
       python3 scripts/check-gold.py            (all of Corpus/quotes-wild/*/*.jsonl)

Checks, per document: valid JSON with id, text, source, genre, spans; ids unique over all
files given; the file's folder (tune/check) agrees with the split rule
sha1(id)[0] in "01234" -> check, and the file name with the document's genre; every span has
integer offsets inside the text, text[start:end] equal to its `text`, no whitespace at its
edges, a label in {QUOTE, PERSON, POSITION}; spans sorted by start, then longer first;
PERSON/POSITION spans do not overlap one another and cover whole words; every `speaker`
is [start, end] of a PERSON or POSITION span of the same document, and a QUOTE's `leader`
equals that span's leader; every `leader` id is in Lexicons/leaders.tsv; `quote_layouts`
has one entry per QUOTE. Prints counts per file and half, and exits 65 (EX_DATAERR) on the
first file with problems listed, 0 when everything passes.
"""
import glob
import hashlib
import json
import os
import sys

LABELS = {"QUOTE", "PERSON", "POSITION"}
SPLIT_CHECK = "01234"


def package_root():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def leader_ids(root):
    ids = set()
    with open(os.path.join(root, "Lexicons", "leaders.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            ids.add(line.split("\t", 1)[0])
    return ids


def half_of(doc_id):
    return "check" if hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[0] in SPLIT_CHECK else "tune"


def is_word_char(c):
    return c.isalnum()


def check_span(text, span, where, problems):
    for key in ("start", "end", "label", "text"):
        if key not in span:
            problems.append(f"{where}: span without {key}")
            return False
    start, end = span["start"], span["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        problems.append(f"{where}: bad offsets [{start}, {end}) for a text of {len(text)}")
        return False
    if text[start:end] != span["text"]:
        problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, span says {span['text']!r}")
    if span["text"] != span["text"].strip():
        problems.append(f"{where}: whitespace at an edge of {span['text']!r}")
    if span["label"] not in LABELS:
        problems.append(f"{where}: label {span['label']!r} not in {sorted(LABELS)}")
    if span["label"] in ("PERSON", "POSITION"):
        if start > 0 and is_word_char(text[start - 1]) or end < len(text) and is_word_char(text[end]):
            problems.append(f"{where}: {span['text']!r} does not cover whole words")
    return True


def check_document(doc, where, leaders, problems):
    for key in ("id", "text", "source", "genre", "spans"):
        if key not in doc:
            problems.append(f"{where}: no {key}")
            return
    text, spans = doc["text"], doc["spans"]
    good = [s for i, s in enumerate(spans) if check_span(text, s, f"{where} span {i}", problems)]
    keys = [(s["start"], -(s["end"] - s["start"])) for s in good]
    if keys != sorted(keys):
        problems.append(f"{where}: spans not sorted by start, then longer first")
    names = sorted((s for s in good if s["label"] in ("PERSON", "POSITION")), key=lambda s: s["start"])
    for a, b in zip(names, names[1:]):
        if b["start"] < a["end"]:
            problems.append(f"{where}: {a['text']!r} and {b['text']!r} overlap")
    by_offsets = {(s["start"], s["end"]): s for s in names}
    for s in good:
        if "leader" in s and s["leader"] not in leaders:
            problems.append(f"{where}: leader {s['leader']!r} not in Lexicons/leaders.tsv")
        if s["label"] != "QUOTE":
            if "speaker" in s:
                problems.append(f"{where}: speaker on a {s['label']} span")
            continue
        if "speaker" in s:
            target = by_offsets.get(tuple(s["speaker"]))
            if target is None:
                problems.append(f"{where}: speaker {s['speaker']} of {s['text'][:30]!r} is no PERSON/POSITION span")
            elif s.get("leader") != target.get("leader"):
                problems.append(f"{where}: quote leader {s.get('leader')!r} differs from its speaker's {target.get('leader')!r}")
        elif "leader" in s:
            problems.append(f"{where}: quote with a leader but no speaker")
    quotes = sum(1 for s in good if s["label"] == "QUOTE")
    if len(doc.get("quote_layouts", [])) != quotes:
        problems.append(f"{where}: {len(doc.get('quote_layouts', []))} quote_layouts for {quotes} QUOTE spans")


def check_file(path, leaders, seen_ids, problems):
    counts = {"documents": 0, "QUOTE": 0, "PERSON": 0, "POSITION": 0}
    folder = os.path.basename(os.path.dirname(path))
    genre = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            where = f"{path}:{number}"
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error})")
                continue
            check_document(doc, where, leaders, problems)
            doc_id = doc.get("id")
            if doc_id in seen_ids:
                problems.append(f"{where}: id {doc_id!r} also in {seen_ids[doc_id]}")
            seen_ids[doc_id] = where
            if isinstance(doc_id, str) and folder in ("tune", "check") and half_of(doc_id) != folder:
                problems.append(f"{where}: {doc_id!r} belongs to the {half_of(doc_id)} half")
            if doc.get("genre") != genre:
                problems.append(f"{where}: genre {doc.get('genre')!r} in file {genre}.jsonl")
            counts["documents"] += 1
            for span in doc.get("spans", []):
                if span.get("label") in counts:
                    counts[span["label"]] += 1
    return counts


def main(argv):
    root = package_root()
    paths = argv[1:] or sorted(glob.glob(os.path.join(root, "Corpus", "quotes-wild", "*", "*.jsonl")))
    if not paths:
        print("no gold files found", file=sys.stderr)
        return 66
    leaders = leader_ids(root)
    seen_ids, problems, totals = {}, [], {}
    for path in paths:
        counts = check_file(path, leaders, seen_ids, problems)
        half = os.path.basename(os.path.dirname(path))
        total = totals.setdefault(half, dict.fromkeys(counts, 0))
        for key, value in counts.items():
            total[key] += value
        print(f"{os.path.relpath(path, root)}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for half, total in sorted(totals.items()):
        print(f"{half}: " + ", ".join(f"{k} {v}" for k, v in total.items()))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problems", file=sys.stderr)
        return 65
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
