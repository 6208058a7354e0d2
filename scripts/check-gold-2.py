#!/usr/bin/env python3
"""Checks the gold files of the second quotes-wild annotator (issue 17).

Usage: python3 scripts/check-gold-2.py [FILE.jsonl ...]
Without arguments it checks Corpus/quotes-wild/{tune,check}/<genre>.jsonl for the genres
sports, culture, interviews, press-releases and opinion (relative to the package root).

Checks, per document: required fields (id, source, genre, text, spans, quote_layouts),
ids unique across all files, the split rule (sha1(id)[0] in "01234" -> check, else tune)
and the genre matching the file name; per span: label in QUOTE/PERSON/POSITION, 0 <= start
< end <= len(text) in Unicode scalars, text[start:end] == span text, spans sorted by start
then longer first, no duplicate spans; QUOTE `speaker` pointing at a PERSON/POSITION span of
the same document and a QUOTE `leader` equal to that span's leader; `quote_layouts` one entry
per QUOTE; PERSON/POSITION spans not cutting a word (letters on both sides of an edge).
Prints counts per file and exits 1 on the first kind of error it reports (all are listed).
"""
import hashlib
import json
import os
import sys
import unicodedata

GENRES = ["sports", "culture", "interviews", "press-releases", "opinion"]
LABELS = {"QUOTE", "PERSON", "POSITION"}


def default_files(root):
    files = []
    for half in ("tune", "check"):
        for genre in GENRES:
            path = os.path.join(root, "Corpus", "quotes-wild", half, genre + ".jsonl")
            if os.path.exists(path):
                files.append(path)
    return files


def is_letter(ch):
    return unicodedata.category(ch).startswith("L")


def check_document(doc, where, errors):
    for field in ("id", "source", "genre", "text", "spans", "quote_layouts"):
        if field not in doc:
            errors.append(f"{where}: missing field {field!r}")
            return None
    text = doc["text"]
    spans = doc["spans"]
    previous = None
    seen = set()
    names = {}
    for i, span in enumerate(spans):
        here = f"{where} span {i}"
        label, start, end = span.get("label"), span.get("start"), span.get("end")
        if label not in LABELS:
            errors.append(f"{here}: label {label!r} not in {sorted(LABELS)}")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"{here}: bad offsets {start}-{end} (text has {len(text)} scalars)")
            continue
        if text[start:end] != span.get("text"):
            errors.append(f"{here}: text[{start}:{end}] = {text[start:end]!r} != {span.get('text')!r}")
        key = (start, -end)
        if previous is not None and key < previous:
            errors.append(f"{here}: spans not sorted by start, then longer first")
        previous = key
        if (start, end, label) in seen:
            errors.append(f"{here}: duplicate span {start}-{end} {label}")
        seen.add((start, end, label))
        if label in ("PERSON", "POSITION"):
            names[(start, end)] = span
            before = text[start - 1] if start > 0 else " "
            after = text[end] if end < len(text) else " "
            if (is_letter(before) and is_letter(text[start])) or (is_letter(after) and is_letter(text[end - 1])):
                errors.append(f"{here}: {label} {span['text']!r} cuts a word")
    quotes = [s for s in spans if s.get("label") == "QUOTE"]
    for span in quotes:
        here = f"{where} QUOTE {span.get('start')}-{span.get('end')}"
        speaker = span.get("speaker")
        if speaker is None:
            if "leader" in span:
                errors.append(f"{here}: leader without speaker")
            continue
        target = names.get(tuple(speaker)) if isinstance(speaker, list) and len(speaker) == 2 else None
        if target is None:
            errors.append(f"{here}: speaker {speaker} is not a PERSON/POSITION span of the document")
        elif span.get("leader") != target.get("leader"):
            errors.append(f"{here}: leader {span.get('leader')!r} != speaker span leader {target.get('leader')!r}")
    if len(doc["quote_layouts"]) != len(quotes):
        errors.append(f"{where}: {len(doc['quote_layouts'])} quote_layouts for {len(quotes)} QUOTE spans")
    return quotes


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = argv[1:] or default_files(root)
    if not files:
        print("no gold files found", file=sys.stderr)
        return 1
    errors, ids = [], {}
    totals = {"docs": 0, "QUOTE": 0, "with speaker": 0, "PERSON": 0, "POSITION": 0}
    for path in files:
        half = os.path.basename(os.path.dirname(path))
        genre = os.path.splitext(os.path.basename(path))[0]
        counts = dict.fromkeys(totals, 0)
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                where = f"{path}:{number}"
                try:
                    doc = json.loads(line)
                except json.JSONDecodeError as error:
                    errors.append(f"{where}: not JSON ({error})")
                    continue
                doc_id = doc.get("id")
                if doc_id in ids:
                    errors.append(f"{where}: id {doc_id!r} also at {ids[doc_id]}")
                ids[doc_id] = where
                if isinstance(doc_id, str):
                    expected = "check" if hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[0] in "01234" else "tune"
                    if half in ("tune", "check") and half != expected:
                        errors.append(f"{where}: id {doc_id!r} belongs to the {expected} half")
                if doc.get("genre") != genre:
                    errors.append(f"{where}: genre {doc.get('genre')!r} in file {genre}.jsonl")
                quotes = check_document(doc, where, errors)
                if quotes is None:
                    continue
                counts["docs"] += 1
                counts["QUOTE"] += len(quotes)
                counts["with speaker"] += sum(1 for q in quotes if "speaker" in q)
                for label in ("PERSON", "POSITION"):
                    counts[label] += sum(1 for s in doc["spans"] if s.get("label") == label)
        print(f"{path}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        for key in totals:
            totals[key] += counts[key]
    print("total: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    for error in errors:
        print("ERROR " + error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
