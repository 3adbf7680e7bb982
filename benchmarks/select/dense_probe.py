"""Would meaning alone answer what the selector answers "none"? (round 20's probe)

For every request a set's decisions answer none, the style or concept family MiniLM puts closest
to the whole request, its cosine and its lead over the next such family, with the gold: one JSON
line each. Sweep thresholds over the lines to see what a dense-only select would fix and misroute.

usage: python benchmarks/select/dense_probe.py DECISIONS_DIR SET...   (run from the repo root;
DECISIONS_DIR holds <set>.jsonl from `personalq select --batch`; SET: dev, large or heldoutN)
"""
import os, sys, json
os.environ.setdefault("PERSONALQ_TODAY", "2026-12-06")
from personalq.bench.select_bench import ingest_fresh, locate
from personalq.checkin.select import Selector
decdir = sys.argv[1]
for s in sys.argv[2:]:
    b = locate("/work/shared/bench/dev" if s == "dev" else ("benchmarks/select" if s == "large" else f"benchmarks/select/{s}"))
    cards = {json.loads(l)["id"]: json.loads(l) for l in open(b.catalog)}
    store, _, _ = ingest_fresh(b.catalog)
    sel = Selector(store)
    cases = [json.loads(l) for l in open(b.cases)]
    decs = [json.loads(l) for l in open(f"{decdir}/{s}.jsonl")]
    for c, d in zip(cases, decs):
        if d.get("action") != "none":
            continue
        r = sel._dense_kinds(c["prompt"], ("concept", "style"), 2)
        if not r:
            continue
        lead = r[0][1] - (r[1][1] if len(r) > 1 else 0)
        gfam = [cards[g]["family"] for g in c["gold"]]
        ok = c["expect"] == "select" and gfam == [r[0][0]]
        print(json.dumps({"set": s, "p": c["prompt"], "expect": c["expect"], "gold": gfam, "top": r[0][0],
                          "cos": round(r[0][1], 3), "lead": round(lead, 3), "ok": ok}), flush=True)
