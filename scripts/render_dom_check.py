#!/usr/bin/env python3
"""Checks kaztext's HTML pages in headless Chromium (standard library only).

Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON
messages ended by NUL on file descriptors 3 and 4), so no WebSocket client is needed.

First it renders a few hard documents it writes itself (markup and entities, CR LF, NUL,
right-to-left text, a bidi override, combining marks, nested, crossing and empty spans, empty
documents) and checks them the same way. Then, for every Corpus/ file, it renders in a scratch
folder:
  * the extraction (`kaztext extract FILE`, then `kaztext render` on FILE itself, which extracts
    again), compared with the extract JSONL;
  * for annotated JSONL files, the gold spans as they are (`kaztext render FILE`);
  * for annotated JSONL files, the eval page (`kaztext eval --gold FILE PRED --html`), whose gold
    and prediction sides are compared with the gold file and the prediction.
On each page it checks that every highlighted element (a mark with data-start) has as its text
exactly text[start:end] of its document, that there is exactly one element per span, and that
the page logs no console error and throws no exception.

A NUL in a document is shown as U+FFFD (an HTML page cannot hold NUL); the comparison does
the same. Usage: render_dom_check.py --kaztext PATH --chromium PATH [--screenshots DIR] FILE...
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile


class Browser:
    """One headless Chromium, one page, driven over the DevTools pipe."""

    def __init__(self, chromium, profile):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def wire():
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
             "--user-data-dir=" + profile, "--no-first-run", "--window-size=1280,1600", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", {"targetId": page["targetId"], "flatten": True})["sessionId"]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(domain, session=True)

    def send(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=False):
        wanted = self.send(method, params, session)
        while True:
            message = self.receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method):
        for k, event in enumerate(self.events):
            if event.get("method") == method:
                del self.events[k]
                return event
        while True:
            message = self.receive()
            if message.get("method") == method:
                return message
            self.events.append(message)

    def open(self, path):
        """Loads a page; returns the console errors and exceptions it produced."""
        self.events = []
        self.call("Page.navigate", {"url": "file://" + os.path.abspath(path)}, session=True)
        self.wait_for("Page.loadEventFired")
        self.call("Runtime.evaluate", {"expression": "new Promise(r => requestAnimationFrame(() => r(1)))",
                                       "awaitPromise": True}, session=True)
        problems = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                problems.append("exception: " + p["exceptionDetails"].get("text", "") + " "
                                + str(p["exceptionDetails"].get("exception", {}).get("description", "")))
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
                problems.append("console " + p["type"] + ": " + " ".join(str(a.get("value", a.get("description")))
                                                                     for a in p.get("args", [])))
            elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
                problems.append("log " + p["entry"]["level"] + ": " + p["entry"].get("text", ""))
        return problems

    def marks(self):
        """Per document section: its index, id and, per side, [label, start, end, textContent]."""
        expression = """JSON.stringify({
          total: document.querySelectorAll("[data-start]").length,
          docs: [...document.querySelectorAll("section.doc[data-doc-index]")].map(sec => {
            const sides = sec.querySelectorAll("[data-side]");
            const views = sides.length ? [...sides] : [sec];
            return {index: +sec.dataset.docIndex, id: sec.dataset.docId,
                    sides: Object.fromEntries(views.map(v => [v.dataset.side || "spans",
                      [...v.querySelectorAll("mark[data-start]")].map(m =>
                        [m.dataset.label, +m.dataset.start, +m.dataset.end, m.textContent])]))};
          })})"""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        return json.loads(result["result"]["value"])

    def screenshot(self, path, page):
        self.open(page)
        metrics = self.call("Page.getLayoutMetrics", session=True)
        height = min(int(metrics["cssContentSize"]["height"]), 2400)
        data = self.call("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1}},
                         session=True)["data"]
        import base64
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close")
            self.proc.wait(timeout=20)
        except Exception:
            self.proc.kill()


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def compare(where, text, spans, marks):
    """Problems: a mark whose text is not text[start:end], a span with no mark or two."""
    problems = []
    shown = text.replace("\0", "\ufffd")
    wanted = {}
    for s in spans:
        key = (s["label"], s["start"], s["end"])
        wanted[key] = wanted.get(key, 0) + 1
    seen = {}
    for label, start, end, content in marks:
        key = (label, start, end)
        seen[key] = seen.get(key, 0) + 1
        if content != shown[start:end]:
            problems.append(f"{where}: {label} {start}-{end} shows {content!r}, the text is {shown[start:end]!r}")
    for key in set(wanted) | set(seen):
        if wanted.get(key, 0) != seen.get(key, 0):
            problems.append(f"{where}: {key[0]} {key[1]}-{key[2]}: {wanted.get(key, 0)} span(s), {seen.get(key, 0)} element(s)")
    return problems


def pages_of(out):
    """The page files `kaztext render -o out` wrote: out.html alone, or its index and out-N.html."""
    more = sorted(glob.glob(out[:-5] + "-*.html"))
    return more if more else [out]


def check_pages(browser, label, pages, documents, sides):
    """Opens every page; compares each document section with `documents` (by 1-based index);
    `sides` maps a side name (`spans`, `gold`, `pred`) to the list of document span lists."""
    problems, shown, total_marks, counted = [], set(), 0, 0
    for page in pages:
        problems += [f"{page}: {p}" for p in browser.open(page)]
        found = browser.marks()
        total_marks += found["total"]
        for doc in found["docs"]:
            k = doc["index"] - 1
            if k in shown:
                problems.append(f"{page}: document {k + 1} shown twice")
            shown.add(k)
            text = documents[k]["text"]
            for side, marks in doc["sides"].items():
                counted += len(marks)
                problems += compare(f"{page} document {k + 1} ({doc['id']}) {side}", text, sides[side][k], marks)
    if total_marks != counted:
        problems.append(f"{label}: {total_marks - counted} element(s) with data-start outside a document section")
    return problems, shown, counted


def check_file(kaztext, browser, path, scratch):
    name = path.replace("/", "_")
    problems = []
    extracted = os.path.join(scratch, name + ".extract.jsonl")
    with open(extracted, "wb") as f:
        subprocess.run([kaztext, "extract", path], stdout=f, check=True)
    predicted = read_jsonl(extracted)
    gold = read_jsonl(path) if path.endswith(".jsonl") else []
    annotated = any("spans" in d for d in gold)
    # Text, or JSONL without spans, is extracted by `render` itself; annotated JSONL would be
    # shown with its own spans, so the extraction is rendered from extract's output.
    out = os.path.join(scratch, name + ".html")
    subprocess.run([kaztext, "render", extracted if annotated else path, "-o", out, "--per-page", "20"], check=True)
    found, shown, n = check_pages(browser, path, pages_of(out), predicted, {"spans": [d["spans"] for d in predicted]})
    problems += found
    if len(shown) != len(predicted):
        problems.append(f"{path}: {len(predicted)} documents, {len(shown)} shown")
    report = [f"render {path}: {len(shown)} documents, {n} elements"]
    if annotated:
        out = os.path.join(scratch, name + ".gold.html")
        subprocess.run([kaztext, "render", path, "--input-format", "jsonl", "-o", out], check=True)
        # A gold document without spans is extracted, as `render` does.
        spans = [d["spans"] if "spans" in d else p["spans"] for d, p in zip(gold, predicted)]
        found, shown, n = check_pages(browser, path, pages_of(out), gold, {"spans": spans})
        problems += found
        report.append(f"gold {len(shown)} documents, {n} elements")
        out = os.path.join(scratch, name + ".eval.html")
        subprocess.run([kaztext, "eval", "--gold", path, extracted, "--html", out],
                       stdout=subprocess.DEVNULL, check=True)
        sides = {"gold": [d.get("spans", []) for d in gold], "pred": [d["spans"] for d in predicted]}
        found, shown, n = check_pages(browser, path, pages_of(out), gold, sides)
        problems += found
        report.append(f"eval {len(shown)} disagreeing documents, {n} elements")
    print("  " + "; ".join(report) + ("" if not problems else f"; {len(problems)} PROBLEMS"))
    return problems


def edge_documents():
    """Documents that are hard to show: markup and entities, CR LF, NUL, right-to-left text and a
    bidi override, combining marks, nested, touching and crossing spans, spans at both ends,
    an empty document and an empty span."""
    def doc(i, text, spans):
        return {"id": f"edge-{i}", "text": text,
                "spans": [{"start": a, "end": z, "label": l} for a, z, l in spans]}
    t1 = "<script>alert('x')</script> & &amp; \"q\""
    t2 = "бір\r\nекі\r\x00үш\u2028төрт"
    t3 = "مرحبا \u202eApple е\u0301кі 🇰🇿 Тоқаев"
    t4 = "«Мемлекет басшысы Тоқаев келді», – деді Президент Тоқаев."
    return [
        doc(1, t1, [(0, 8, "QUOTE"), (29, 30, "CARDINAL"), (0, len(t1), "QUOTE")]),
        doc(2, t2, [(0, 5, "CARDINAL"), (3, 9, "ORDINAL"), (8, 10, "CARDINAL"), (len(t2) - 4, len(t2), "CARDINAL")]),
        doc(3, t3, [(0, 5, "PERSON"), (6, 12, "QUOTE"), (13, 17, "CARDINAL"), (14, 15, "ORDINAL"), (18, 20, "POSITION"),
                    (21, 27, "PERSON")]),
        doc(4, t4, [(1, 30, "QUOTE"), (1, 17, "POSITION"), (18, 24, "PERSON"), (10, 24, "PERSON"), (40, 49, "POSITION"),
                    (50, 56, "PERSON"), (50, 56, "DATE"), (56, 56, "QUOTE")]),
        doc(5, "", [(0, 0, "QUOTE")]),
        doc(6, "", []),
    ]


def check_edges(kaztext, browser, scratch):
    """The edge documents as gold JSONL, rendered as they are and checked in the browser."""
    path = os.path.join(scratch, "edge.jsonl")
    docs = edge_documents()
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    out = os.path.join(scratch, "edge.html")
    subprocess.run([kaztext, "render", path, "-o", out], check=True)
    problems, shown, n = check_pages(browser, "edge cases", pages_of(out), docs, {"spans": [d["spans"] for d in docs]})
    if len(shown) != len(docs):
        problems.append(f"edge cases: {len(docs)} documents, {len(shown)} shown")
    print(f"  edge cases (markup, CR, NUL, RTL, combining marks, nested/crossing/empty spans): "
          f"{len(shown)} documents, {n} elements" + ("" if not problems else f"; {len(problems)} PROBLEMS"))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kaztext", required=True)
    parser.add_argument("--chromium", required=True)
    parser.add_argument("--screenshots", help="write the seed page and an eval page as PNG here")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    problems = []
    with tempfile.TemporaryDirectory(prefix="kaztext-dom-") as scratch:
        browser = Browser(args.chromium, os.path.join(scratch, "profile"))
        try:
            problems += check_edges(args.kaztext, browser, scratch)
            for path in args.files:
                problems += check_file(args.kaztext, browser, path, scratch)
            if args.screenshots:
                os.makedirs(args.screenshots, exist_ok=True)
                seed = os.path.join(scratch, "seed.html")
                subprocess.run([args.kaztext, "render", "Corpus/samples/seed.txt", "-o", seed], check=True)
                browser.screenshot(os.path.join(args.screenshots, "render-seed.png"), seed)
                evalpage = os.path.join(scratch, "eval.html")
                subprocess.run([args.kaztext, "eval", "--gold", "Corpus/quotes/news.jsonl",
                                "--labels", "PERSON,POSITION,QUOTE", "--html", evalpage], stdout=subprocess.DEVNULL, check=True)
                browser.screenshot(os.path.join(args.screenshots, "eval-quotes-news.png"), pages_of(evalpage)[0])
        finally:
            browser.close()
    for p in problems[:50]:
        print("  " + p)
    if problems:
        print(f"render DOM check: FAILED, {len(problems)} problem(s)")
        return 1
    print(f"render DOM check: passed on {len(args.files)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
