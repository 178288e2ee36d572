#!/usr/bin/env python3
"""Mixed reader load against Inkstone (issue 12 "Faults"): python3 standard library only.

Each connection is a thread with its own keep-alive http.client connection (to nginx in front of the nodes,
or any base URL). Per request, at random: 90 % GET /articles/{random published id}, 5 % GET /api/search?q=
(one or two words of bench/common_words.txt), 5 % POST /api/articles/{random published id}/comments
{"body": "<run tag>-<thread>-<sequence> ..."} by a logged-in reader. Readers are registered and logged in
before the load (POST /api/accounts, POST /api/session), one or more per thread; each reader sends all its
requests with its own X-Forwarded-For (10.77.x.y), so the per-client-address limits of one reader never
touch another (the nodes must trust the proxy: inkstone.http.trusted-proxies). Raise the per-account
comment limits and the CAPTCHA threshold when starting the server (see bench/faults.sh): otherwise posts
get 429 or captcha_required (counted as such, not hidden).

Every request is counted in exactly one category: ok (2xx, 3xx), 4xx (not 429), 429, 500, 502, 503ra (503
with Retry-After), 503 (without), 5xx (other), timeout (no complete answer within --timeout seconds: a hung
connection), connerr (refused, reset, closed without an answer). Nothing is retried: a POST whose answer is
lost may or may not have been stored (bench/faults.sh counts those separately).

Output:
  stdout          one line per second of the run (completions in that second): counts per category and
                  p50/p99 in ms, then a summary;
  --seconds FILE  the same per-second figures as JSON lines (with the epoch second);
  --summary FILE  a JSON summary: totals per category, per kind (page/search/comment), latency percentiles,
                  201 count, error samples, settings;
  --comments FILE every 201 comment as "<id>\t<body>" (written as the answer arrives, flushed);
  --events FILE   every request as CSV "start_epoch,end_epoch,kind,category,status,ms" (for failover windows).

Pacing: closed loop by default (each connection sends its next request when the answer arrives); with
--rate R the connections together start R requests per second on a fixed schedule (open loop; a
connection that falls behind sends at once, and the number of late starts is reported, so a rate the
server cannot keep up with shows). Latency is measured from the actual send to the end of the answer.

Exit status: 0 when the run finished (whatever the server answered), 2 when the set-up failed (no
published article, a reader that cannot register or log in).
"""
import argparse
import csv
import http.client
import http.cookies
import json
import os
import random
import sys
import threading
import time
import urllib.parse

CATEGORIES = ["ok", "4xx", "429", "500", "502", "503ra", "503", "5xx", "timeout", "connerr"]
KINDS = ["page", "search", "comment"]


def percentile(sorted_values, p):
    """The p-th percentile (0..100, nearest rank) of an ascending list; None for an empty one."""
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def category(status, headers):
    """The category of an answered request (see the module docstring)."""
    if status < 400:
        return "ok"
    if status == 429:
        return "429"
    if status < 500:
        return "4xx"
    if status == 500:
        return "500"
    if status == 502:
        return "502"
    if status == 503:
        return "503ra" if headers.get("Retry-After") is not None else "503"
    return "5xx"


class Client:
    """One keep-alive connection to host:port with a small cookie store. Not thread-safe: one per thread."""

    def __init__(self, host, port, timeout):
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = None

    def request(self, method, path, body=None, headers=None):
        """Sends one request; returns (status, header dict, body bytes). Raises socket.timeout / OSError /
        http.client.HTTPException on failure (the connection is then dropped and reopened next time)."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            resp = self.conn.getresponse()
            data = resp.read()
            hdrs = {k: v for k, v in resp.getheaders()}
            hdrs["__set_cookie"] = resp.msg.get_all("Set-Cookie") or []
            if resp.will_close:
                self.close()
            return resp.status, hdrs, data
        except BaseException:
            self.close()
            raise

    def close(self):
        if self.conn is not None:
            try:
                self.conn.close()
            except OSError:
                pass
            self.conn = None


class Reader:
    """A logged-in reader account: its cookies (JSESSIONID, JSESSIONIDVERSION, ...) and its client address."""

    def __init__(self, username, xff):
        self.username, self.xff = username, xff
        self.cookies = {}

    def absorb(self, set_cookie_headers):
        for raw in set_cookie_headers:
            c = http.cookies.SimpleCookie()
            try:
                c.load(raw)
            except http.cookies.CookieError:
                continue
            for name, morsel in c.items():
                if morsel["max-age"] == "0" or morsel.value == "":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


class Stats:
    """Counters per second and in total, guarded by one lock (the threads record, the ticker reads)."""

    def __init__(self, keep_latencies=True):
        self.lock = threading.Lock()
        self.by_second = {}  # epoch second -> {cat: n, "lat": [ms]}
        self.total = {c: 0 for c in CATEGORIES}
        self.by_kind = {k: {c: 0 for c in CATEGORIES} for k in KINDS}
        self.lat = {k: [] for k in KINDS}
        self.keep = keep_latencies
        self.created = 0
        self.samples = {}  # category -> up to 5 "kind status body" strings
        self.late = 0

    def record(self, kind, cat, ms, end, sample=None):
        sec = int(end)
        with self.lock:
            b = self.by_second.get(sec)
            if b is None:
                b = self.by_second[sec] = {c: 0 for c in CATEGORIES}
                b["lat"] = []
            b[cat] += 1
            b["lat"].append(ms)
            self.total[cat] += 1
            self.by_kind[kind][cat] += 1
            if self.keep and cat == "ok":
                self.lat[kind].append(ms)
            if sample is not None and cat != "ok":
                s = self.samples.setdefault(f"{kind} {cat}", [])
                if len(s) < 5:
                    s.append(sample)

    def take_second(self, sec):
        with self.lock:
            return self.by_second.pop(sec, None)


def fetch_ids(client, base_headers):
    """Every published article id, walking GET /api/articles?size=100 with its cursor."""
    ids, cursor = [], None
    for _ in range(100000):
        path = "/api/articles?size=100" + (f"&cursor={urllib.parse.quote(cursor)}" if cursor else "")
        status, _, data = client.request("GET", path, headers=base_headers)
        if status != 200:
            raise RuntimeError(f"GET {path}: HTTP {status} {data[:200]!r}")
        doc = json.loads(data)
        ids.extend(item["id"] for item in doc["items"])
        cursor = doc.get("nextCursor")
        if not cursor or not doc["items"]:
            return ids
    return ids


def make_reader(client, tag, n, password):
    """Registers and logs in reader n of this run; returns the Reader or raises RuntimeError."""
    xff = f"10.77.{(n // 250) % 250}.{n % 250 + 1}"
    r = Reader(f"f{tag}{n:03d}", xff)
    headers = {"Content-Type": "application/json", "X-Forwarded-For": xff}
    body = json.dumps({"username": r.username, "displayName": f"读者{tag}{n:03d}", "password": password})
    for attempt in range(5):
        try:
            status, _, data = client.request("POST", "/api/accounts", body=body.encode(), headers=headers)
        except (OSError, http.client.HTTPException) as e:
            status, data = 0, str(e).encode()
        if status in (201, 409):  # 409: registered by an earlier attempt whose answer was lost
            break
        if status not in (0, 502, 503, 504):
            raise RuntimeError(f"register {r.username}: HTTP {status} {data[:200]!r}")
        time.sleep(1 + attempt)
    else:
        raise RuntimeError(f"register {r.username}: HTTP {status} {data[:200]!r}")
    login = json.dumps({"username": r.username, "password": password}).encode()
    for attempt in range(5):
        try:
            status, hdrs, data = client.request("POST", "/api/session", body=login, headers=headers)
        except (OSError, http.client.HTTPException) as e:
            status, hdrs, data = 0, {"__set_cookie": []}, str(e).encode()
        if status == 200:
            r.absorb(hdrs["__set_cookie"])
            if "JSESSIONID" not in r.cookies:
                raise RuntimeError(f"log-in {r.username}: no JSESSIONID cookie")
            return r
        if status not in (0, 502, 503, 504):
            raise RuntimeError(f"log-in {r.username}: HTTP {status} {data[:200]!r}")
        time.sleep(1 + attempt)
    raise RuntimeError(f"log-in {r.username}: HTTP {status} {data[:200]!r}")


def worker(tid, args, host, port, ids, words, readers, stats, deadline, start, comments_out, events_out, out_lock):
    rnd = random.Random(args.seed * 1000003 + tid if args.seed else None)
    client = Client(host, port, args.timeout)
    seq = 0
    interval = args.connections / args.rate if args.rate else 0.0
    next_at = start + (tid * interval / args.connections if interval else 0.0)
    while True:
        now = time.time()
        if interval:
            if next_at > now:
                if next_at >= deadline:
                    break
                time.sleep(next_at - now)
            elif now - next_at > interval:
                with stats.lock:
                    stats.late += 1
            next_at += interval
        if time.time() >= deadline:
            break
        reader = readers[seq % len(readers)]
        seq += 1
        headers = {"X-Forwarded-For": reader.xff}
        if reader.cookies:
            headers["Cookie"] = reader.cookie_header()
        x = rnd.random()
        body = None
        text = None
        if x < args.page_share:
            kind, method, path = "page", "GET", f"/articles/{rnd.choice(ids)}"
        elif x < args.page_share + args.search_share:
            q = " ".join(rnd.sample(words, rnd.choice((1, 2))))
            kind, method, path = "search", "GET", "/api/search?q=" + urllib.parse.quote(q)
        else:
            kind, method, path = "comment", "POST", f"/api/articles/{rnd.choice(ids)}/comments"
            text = f"故障测试 {args.tag}-{tid}-{seq}：报道很及时，感谢记者。"
            body = json.dumps({"body": text}, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        t0 = time.time()
        sample = None
        status = 0
        try:
            status, hdrs, data = client.request(method, path, body=body, headers=headers)
            cat = category(status, hdrs)
            reader.absorb(hdrs["__set_cookie"])
            if cat != "ok":
                sample = f"{method} {path} -> {status} {data[:160].decode('utf-8', 'replace')}"
            elif kind == "comment" and status == 201:
                cid = json.loads(data).get("id")
                with out_lock:
                    stats.created += 1
                    if comments_out:
                        comments_out.write(f"{cid}\t{text}\n")
                        comments_out.flush()
        except TimeoutError as e:  # socket.timeout is TimeoutError since 3.10
            cat, sample = "timeout", f"{method} {path} -> {type(e).__name__}"
        except (OSError, http.client.HTTPException) as e:
            cat, sample = "connerr", f"{method} {path} -> {type(e).__name__}: {e}"
        t1 = time.time()
        ms = (t1 - t0) * 1000.0
        stats.record(kind, cat, ms, t1, sample)
        if events_out:
            with out_lock:
                events_out.writerow([f"{t0:.3f}", f"{t1:.3f}", kind, cat, status, f"{ms:.1f}"])
    client.close()


def second_line(rel, b):
    lat = sorted(b["lat"])
    p50, p99 = percentile(lat, 50), percentile(lat, 99)
    fmt = lambda v: "-" if v is None else f"{v:.1f}"
    counts = " ".join(f"{c}={b[c]}" for c in CATEGORIES)
    return f"t={rel:4d}s {counts} p50={fmt(p50)} p99={fmt(p99)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", default="http://127.0.0.1:8180", help="base URL (nginx), default %(default)s")
    ap.add_argument("--connections", type=int, default=8, help="threads, one keep-alive connection each (8)")
    ap.add_argument("--duration", type=float, default=30, help="seconds of load (30)")
    ap.add_argument("--rate", type=float, default=0, help="total requests/s, open loop (0: closed loop)")
    ap.add_argument("--timeout", type=float, default=10, help="per-request timeout in seconds (10)")
    ap.add_argument("--readers", type=int, default=0, help="reader accounts (default: one per connection)")
    ap.add_argument("--password", default="faults-reader-password", help="the readers' password")
    ap.add_argument("--tag", default=None, help="run tag in user names and comment bodies (default: time-based)")
    ap.add_argument("--words", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "common_words.txt"))
    ap.add_argument("--ids-file", help="published article ids, one a line (default: walk GET /api/articles)")
    ap.add_argument("--exclude-ids", default="", help="comma-separated ids never requested")
    ap.add_argument("--page-share", type=float, default=0.90)
    ap.add_argument("--search-share", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=0, help="random seed (0: unseeded)")
    ap.add_argument("--seconds", help="per-second JSON lines to this file")
    ap.add_argument("--summary", help="JSON summary to this file")
    ap.add_argument("--comments", help="every 201 comment as '<id>\\t<body>' to this file")
    ap.add_argument("--events", help="every request as CSV to this file")
    ap.add_argument("--quiet", action="store_true", help="no per-second lines on stdout")
    args = ap.parse_args()
    if args.tag is None:
        args.tag = f"{int(time.time()) % 10**7:07d}"
    if args.readers <= 0:
        args.readers = args.connections

    u = urllib.parse.urlsplit(args.base)
    host, port = u.hostname, u.port or 80
    setup = Client(host, port, 60)
    try:
        if args.ids_file:
            with open(args.ids_file) as f:
                ids = [int(line) for line in f if line.strip()]
        else:
            ids = fetch_ids(setup, {"X-Forwarded-For": "10.77.250.1"})
        excluded = {int(x) for x in args.exclude_ids.split(",") if x.strip()}
        ids = [i for i in ids if i not in excluded]
        if not ids:
            raise RuntimeError("no published article")
        with open(args.words, encoding="utf-8") as f:
            words = [w.strip() for w in f if w.strip() and not w.startswith("#")]
        t = time.time()
        readers = [make_reader(setup, args.tag, n, args.password) for n in range(1, args.readers + 1)]
        print(f"set-up: {len(ids)} article ids, {len(words)} words, {len(readers)} readers registered and logged in "
              f"in {time.time() - t:.1f} s (tag {args.tag})", flush=True)
    except (RuntimeError, OSError, http.client.HTTPException, ValueError) as e:
        print(f"set-up failed: {e}", file=sys.stderr)
        return 2
    finally:
        setup.close()

    per_thread = [[] for _ in range(args.connections)]
    for i, r in enumerate(readers):
        per_thread[i % args.connections].append(r)
    for i in range(args.connections):
        if not per_thread[i]:
            per_thread[i].append(readers[i % len(readers)])

    stats = Stats()
    out_lock = threading.Lock()
    comments_out = open(args.comments, "a", encoding="utf-8") if args.comments else None
    events_file = open(args.events, "w", newline="") if args.events else None
    events_out = csv.writer(events_file) if events_file else None
    seconds_out = open(args.seconds, "w") if args.seconds else None
    start = time.time()
    deadline = start + args.duration
    threads = [threading.Thread(target=worker, daemon=True,
                                args=(i, args, host, port, ids, words, per_thread[i], stats, deadline, start,
                                      comments_out, events_out, out_lock))
               for i in range(args.connections)]
    mode = f"open loop at {args.rate:g} req/s" if args.rate else "closed loop"
    print(f"load: {args.base}, {args.connections} connections, {args.duration:g} s, {mode}, timeout {args.timeout:g} s, "
          f"start {start:.3f}", flush=True)
    for th in threads:
        th.start()

    def flush_second(sec):
        b = stats.take_second(sec)
        if b is None:
            b = {c: 0 for c in CATEGORIES}
            b["lat"] = []
        rel = sec - int(start)
        if not args.quiet:
            print(second_line(rel, b), flush=True)
        if seconds_out:
            lat = sorted(b["lat"])
            rec = {c: b[c] for c in CATEGORIES}
            rec.update(epoch=sec, t=rel, n=len(lat), p50=percentile(lat, 50), p99=percentile(lat, 99))
            seconds_out.write(json.dumps(rec) + "\n")
            seconds_out.flush()

    sec = int(start)
    while any(th.is_alive() for th in threads):
        time.sleep(max(0.0, sec + 1.05 - time.time()))
        if time.time() >= sec + 1:
            flush_second(sec)
            sec += 1
    for th in threads:
        th.join()
    end = time.time()
    while sec <= int(end):
        flush_second(sec)
        sec += 1
    for f in (comments_out, events_file, seconds_out):
        if f:
            f.close()

    elapsed = end - start
    total = sum(stats.total.values())
    all_ok = sorted(x for k in KINDS for x in stats.lat[k])
    summary = {
        "tag": args.tag, "base": args.base, "connections": args.connections, "duration": args.duration,
        "rate": args.rate, "timeout": args.timeout, "start": start, "end": end, "elapsed": elapsed,
        "requests": total, "throughput": total / elapsed if elapsed > 0 else 0,
        "ok_throughput": stats.total["ok"] / elapsed if elapsed > 0 else 0,
        "total": stats.total, "by_kind": stats.by_kind, "comments_created": stats.created, "late_starts": stats.late,
        "latency_ok_ms": {"p50": percentile(all_ok, 50), "p99": percentile(all_ok, 99)},
        "latency_ok_ms_by_kind": {k: {"p50": percentile(sorted(stats.lat[k]), 50),
                                      "p99": percentile(sorted(stats.lat[k]), 99)} for k in KINDS},
        "samples": stats.samples,
    }
    if args.summary:
        with open(args.summary, "w") as f:
            json.dump(summary, f, ensure_ascii=False, indent=1)
    fmt = lambda v: "-" if v is None else f"{v:.1f}"
    print(f"summary: {total} requests in {elapsed:.1f} s ({summary['throughput']:.1f}/s, ok {summary['ok_throughput']:.1f}/s); "
          + " ".join(f"{c}={stats.total[c]}" for c in CATEGORIES)
          + f"; ok latency p50 {fmt(summary['latency_ok_ms']['p50'])} ms p99 {fmt(summary['latency_ok_ms']['p99'])} ms"
          + f"; comments created {stats.created}" + (f"; late starts {stats.late}" if args.rate else ""))
    for k in KINDS:
        bad = {c: n for c, n in stats.by_kind[k].items() if c != "ok" and n}
        lk = summary["latency_ok_ms_by_kind"][k]
        print(f"  {k}: ok {stats.by_kind[k]['ok']}, failed {bad or 0}, p50 {fmt(lk['p50'])} ms p99 {fmt(lk['p99'])} ms")
    for key, s in sorted(stats.samples.items()):
        print(f"  sample {key}: {s[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
