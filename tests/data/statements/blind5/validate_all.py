# Checks every blind5 file: JSON per line, ids, required fields; questions TSV columns and @param names.
import json, re, glob, os, sys, collections
errs = 0
def err(*a):
    global errs; errs += 1; print("ERROR", *a)
ids = set()
for kind, key in (("statements", "statements"), ("events", "events"), ("casualties", "casualties")):
    for path in sorted(glob.glob(f"{kind}/*.jsonl")):
        n = neg = items = 0
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            p = json.loads(line)
            for k in ("id", "language", "published", "title", "text", key):
                if k not in p: err(path, ln, "missing", k)
            if p["id"] in ids: err("dup id", p["id"])
            ids.add(p["id"])
            if p["title"] in p["text"]: err("title in text", p["id"])
            n += 1; neg += not p[key]; items += len(p[key])
            if not p[key] and not p.get("note"): err("negative without note", p["id"])
            if kind == "events":
                for e in p[key]:
                    assert e["type"] in ("DroneStrike","AirStrike","MissileStrike","Shelling","Attack"), p["id"]
                    assert re.fullmatch(r"[A-Z]{2}", e["country"]), p["id"]
                    assert e["date"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"])
                    assert (e["perpetrator"] is None) == (e["perpetrator_status"] is None), p["id"]
                    assert e["perpetrator_status"] in (None, "fact", "alleged")
            if kind == "casualties":
                for c in p[key]:
                    assert c["kind"] in ("killed", "injured") and isinstance(c["count"], int), p["id"]
                    assert c["bound"] in ("Exact","AtLeast","MoreThan","AtMost","Approximate"), p["id"]
                    assert c["source"] == "article" or (isinstance(c["source"], list) and c["source"]), p["id"]
        print(f"{path}: {n} passages, {neg} negative, {items} gold {key}")
# questions
params = {}
for rq in glob.glob("/work/main/queries/*.rq"):
    name = os.path.basename(rq)[:-3]
    params[name] = [l.split()[2] for l in open(rq) if l.startswith("# @param")]
rows = [l.rstrip("\n").split("\t") for l in open("questions_blind5.tsv", encoding="utf-8") if not l.startswith("#")]
assert rows[0] == ["question", "query", "params", "split"], rows[0]
cnt = collections.Counter(); prev_comment = None
lines = open("questions_blind5.tsv", encoding="utf-8").read().splitlines()
for i, l in enumerate(lines):
    if l.startswith("#") or l.startswith("question\t"): continue
    r = l.split("\t")
    if len(r) != 4: err("columns", l); continue
    q, query, ps, split = r
    if split != "holdout5": err("split", l)
    cnt[query] += 1
    if query == "REFUSE":
        if ps: err("refuse with params", l)
        if not lines[i-1].startswith("#"): err("refuse without reason comment", l)
        continue
    if query not in params: err("unknown query", query); continue
    for kv in [x for x in ps.split("; ") if x]:
        k, _, v = kv.partition("=")
        if k not in params[query] or not v: err("bad param", query, kv)
        if k in ("from", "to", "date") and not re.fullmatch(r"\d{4}-\d\d-\d\d", v): err("bad date", kv)
print("questions:", sum(cnt.values()), dict(cnt))
print("errors:", errs)
sys.exit(1 if errs else 0)
