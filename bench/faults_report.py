#!/usr/bin/env python3
"""Figures of bench/faults.sh out of bench/mixed_load.py's files (python3 standard library only).

  faults_report.py window EVENTS T0 [T1]
      Requests started at or after epoch T0 (and before T1): counts per kind (page/search/comment) and category,
      p50/p99 of the answered ones (ok or not), and the recovery: seconds from T0 to the start of the last
      failed request (0.0 when none failed), i.e. every request started after T0 + recovery succeeded. Failed
      here: 5xx, timeout, connection error; 4xx and 429 answers (e.g. login_required when a session did not
      survive) are counted per kind and as "refused", not as failures of the service.
      Prints lines for people, then "RESULT key=value ..." for the script.
  faults_report.py after EVENTS T0
      From epoch T0 (the database answering again): seconds to the first successful answer of each kind and
      of a comment post, and to the steady success (start of the last failed request answered after T0, 0.0 if
      none; failed as for window).
  faults_report.py comments TSV ROWS
      TSV: mixed_load.py's accepted comments ("<id>\\t<body>", every 201). ROWS: the database's rows of the run
      ("<id>\\t<body_html>", the run's tag in the body). Lost: a 201 id missing from the rows, or its row holding
      another body. Stored twice: a body that is in more than one row. Stored without a 201: a row of the run
      whose id no 201 named (a post whose answer was lost: timeout, connection error, 5xx after the commit).
  faults_report.py slices EVENTS T0 SECONDS
      Per slice of SECONDS from T0: requests, 5xx, other failures, p50 and p99 of the answered ones.
Exit status 0; 2 on bad arguments or unreadable files.
"""
import csv
import sys

FAIL = {"4xx", "429", "500", "502", "503ra", "503", "5xx", "timeout", "connerr"}
# failures of the service (recovery times are measured on these; 4xx/429 answers are counted and shown apart)
DOWN = {"500", "502", "503ra", "503", "5xx", "timeout", "connerr"}
SERVER_ERR = {"500", "502", "503ra", "503", "5xx"}


def pct(values, p):
    if not values:
        return None
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return s[k]


def fmt(v):
    return "-" if v is None else f"{v:.1f}"


def read_events(path):
    """Rows (start, end, kind, category, status, ms) ordered by start."""
    rows = []
    with open(path, newline="") as f:
        for r in csv.reader(f):
            if len(r) == 6:
                rows.append((float(r[0]), float(r[1]), r[2], r[3], int(r[4]), float(r[5])))
    rows.sort()
    return rows


def window(path, t0, t1=None):
    rows = [r for r in read_events(path) if r[0] >= t0 and (t1 is None or r[0] < t1)]
    kinds = {}
    for r in rows:
        k = kinds.setdefault(r[2], {"n": 0, "cats": {}, "ms": []})
        k["n"] += 1
        k["cats"][r[3]] = k["cats"].get(r[3], 0) + 1
        if r[3] not in ("timeout", "connerr"):
            k["ms"].append(r[5])
    failing = [r for r in rows if r[3] in DOWN]
    last_fail = max((r[0] for r in failing), default=None)
    recovery = 0.0 if last_fail is None else last_fail - t0
    last_fail_end = max((r[1] for r in failing), default=None)
    for name in ("page", "search", "comment"):
        k = kinds.get(name)
        if not k:
            print(f"  {name:8s} no requests")
            continue
        cats = " ".join(f"{c}={n}" for c, n in sorted(k["cats"].items()))
        print(f"  {name:8s} {k['n']} requests: {cats}; answered p50 {fmt(pct(k['ms'], 50))} ms, p99 {fmt(pct(k['ms'], 99))} ms")
    total = {}
    for r in rows:
        total[r[3]] = total.get(r[3], 0) + 1
    res = {
        "requests": len(rows), "failed": len(failing), "refused": sum(1 for r in rows if r[3] in ("4xx", "429")),
        "recovery": f"{recovery:.1f}",
        "last_fail_end": "-" if last_fail_end is None else f"{last_fail_end - t0:.1f}",
        "timeouts": total.get("timeout", 0), "connerr": total.get("connerr", 0),
        "s500": total.get("500", 0), "s503ra": total.get("503ra", 0), "s503": total.get("503", 0),
        "s502": total.get("502", 0), "s5xx": total.get("5xx", 0), "s4xx": total.get("4xx", 0), "s429": total.get("429", 0),
    }
    for name in ("page", "search", "comment"):
        k = kinds.get(name, {"n": 0, "cats": {}, "ms": []})
        res[f"{name}_n"] = k["n"]
        res[f"{name}_bad"] = sum(n for c, n in k["cats"].items() if c in FAIL)
        res[f"{name}_p50"] = fmt(pct(k["ms"], 50))
        res[f"{name}_p99"] = fmt(pct(k["ms"], 99))
    print("RESULT " + " ".join(f"{k}={v}" for k, v in res.items()))


def after(path, t0):
    rows = [r for r in read_events(path) if r[1] >= t0]
    firsts = {}
    for r in sorted(rows, key=lambda r: r[1]):
        if r[3] == "ok" and r[2] not in firsts:
            firsts[r[2]] = r[1] - t0
    any_ok = min(firsts.values(), default=None)
    # failures answered after t0; a request started before t0 and failed after it counts as 0.0
    steady = max(0.0, max((r[0] - t0 for r in rows if r[3] in DOWN), default=0.0))
    print("  first success after the database answered: "
          + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(firsts.items())) if firsts else "  no success after the database answered")
    print(f"  steady success (every request started later succeeded) {steady:.1f} s after the database answered")
    print(f"RESULT first={fmt(any_ok)} first_comment={fmt(firsts.get('comment'))} first_page={fmt(firsts.get('page'))} steady={steady:.1f}")


def comments(tsv, rows_path):
    accepted = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t", 1)
            if len(parts) == 2 and parts[0].isdigit():
                accepted[int(parts[0])] = parts[1]
    stored = {}
    with open(rows_path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t", 1)
            if len(parts) == 2 and parts[0].isdigit():
                stored[int(parts[0])] = parts[1]
    lost = [i for i, body in accepted.items() if i not in stored or body not in stored[i]]
    by_body = {}
    for i, html in stored.items():
        by_body.setdefault(html, []).append(i)
    twice = {b: ids for b, ids in by_body.items() if len(ids) > 1}
    unacked = [i for i in stored if i not in accepted]
    print(f"  comments: accepted (201) {len(accepted)}, found in the database {len(accepted) - len(lost)}, lost {len(lost)}"
          f"{' ' + str(sorted(lost)[:10]) if lost else ''}; stored twice {len(twice)}"
          f"{' ' + str(list(twice.values())[:5]) if twice else ''}; stored without a 201 (answer lost) {len(unacked)}")
    print(f"RESULT accepted={len(accepted)} lost={len(lost)} twice={len(twice)} unacked={len(unacked)}")


def slices(path, t0, width):
    rows = [r for r in read_events(path) if r[0] >= t0]
    buckets = {}
    for r in rows:
        buckets.setdefault(int((r[0] - t0) // width), []).append(r)
    for i in sorted(buckets):
        b = buckets[i]
        ms = [r[5] for r in b if r[3] not in ("timeout", "connerr")]
        s5 = sum(1 for r in b if r[3] in SERVER_ERR)
        other = sum(1 for r in b if r[3] in FAIL and r[3] not in SERVER_ERR)
        print(f"SLICE {i} start={i * width} requests={len(b)} s5xx={s5} other_failed={other} p50={fmt(pct(ms, 50))} p99={fmt(pct(ms, 99))}")


def main(argv):
    try:
        cmd = argv[1]
        if cmd == "window":
            window(argv[2], float(argv[3]), float(argv[4]) if len(argv) > 4 else None)
        elif cmd == "after":
            after(argv[2], float(argv[3]))
        elif cmd == "comments":
            comments(argv[2], argv[3])
        elif cmd == "slices":
            slices(argv[2], float(argv[3]), float(argv[4]))
        else:
            raise IndexError
    except (IndexError, ValueError, OSError) as e:
        print(f"usage: see the docstring of {argv[0]} ({e})", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
