import json, sys, re, collections
def check(path, lang):
    ids=set(); errs=0; n=neg=nst=nopt=0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        p = json.loads(line)
        for k in ("id","language","published","title","text","statements"):
            assert k in p, (ln,k)
        assert p["language"]==lang
        assert p["id"] not in ids; ids.add(p["id"])
        assert re.fullmatch(r"202[345]-\d\d-\d\d", p["published"]), p["id"]
        t=p["text"]
        if t.strip().startswith(p["title"]) or p["title"] in t:
            print("TITLE IN TEXT", p["id"]); errs+=1
        n+=1
        if not p["statements"]:
            neg+=1
            if not p.get("note"): print("NEG WITHOUT NOTE", p["id"]); errs+=1
        seen_null=False
        for s in p["statements"]:
            for k in ("speaker","quote","direct","pattern"):
                assert k in s, (p["id"],k)
            assert isinstance(s["speaker"], list) and s["speaker"], p["id"]
            nst+=1; nopt+=bool(s.get("optional"))
            q=s["quote"]
            if q is None:
                seen_null=True
                if s["direct"]: print("NULL DIRECT", p["id"]); errs+=1
                continue
            if seen_null: print("QUOTE AFTER NULL", p["id"]); errs+=1
            if q[-1] in ".,;:!?" : print("TRAILING PUNCT", p["id"], q[-5:]); errs+=1
            # greedy segmentation: pieces joined by one space, each a substring of the text
            pos=0; pieces=[]
            while pos < len(q):
                best=0
                for end in range(len(q), pos, -1):
                    if q[pos:end] in t and (end==len(q) or q[end]==" "):
                        best=end; break
                if not best:
                    print("QUOTE NOT FOUND", p["id"], repr(q[pos:pos+60])); errs+=1; break
                pieces.append(q[pos:best]); pos=best+1
            if len(pieces)>1:
                if len(pieces)>2 or min(len(x.split()) for x in pieces)<2:
                    print("SUSPICIOUS SPLIT", p["id"], pieces); errs+=1
    print(path, "passages", n, "negative", neg, "statements", nst, "optional", nopt, "errors", errs)
    return errs
import os
e = sum(check(f, f[:2]) for f in ("en.jsonl","fr.jsonl") if os.path.exists(f))
sys.exit(1 if e else 0)
