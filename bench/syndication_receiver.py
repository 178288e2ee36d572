#!/usr/bin/env python3
"""A partner's push endpoint for the syndication benchmark: answers every POST with 204 at once and appends one line
per delivery to OUT: "<X-Inkstone-Delivery uid> <arrival, Unix ms> <article id> <bytes>". The article id is the
last run of digits in the document's uri (ninjs "uri", NewsML-G2 newsItem/@guid); "-" when there is none (the
summary then joins the delivery table by uid instead). Standard library only; one thread per connection.

usage: syndication_receiver.py PORT OUT
"""
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, out = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()
sink = open(out, "a", buffering=1, encoding="utf-8")
URI = re.compile(rb'"uri"\s*:\s*"([^"]*)"|guid="([^"]*)"')


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        at = int(time.time() * 1000)
        m = URI.search(body)
        uri = (m.group(1) or m.group(2) or b"") if m else b""
        digits = re.findall(rb"\d+", uri)
        aid = digits[-1].decode() if digits else "-"
        with lock:
            sink.write("%s %d %s %d\n" % (self.headers.get("X-Inkstone-Delivery", "-"), at, aid, len(body)))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", port), Receiver).serve_forever()
