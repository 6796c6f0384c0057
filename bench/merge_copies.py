"""Builds the corpus of the merge benchmark from extracted PolNeAR articles.

usage: merge_copies.py BASE.jsonl METADATA.tsv OUTDIR N [N ...]

BASE.jsonl holds one extracted article a line (`dicta extract --raw --format jsonl`). Each
article gets its publisher and date from metadata.tsv (matched by file name), as a real
crawl would have them. Copy k of the whole set (k = 1, 2, ...) is the same articles carried by
another outlet ("<publisher> mirror k") k days later, with new ids: reprints, as wire stories
are. Copy 0 comes first, then copy 1, and so on, and OUTDIR/corpus-N.jsonl is the shortest
prefix with at least N statements. Prints "N articles statements" per file.
"""
import datetime
import hashlib
import json
import os
import sys


def main():
    base, metadata, outdir, *sizes = sys.argv[1:]
    sizes = sorted(int(s) for s in sizes)
    meta = {}
    with open(metadata, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            meta[row["filename"]] = row
    articles = [json.loads(line) for line in open(base, encoding="utf-8") if line.strip()]
    per_copy = sum(len(a.get("quotes", [])) for a in articles)
    if per_copy == 0:
        sys.exit("no statements in " + base)
    copies = -(-sizes[-1] // per_copy)
    out = {n: open(os.path.join(outdir, f"corpus-{n}.jsonl"), "w", encoding="utf-8") for n in sizes}
    done = {n: None for n in sizes}
    count_articles = count_statements = 0
    for k in range(copies):
        for a in articles:
            if all(v is not None for v in done.values()):
                break
            b = dict(a)
            name = os.path.splitext(os.path.basename(a["source"]))[0]
            m = meta.get(name, {})
            outlet = m.get("publisher") or None
            date = m.get("publication_date") or None
            if k:
                # Ids are 16 lowercase hex digits, as `ingest --extracted` requires.
                b["id"] = hashlib.sha256(f'{a["id"]} copy {k}'.encode()).hexdigest()[:16]
                b["source"] = f'copy{k}/{a["source"]}'
                outlet = f"{outlet or 'unknown'} mirror {k}"
                if date:
                    d = datetime.date.fromisoformat(date[:10]) + datetime.timedelta(days=k)
                    date = d.isoformat()
            b["outlet"], b["published"] = outlet, date
            line = json.dumps(b, ensure_ascii=False, sort_keys=True) + "\n"
            count_articles += 1
            count_statements += len(a.get("quotes", []))
            for n in sizes:
                if done[n] is None:
                    out[n].write(line)
                    if count_statements >= n:
                        done[n] = (count_articles, count_statements)
    for n in sizes:
        out[n].close()
        arts, stmts = done[n] or (count_articles, count_statements)
        print(n, arts, stmts)


if __name__ == "__main__":
    main()
