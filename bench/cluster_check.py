#!/usr/bin/env python3
"""Cross-node checks of the two-node set-up of bench/cluster.sh (issue 12); run by `bench/cluster.sh check`.

Talks to node A and node B directly (http://127.0.0.1:<port>) and to nginx, reading the ports, the admin
password and token and the nodes' settings from CLUSTER_DIR (cluster.env, admin-password, admin-token,
node.env; default target/cluster). Prints every check as PASS or FAIL with what it measured and exits 1 if
one fails. Each check uses its own accounts, articles and client addresses (X-Forwarded-For, which the nodes
believe from 127.0.0.1), drawn afresh at every run, so the checks can be run again on the same cluster.

 1 sessions    admin and a new reader log in through A; through B both are logged in with the same roles
               (the admin endpoint GET /api/admin/accounts: admin 200, reader 403); 6 requests through nginx
               alternate nodes (nginx's X-Inkstone-Upstream header) and are all logged in; log-out through B;
               the old cookies (JSESSIONID and JSESSIONIDVERSION) replayed to A and to B are anonymous
               (authenticated false, admin endpoint 401)
 2 comment     a logged-in reader's comment posted through A (a reader under the CAPTCHA threshold needs none,
               and a reader's comment without links or flagged words is approved, so it is public) is listed
               by B's comments API, read anonymously every 100 ms after B's cached list was warmed (the worst
               case: inkstone.comment.list-cache-ms is 1 s); no poll sent 1 s or more after the 201 may miss it
 3 captcha     a challenge issued by A, answered wrongly through B: 422 captcha_wrong (not captcha_unknown)
 4 withdrawal  an article listed in other articles' related lists (read on B before) is withdrawn on A; within
               2 s B's page answers 410, B's search for its title no longer lists it and none of those related
               lists on B contains it (each delay printed)
 5 scheduled   a reporter's article published by the admin for ~4 s ahead: 3 s after it is due it is published,
               its audit has exactly one transition to published, and the two nodes' logs hold exactly one
               "scheduled article <id> published" line in total
 6 push        a partner with a push endpoint on a local receiver (inkstone.syndication.allowed-hosts lists
               127.0.0.1, see cluster.sh); one published article: exactly one POST with one X-Inkstone-Delivery
               id, none more in the following 5 s; the delivery log has one delivery, delivered, same uid; the
               partner is deleted afterwards
 7 views       40 article page GETs alternating A and B, each from another client address (browser
               User-Agent, no cookie), sent at the start of the run: the stored count (mariadb client) is
               before + 40 after the flush interval (inkstone.views.flush-interval-ms), and both nodes'
               API show before + 40 within 65 s (a node caches article rows up to a minute and adds only its
               own views at once); verified last
 8 rate limit  inkstone.captcha.rate.per-minute challenges from one client address alternating A and B: the
               first max are 201 and exactly the (max+1)-th is 429 (started early in a minute: fixed windows)
Usage: CLUSTER_DIR=target/cluster python3 bench/cluster_check.py [check numbers, e.g. 1 4]
Standard library only.
"""
import http.cookiejar
import http.server
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timedelta, timezone

DIR = os.environ.get("CLUSTER_DIR") or "target/cluster"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
RUN = "%06d" % random.randrange(10 ** 6)


def read_env(name):
    values = {}
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                k, v = line.rstrip("\n").split("=", 1)
                values[k] = v
    return values


CLUSTER = read_env("cluster.env")
NODE = read_env("node.env")
A = "http://127.0.0.1:%s" % CLUSTER["CLUSTER_PORT_A"]
B = "http://127.0.0.1:%s" % CLUSTER["CLUSTER_PORT_B"]
NGINX = "http://127.0.0.1:%s" % CLUSTER["CLUSTER_PORT"]
with open(os.path.join(DIR, "admin-password"), encoding="utf-8") as f:
    ADMIN_PASSWORD = f.read().strip()
with open(os.path.join(DIR, "admin-token"), encoding="utf-8") as f:
    TOKEN = f.read().strip()


def setting(key, default):
    return int(NODE.get(key.upper().replace(".", "_").replace("-", "_")) or default)


_addresses = set()


def address():
    """A fresh client address for X-Forwarded-For (not trusted, so the nodes take it as the client)."""
    while True:
        a = "10.%d.%d.%d" % (random.randrange(1, 255), random.randrange(1, 255), random.randrange(1, 255))
        if a not in _addresses:
            _addresses.add(a)
            return a


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    def json(self):
        return json.loads(self.body) if self.body else None

    def code(self):
        try:
            return (self.json() or {}).get("code")
        except ValueError:
            return None


class Client:
    """One user agent: its own cookie jar (every cookie, JSESSIONID and JSESSIONIDVERSION; cookies do not
    depend on the port, so A, B and nginx share them as one site), a client address and a User-Agent."""

    def __init__(self, xff=None, cookies=True, agent=BROWSER):
        self.jar = http.cookiejar.CookieJar()
        handlers = [urllib.request.HTTPCookieProcessor(self.jar)] if cookies else []
        self.opener = urllib.request.build_opener(*handlers)
        self.xff, self.agent = xff, agent

    def call(self, method, url, body=None, headers=None, token=False, timeout=30):
        h = {"User-Agent": self.agent}
        if self.xff:
            h["X-Forwarded-For"] = self.xff
        if token:
            h["Authorization"] = "Bearer " + TOKEN
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        req = urllib.request.Request(url, data=data, method=method, headers=h)
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return Response(r.status, r.headers, r.read().decode("utf-8", "replace"))
        except urllib.error.HTTPError as e:
            return Response(e.code, e.headers, e.read().decode("utf-8", "replace"))

    def cookie_header(self):
        return "; ".join("%s=%s" % (c.name, c.value) for c in self.jar)


def expect(resp, status, what):
    if resp.status != status:
        raise AssertionError("%s: HTTP %d (expected %d) %s" % (what, resp.status, status, resp.body[:300]))
    return resp.json() if resp.body and resp.body.lstrip()[:1] in ("{", "[") else None


def login(client, base, username, password):
    expect(client.call("POST", base + "/api/session", {"username": username, "password": password}), 200,
           "log-in of " + username)


def register_reader(base, tag):
    """A new reader account, logged in through `base`: (client, username)."""
    c = Client(xff=address())
    name = "ck%s%s" % (tag, RUN)
    password = "pw-%s-%s-check" % (tag, RUN)
    expect(c.call("POST", base + "/api/accounts", {"username": name, "displayName": "读者%s%s" % (tag, RUN),
                                                  "password": password}), 201, "registration of " + name)
    login(c, base, name, password)
    return c, name


_staff = {}


def staff():
    """(admin client, reporter client), both logged in through A; made once per run."""
    if not _staff:
        admin = Client(xff=address())
        login(admin, A, "admin", ADMIN_PASSWORD)
        name = "ckrep" + RUN
        password = "pw-reporter-%s-check" % RUN
        expect(admin.call("POST", A + "/api/admin/accounts", {"username": name, "displayName": "记者" + RUN,
                                                              "password": password, "roles": ["reporter"]}),
               201, "creating a reporter")
        reporter = Client(xff=address())
        login(reporter, A, name, password)
        _staff.update(admin=admin, reporter=reporter)
    return _staff["admin"], _staff["reporter"]


def new_article(reporter, tag):
    title = "集群检查%s%s号稿件" % (tag, RUN)
    created = expect(reporter.call("POST", A + "/api/newsroom/articles", {
        "title": title, "channel": "tech", "tags": ["集群检查"], "source": "集群检查",
        "bodyHtml": "<p>%s：两个节点的集群检查稿件正文。</p>" % title}), 201, "creating an article")
    return created, title


_used = set()


def pick_article(client, base, rng):
    """A published article (by B's or A's API) that no other check of this run uses."""
    while True:
        aid = rng.randrange(1, 1165)
        if aid in _used:
            continue
        r = client.call("GET", "%s/api/articles/%d" % (base, aid))
        if r.status == 200:
            _used.add(aid)
            return aid, r.json()


def now_iso(delta_s=0.0):
    return (datetime.now(timezone.utc) + timedelta(seconds=delta_s)).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------------------------------------------- checks

def check_sessions(say):
    anon = Client()
    roles = {}
    users = []
    admin = Client(xff=address())
    login(admin, A, "admin", ADMIN_PASSWORD)
    users.append(("admin", admin, 200))
    reader, rname = register_reader(A, "s")
    users.append((rname, reader, 403))
    failures = []
    for name, c, admin_status in users:
        on_a = expect(c.call("GET", A + "/api/session"), 200, "session on A")
        roles[name] = sorted(on_a.get("roles") or [])
        on_b = expect(c.call("GET", B + "/api/session"), 200, "session on B")
        same = on_b.get("authenticated") is True and on_b.get("username") == name and sorted(on_b.get("roles") or []) == roles[name]
        adm = c.call("GET", B + "/api/admin/accounts").status
        say("%s: A roles %s; B authenticated=%s roles %s; GET /api/admin/accounts via B: %d (expected %d)"
            % (name, roles[name], on_b.get("authenticated"), sorted(on_b.get("roles") or []), adm, admin_status))
        if not (same and adm == admin_status and on_a.get("authenticated") is True):
            failures.append("%s not the same on B" % name)
    seq, logged = [], 0
    for _ in range(6):
        r = admin.call("GET", NGINX + "/api/session")
        seq.append(r.headers.get("X-Inkstone-Upstream", "?").split(":")[-1])
        logged += 1 if r.status == 200 and r.json().get("authenticated") is True else 0
    alternate = all(seq[i] != seq[i + 1] for i in range(5)) and len(set(seq)) == 2
    say("6 GETs /api/session through nginx: upstream ports %s, logged in %d/6" % (" ".join(seq), logged))
    if not (alternate and logged == 6):
        failures.append("nginx: %s, %d/6 logged in" % ("alternating" if alternate else "not alternating", logged))
    old = {name: c.cookie_header() for name, c, _ in users}
    for name, c, _ in users:
        out = c.call("DELETE", B + "/api/session").status
        say("%s: log-out through B: %d" % (name, out))
        if out != 204:
            failures.append("%s log-out %d" % (name, out))
    for name, _, _ in users:
        for label, base in (("A", A), ("B", B)):
            s = anon.call("GET", base + "/api/session", headers={"Cookie": old[name]})
            adm = anon.call("GET", base + "/api/admin/accounts", headers={"Cookie": old[name]})
            auth = s.json().get("authenticated") if s.status == 200 else None
            say("%s: old cookies replayed to %s: authenticated=%s, admin endpoint %d (expected false, 401)"
                % (name, label, auth, adm.status))
            if not (auth is False and adm.status == 401):
                failures.append("%s's old session alive on %s" % (name, label))
    if failures:
        return False, "; ".join(failures)
    return True, "roles kept across nodes, nginx alternates, log-out ends the session on both"


def check_comment(say):
    rng = random.Random()
    reader, _ = register_reader(A, "c")
    aid, _ = pick_article(reader, B, rng)
    anon = Client(cookies=False)
    url_b = "%s/api/articles/%d/comments?order=newest&size=20" % (B, aid)
    expect(anon.call("GET", url_b), 200, "B's comments before")  # warms B's list cache (the worst case)
    text = "集群检查评论 %s：两个节点看到同一条评论。" % RUN
    posted = reader.call("POST", "%s/api/articles/%d/comments" % (A, aid), {"body": text})
    t_post = time.monotonic()
    body = expect(posted, 201, "comment via A")
    cid = body["id"]
    say("article %d: comment %d posted through A, status %s" % (aid, cid, body.get("status")))
    if body.get("status") != "approved":
        return False, "comment is %s, not approved (not public)" % body.get("status")
    polls, last_miss = 0, None
    while True:
        sent = time.monotonic() - t_post
        r = anon.call("GET", url_b)
        polls += 1
        if r.status == 200 and any(i.get("id") == cid for i in r.json().get("items", [])):
            seen = time.monotonic() - t_post
            break
        last_miss = sent
        if sent > 3:
            return False, "not listed by B %.2f s after the post" % sent
        time.sleep(0.1)
    # Visible within 1 s: no poll sent 1 s or more after the 201 missed it (100 ms granularity).
    ok = last_miss is None or last_miss < 1.0
    return ok, ("listed by B: last poll without it sent at %s, first with it sent at %.0f ms (answered at %.0f ms, "
                "%d polls) after the 201; limit: none missing from 1000 ms on") % (
        "-" if last_miss is None else "%.0f ms" % (last_miss * 1000), sent * 1000, seen * 1000, polls)


def check_captcha(say):
    rng = random.Random()
    c = Client(xff=address())
    aid, _ = pick_article(c, A, rng)
    cap = expect(c.call("POST", A + "/api/captcha", {"action": "comment", "articleId": aid}), 201, "captcha via A")
    # '2' is not in the challenge alphabet (CaptchaService.CHARS), so this answer is always wrong
    r = c.call("POST", "%s/api/articles/%d/comments" % (B, aid), {
        "nickname": "访客" + RUN, "body": "集群检查：错误的验证码 %s" % RUN, "captchaId": cap["id"], "captchaAnswer": "22222"})
    say("challenge %s from A, wrong answer through B: HTTP %d %s" % (cap["id"][:8] + "…", r.status, r.code()))
    return r.status == 422 and r.code() == "captcha_wrong", "B answered %d %s (expected 422 captcha_wrong)" % (r.status, r.code())


def check_withdrawal(say):
    rng = random.Random()
    c = Client(cookies=False)
    referrers = {}
    sample = [i for i in rng.sample(range(1, 1165), 120) if i not in _used]
    for rid in sample[:90]:
        r = c.call("GET", "%s/api/articles/%d" % (B, rid))
        if r.status != 200:
            continue
        for item in r.json().get("related") or []:
            referrers.setdefault(item["id"], set()).add(rid)
    candidates = sorted((x for x in referrers if x not in _used), key=lambda x: -len(referrers[x]))
    chosen = None
    for x in candidates[:10]:
        page = c.call("GET", "%s/api/articles/%d" % (B, x))
        if page.status != 200:
            continue
        title = page.json()["title"]
        hits = c.call("GET", "%s/api/search?q=%s" % (B, urllib.parse.quote(title)))
        if hits.status == 200 and any(h["id"] == x for h in hits.json()["hits"]):
            chosen, q = x, title
            break
    if chosen is None:
        return False, "no article found in related lists and in B's search"
    _used.add(chosen)
    refs = sorted(referrers[chosen])
    say("article %d (%s) in the related lists of %s on B; searchable on B by its title" % (chosen, q, refs))
    r = c.call("POST", "%s/api/admin/articles/%d/withdraw" % (A, chosen), {"reason": "集群检查撤稿 " + RUN}, token=True)
    t0 = time.monotonic()
    expect(r, 204, "withdrawal on A")
    delays = {}
    while len(delays) < 3 and time.monotonic() - t0 < 5:
        t = time.monotonic() - t0
        if "page" not in delays and c.call("GET", "%s/articles/%d" % (B, chosen)).status == 410:
            delays["page"] = t
        if "search" not in delays:
            s = c.call("GET", "%s/api/search?q=%s" % (B, urllib.parse.quote(q)))
            if s.status == 200 and not any(h["id"] == chosen for h in s.json()["hits"]):
                delays["search"] = t
        if "related" not in delays:
            lists = [c.call("GET", "%s/api/articles/%d" % (B, rid)).json() for rid in refs]
            if all(chosen not in [i["id"] for i in (d.get("related") or [])] for d in lists):
                delays["related"] = t
        time.sleep(0.1)
    for k in ("page", "search", "related"):
        say("gone from B's %s after %s" % (k, "%.0f ms" % (delays[k] * 1000) if k in delays else "more than 5 s"))
    ok = len(delays) == 3 and max(delays.values()) <= 2.0
    return ok, "withdrawn on A, gone from B's page, search and %d related lists within %.0f ms (limit 2000 ms)" % (
        len(refs), max(delays.values()) * 1000 if delays else -1)


def check_scheduled(say):
    admin, reporter = staff()
    logs = {n: os.path.join(DIR, "node-%s.log" % n) for n in ("A", "B")}
    offsets = {n: os.path.getsize(f) if os.path.exists(f) else 0 for n, f in logs.items()}  # lines from now on
    created, title = new_article(reporter, "定时")
    aid = created["id"]
    due = now_iso(4)
    r = expect(admin.call("POST", "%s/api/newsroom/articles/%d/transitions" % (A, aid), {
        "action": "publish", "version": created["version"], "publishAt": due, "acknowledgeSensitive": True}), 200,
        "scheduling")
    say("article %d scheduled for %s: status %s" % (aid, due, r.get("status")))
    if r.get("status") != "scheduled":
        return False, "status after publish with publishAt: %s" % r.get("status")
    wait = datetime.fromisoformat(due).timestamp() + 3 - time.time()
    time.sleep(max(0.0, wait))
    art = expect(admin.call("GET", "%s/api/newsroom/articles/%d" % (A, aid)), 200, "newsroom article")
    hist = expect(admin.call("GET", "%s/api/newsroom/articles/%d/history" % (A, aid)), 200, "history")["items"]
    publishes = [h for h in hist if h.get("to") == "published"]
    line = "scheduled article %d published" % aid
    lines = 0
    for n, f in logs.items():
        try:
            with open(f, "rb") as fh:
                fh.seek(offsets[n] if os.path.getsize(f) >= offsets[n] else 0)
                lines += sum(1 for l in fh.read().decode("utf-8", "replace").splitlines()
                             if re.search(re.escape(line) + r"\b", l))
        except FileNotFoundError:
            pass
    public = Client(cookies=False).call("GET", "%s/api/articles/%d" % (B, aid)).status
    say("3 s after due: status %s, public API on B %d, audit transitions to published %d, log lines %d"
        % (art.get("status"), public, len(publishes), lines))
    ok = art.get("status") == "published" and public == 200 and len(publishes) == 1 and lines == 1
    return ok, "published once (audit %d, logs %d)" % (len(publishes), lines)


class Receiver(http.server.BaseHTTPRequestHandler):
    got = []
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with Receiver.lock:
            Receiver.got.append((time.monotonic(), self.headers.get("X-Inkstone-Delivery"), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def check_push(say):
    admin, reporter = staff()
    Receiver.got = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    pid = None
    try:
        partner = expect(admin.call("POST", A + "/api/admin/partners", {
            "name": "集群检查" + RUN, "endpoint": "http://127.0.0.1:%d/push" % port, "format": "ninjs", "channels": ["tech"]},
            token=True), 201, "partner registration")
        pid = partner["id"]
        created, _ = new_article(reporter, "推送")
        aid = created["id"]
        expect(admin.call("POST", "%s/api/newsroom/articles/%d/transitions" % (A, aid), {
            "action": "publish", "version": created["version"], "acknowledgeSensitive": True}), 200, "publish")
        t0 = time.monotonic()
        while not Receiver.got and time.monotonic() - t0 < 15:
            time.sleep(0.05)
        if not Receiver.got:
            return False, "no push within 15 s"
        first = Receiver.got[0][0] - t0
        time.sleep(5)
        got = list(Receiver.got)
        ids = sorted({g[1] for g in got})
        mine = [g for g in got if ("/%d" % aid) in json.loads(g[2]).get("uri", "")]
        say("partner %d at 127.0.0.1:%d, article %d: first POST %.0f ms after the publish; POSTs in %.1f s: %d "
            "(of this article %d), delivery ids %s" % (pid, port, aid, first * 1000, 5 + first, len(got), len(mine), ids))
        log = expect(admin.call("GET", "%s/api/admin/deliveries?partner=%d" % (B, pid), token=True), 200, "delivery log")["items"]
        say("delivery log (read on B): %s" % [(d["articleId"], d["status"], d["uid"], d["attempts"]) for d in log])
        ok = (len(got) == 1 and len(mine) == 1 and len(log) == 1 and log[0]["status"] == "delivered"
              and log[0]["uid"] == ids[0] and log[0]["articleId"] == aid)
        return ok, "%d POST, %d delivery id, delivery log %s" % (len(got), len(ids), [d["status"] for d in log])
    finally:
        if pid is not None:
            admin.call("DELETE", "%s/api/admin/partners/%d" % (A, pid), token=True)
        server.shutdown()
        server.server_close()


def db_views(aid):
    """The article's stored view count, read with the mariadb client (root on 127.0.0.1, as cluster.sh)."""
    out = subprocess.run(["mariadb", "-h", "127.0.0.1", "-u", "root", "-N", "-B", CLUSTER["CLUSTER_DB"], "-e",
                          "SELECT views FROM article WHERE id = %d" % int(aid)], capture_output=True, text=True,
                         timeout=30, check=True).stdout
    return int(out.strip())


_views = {}


def prepare_views(say):
    """Sends the page GETs at the start of the run; check_views verifies at the end (see there)."""
    rng = random.Random()
    probe = Client(cookies=False)
    aid, art = pick_article(probe, A, rng)
    before = db_views(aid)
    codes = []
    for i in range(40):
        c = Client(xff=address(), cookies=False)
        codes.append(c.call("GET", "%s/articles/%d" % (A if i % 2 == 0 else B, aid)).status)
    _views.update(aid=aid, before=before, api_before=art["views"], codes=codes, sent=time.monotonic())
    say("article %d: stored views %d (API on A %d); 40 page GETs sent, A and B alternating, 40 client addresses"
        % (aid, before, art["views"]))


def check_views(say):
    """Views from both nodes add up: the stored count reaches before + 40 after the flush interval, and
    both nodes' API show it. A node's API adds its own views at once but reads the other node's only when it
    reloads the row (article rows are cached for up to a minute, or until the index changes): so the API is
    polled for up to 65 s after the GETs (the other checks run in between)."""
    if not _views:
        prepare_views(say)
    aid, before, n = _views["aid"], _views["before"], 40
    if _views["codes"].count(200) != n:
        return False, "page GETs answered %s" % sorted(set(_views["codes"]))
    flush = setting("inkstone.views.flush-interval-ms", 5000) / 1000.0
    stored = None
    while True:
        stored = db_views(aid)
        since = time.monotonic() - _views["sent"]
        if stored >= before + n or since > flush + 2:
            break
        time.sleep(0.2)
    say("article %d: stored views %d -> %d %.1f s after the GETs (flush interval %.0f s)" % (aid, before, stored, since, flush))
    probe = Client(cookies=False)
    va = vb = None
    while True:
        va = probe.call("GET", "%s/api/articles/%d" % (A, aid)).json()["views"]
        vb = probe.call("GET", "%s/api/articles/%d" % (B, aid)).json()["views"]
        since = time.monotonic() - _views["sent"]
        if (va == vb == before + n) or since > 65:
            break
        time.sleep(0.5)
    say("API views %.1f s after the GETs: A %s, B %s" % (since, va, vb))
    time.sleep(0.5)
    stored = db_views(aid)
    ok = stored == before + n and va == vb == before + n
    return ok, "stored %d, API A %s, B %s (expected %d)" % (stored, va, vb, before + n)


def check_rate_limit(say):
    rng = random.Random()
    limit = setting("inkstone.captcha.rate.per-minute", 30)
    c = Client(xff=address())
    aid, _ = pick_article(Client(cookies=False), A, rng)
    into = time.time() % 60
    if into > 40:  # the window is the clock minute; start this burst early in one
        say("waiting %.0f s for the next minute (fixed one-minute windows)" % (60.5 - into))
        time.sleep(60.5 - into)
    statuses = []
    for i in range(limit + 2):
        base = A if i % 2 == 0 else B
        statuses.append(c.call("POST", base + "/api/captcha", {"action": "comment", "articleId": aid}).status)
    first429 = statuses.index(429) + 1 if 429 in statuses else None
    say("limit %d/min; %d challenges alternating A/B from one address: %s" % (
        limit, len(statuses), " ".join(str(s) for s in statuses)))
    ok = statuses[:limit] == [201] * limit and statuses[limit:] == [429, 429]
    return ok, "first 429 at request %s (expected %d)" % (first429, limit + 1)


CHECKS = [("sessions", check_sessions), ("comment", check_comment), ("captcha", check_captcha),
          ("withdrawal", check_withdrawal), ("scheduled", check_scheduled), ("push", check_push),
          ("views", check_views), ("rate limit", check_rate_limit)]
PREPARE = {7: prepare_views}  # started first, verified in its turn
ORDER = [1, 2, 3, 4, 5, 6, 8, 7]  # views last: its API figure needs the other node's row cache to turn over


def main():
    wanted = {int(a) for a in sys.argv[1:]} or set(range(1, len(CHECKS) + 1))
    failed = []
    t_all = time.monotonic()
    print("cluster check: nginx %s, A %s, B %s (run %s)" % (NGINX, A, B, RUN), flush=True)
    def sayer(no):
        return lambda text: print("   %d. %s" % (no, text), flush=True)
    for no, prepare in PREPARE.items():
        if no in wanted:
            try:
                prepare(sayer(no))
            except Exception as e:
                print("   %d. preparation failed: %s: %s" % (no, type(e).__name__, e), flush=True)
    for no in ORDER:
        name, fn = CHECKS[no - 1]
        if no not in wanted:
            continue
        t0 = time.monotonic()
        say = sayer(no)
        try:
            ok, detail = fn(say)
        except Exception as e:  # a check that cannot run fails; the others still run
            ok, detail = False, "%s: %s" % (type(e).__name__, e)
        print("%s %d. %s: %s (%.1f s)" % ("PASS" if ok else "FAIL", no, name, detail, time.monotonic() - t0), flush=True)
        if not ok:
            failed.append(name)
    print("%d of %d checks passed in %.0f s%s" % (len(wanted) - len(failed), len(wanted), time.monotonic() - t_all,
                                                 "; failed: " + ", ".join(failed) if failed else ""), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
