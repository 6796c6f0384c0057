#!/usr/bin/env python3
"""Run trafilatura over gzip-compressed HTML pages; print one JSON line per page.

usage: trafilatura_runner.py OUT.jsonl FILE.gz [FILE.gz ...]
       trafilatura_runner.py OUT.jsonl --files-from LIST   (one path a line)

Each line: {"source", "title", "authors", "published", "body"}, the fields that
../shared/tools/webpages_score.py reads. trafilatura gets the raw (gunzipped) bytes
and no URL, with default options and with_metadata=True, exactly what Dicta gets.
Single process; only the loop (read + gunzip + extract + serialise) is timed, and the
last stderr line is `trafilatura: N pages in S s = P pages/s`.
"""
import gzip
import json
import sys
import time

import trafilatura


def extract(raw):
    doc = trafilatura.bare_extraction(raw, with_metadata=True)
    if doc is None:
        return None, [], None, ""
    # trafilatura >= 2.0 returns a Document; 1.x returned a dict.
    d = doc if isinstance(doc, dict) else doc.as_dict()
    author = d.get("author") or ""
    authors = [a.strip() for a in author.split("; ") if a.strip()]
    return d.get("title") or None, authors, d.get("date") or None, d.get("text") or ""


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out_path, rest = argv[0], argv[1:]
    if rest[0] == "--files-from":
        with open(rest[1], encoding="utf-8") as f:
            files = [line.rstrip("\n") for line in f if line.strip()]
    else:
        files = rest
    failed = 0
    with open(out_path, "w", encoding="utf-8") as out:
        start = time.perf_counter()
        for path in files:
            try:
                with open(path, "rb") as f:
                    raw = gzip.decompress(f.read())
                title, authors, published, body = extract(raw)
            except Exception as e:  # a page that raises counts as empty output
                failed += 1
                print(f"warning: {path}: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}",
                      file=sys.stderr)
                title, authors, published, body = None, [], None, ""
            out.write(json.dumps({"source": path, "title": title, "authors": authors,
                                  "published": published, "body": body},
                                 ensure_ascii=False) + "\n")
        elapsed = time.perf_counter() - start
    n = len(files)
    if failed:
        print(f"trafilatura: {failed} of {n} pages raised (scored as empty)", file=sys.stderr)
    rate = n / elapsed if elapsed > 0 else 0.0
    print(f"trafilatura: {n} pages in {elapsed:.3f} s = {rate:.2f} pages/s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
