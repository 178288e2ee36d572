#!/usr/bin/env python3
"""Publishes COUNT newsroom articles in a row through the API and measures, for each, the time from the publish
response until the node's search API finds it (polled every POLL_MS). Prints one line per article
("<id> <publish ms> <found ms>") and ends with "done". Standard library only.

usage: newsroom_publish.py BASE AUTHOR_COOKIES PUBLISHER_COOKIES COUNT TAG [POLL_MS]
(COOKIES: Cookie header values with both session cookies, as bench/lib.sh's login prints them)

The author (a reporter) creates each article and a chief editor or admin publishes it: nobody publishes a
version they wrote (four eyes).
"""
import json
import sys
import time
import urllib.parse
import urllib.request

base, author, publisher, count, tag = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
poll = (int(sys.argv[6]) if len(sys.argv) > 6 else 20) / 1000.0


def call(method, path, body=None, sid=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    headers = {"Content-Type": "application/json", "Cookie": sid or publisher}
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=30) as r:
        text = r.read().decode("utf-8")
        return json.loads(text) if text else None


for i in range(count):
    word = "基准%s号%05d" % (tag, i)
    created = call("POST", "/api/newsroom/articles", {
        "title": word + "新闻发布测试", "channel": "tech", "tags": ["基准"], "source": "基准测试",
        "bodyHtml": "<p>%s 的正文：编辑部发布流程的基准测试，第 %d 篇。</p>" % (word, i)}, sid=author)
    aid = created["id"]
    t0 = time.monotonic()
    call("POST", "/api/newsroom/articles/%d/transitions" % aid,
         {"action": "publish", "version": created["version"], "acknowledgeSensitive": True})
    t1 = time.monotonic()
    q = urllib.parse.quote(word)
    while True:
        hits = call("GET", "/api/search?q=" + q)["hits"]
        if any(h["id"] == aid for h in hits):
            break
        if time.monotonic() - t1 > 30:
            print("%d %.1f timeout" % (aid, (t1 - t0) * 1000), flush=True)
            break
        time.sleep(poll)
    else:
        pass
    t2 = time.monotonic()
    print("%d %.1f %.1f" % (aid, (t1 - t0) * 1000, (t2 - t1) * 1000), flush=True)
print("done", flush=True)
