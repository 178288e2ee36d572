#!/usr/bin/env python3
"""Generate a synthetic JSONL corpus by recombining the sentences of real articles.

Each synthetic article gets a unique id (synth-000001 ...), keeps the category of the real articles it is
built from (so the importer's channel mapping still applies), a title spliced from two real titles of that
category, and a body of 8..40 sentences drawn from real articles of the same category.

usage: gen_corpus.py SOURCE.jsonl OUT.jsonl [COUNT] [SEED]
"""
import json
import random
import re
import sys
from collections import defaultdict

SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]")


def main():
    src, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)

    titles = defaultdict(list)
    sentences = defaultdict(list)
    sources = defaultdict(list)
    weights = defaultdict(int)
    with open(src, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            rec = json.loads(line)
            cat = rec.get("category") or rec.get("channel")
            title, body = rec.get("title") or "", rec.get("body") or ""
            if not cat or not body:
                continue
            weights[cat] += 1
            if title:
                titles[cat].append(title)
            sentences[cat].extend(s.strip() for s in SENTENCE.findall(body) if len(s.strip()) >= 6)
            if rec.get("source"):
                sources[cat].append(rec["source"])
    cats = [c for c in weights if sentences[c] and titles[c]]
    cat_weights = [weights[c] for c in cats]

    with open(out, "w", encoding="utf-8") as f:
        for i in range(1, count + 1):
            cat = rng.choices(cats, cat_weights)[0]
            a, b = rng.choice(titles[cat]), rng.choice(titles[cat])
            title = (a[: max(2, len(a) // 2)] + " " + b[len(b) // 2:]).strip()[:120]
            pool = sentences[cat]
            body = "".join(rng.choice(pool) for _ in range(rng.randint(8, 40)))
            rec = {"id": "synth-%06d" % i, "title": title, "body": body, "category": cat,
                   "date": "20%02d-%02d-%02d" % (rng.randint(10, 24), rng.randint(1, 12), rng.randint(1, 28))}
            if sources[cat]:
                rec["source"] = rng.choice(sources[cat])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d articles to %s" % (count, out), file=sys.stderr)


if __name__ == "__main__":
    main()
