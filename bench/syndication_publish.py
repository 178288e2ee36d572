#!/usr/bin/env python3
"""Publishes COUNT newsroom articles in a row (create as the author, publish as the publisher: four eyes) and prints
one line per article: "<article id> <publish response, Unix ms> <publish call ms>", then "done". Standard library
only.

usage: syndication_publish.py BASE AUTHOR_COOKIES PUBLISHER_COOKIES COUNT TAG CHANNEL
(the COOKIES arguments are Cookie header values with both session cookies, as bench/lib.sh's login prints them)
"""
import json
import sys
import time
import urllib.request

base, author, publisher, count, tag, channel = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6]


def call(method, path, body, sid):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode("utf-8"), method=method,
                                 headers={"Content-Type": "application/json", "Cookie": sid})
    with urllib.request.urlopen(req, timeout=30) as r:
        text = r.read().decode("utf-8")
        return json.loads(text) if text else None


for i in range(count):
    word = "分发基准%s号%05d" % (tag, i)
    created = call("POST", "/api/newsroom/articles", {
        "title": word + "稿件推送测试", "channel": channel, "tags": ["基准"], "source": "基准测试",
        "bodyHtml": "<p>%s 的正文：向合作媒体推送稿件的基准测试，第 %d 篇。</p>" % (word, i)}, author)
    t0 = time.monotonic()
    call("POST", "/api/newsroom/articles/%d/transitions" % created["id"],
         {"action": "publish", "version": created["version"], "acknowledgeSensitive": True}, publisher)
    t1 = time.monotonic()
    print("%d %d %.1f" % (created["id"], int(time.time() * 1000), (t1 - t0) * 1000), flush=True)
print("done", flush=True)
