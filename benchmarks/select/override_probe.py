"""Could meaning overrule the reasoner at first contact? (round 22's probe)

Two questions, on the decisions the selector gave each held-out set when it was new (the
`../results/select_heldoutN_first_decisions.jsonl` files, one per set, from the code of its day):

1. Override policy. Each request's MiniLM probabilities over the catalog's families (cosine of the
   request with a family's closest card, softmax at temperature TAU beside a "none of them" option
   at cosine NULL) may overrule the recorded decision in two ways: RESCUE (a "none" becomes a
   select of the family meaning ranks first, when its probability is at least `rescue`) and DOUBT
   (a select becomes a question between the selected family and the one meaning ranks first,
   when that one has at least `doubt` and the selected one at most `doubted`). The thresholds are
   swept on the older sets' first contacts and the best (aligned - 2 x misroute) is applied once
   to the newer sets' first contacts.
2. Learned matching (--head). A linear map on the request and card vectors (residual, trained
   on the older sets' labelled requests with a "none" option) against plain MiniLM: how often the
   meant family of a select request ranks first on the newer sets.

usage: python benchmarks/select/override_probe.py [--split N] [--head]   (from the repo root;
sets heldout2..N-1 tune, heldoutN.. test; default N=29)
"""
import argparse, itertools, json, re
from pathlib import Path

import numpy as np

from personalq.catalog.card import Card
from personalq.catalog.store import embed_text
from personalq.embed import encode

SETS, RESULTS = Path("benchmarks/select"), Path("benchmarks/results")
TAU, NULL = 0.05, 0.45  # softmax temperature over cosines; the cosine of "none of them"
OFF = 2.0  # a threshold no probability reaches


def load(n: int) -> dict | None:
    first = RESULTS / f"select_heldout{n}_first_decisions.jsonl"
    if not first.exists():
        return None
    rows = lambda p: [json.loads(l) for l in open(p) if l.strip()]
    cards, cases = rows(SETS / f"heldout{n}/catalog.jsonl"), rows(SETS / f"heldout{n}/cases.jsonl")
    fam = {c["id"]: c.get("family") or c["id"] for c in cards}
    fams = sorted(set(fam.values()))
    newest = {}
    for c in sorted(cards, key=lambda c: (c.get("version") or 0, c.get("created_at", ""))):
        newest[fam[c["id"]]] = c["id"]
    q = encode([c["prompt"] for c in cases])
    c_vectors = encode([embed_text(Card.from_dict(c)) for c in cards])
    cos = q @ c_vectors.T
    fam_cos = np.full((len(cases), len(fams)), -1.0)
    for j, c in enumerate(cards):
        k = fams.index(fam[c["id"]])
        fam_cos[:, k] = np.maximum(fam_cos[:, k], cos[:, j])
    return {"name": f"heldout{n}", "cards": cards, "cases": cases, "fam": fam, "fams": fams,
            "newest": newest, "q": q, "c": c_vectors, "fam_cos": fam_cos, "decisions": rows(first)}


def probabilities(fam_cos: np.ndarray) -> np.ndarray:
    logits = np.concatenate([fam_cos, np.full((len(fam_cos), 1), NULL)], 1) / TAU
    e = np.exp(logits - logits.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def overrule(s: dict, rescue: float, doubt: float, doubted: float) -> list[dict]:
    out = []
    for d, p in zip(s["decisions"], probabilities(s["fam_cos"])):
        top = int(p[:-1].argmax())
        chosen = [x["id"] if isinstance(x, dict) else x for x in d.get("checkpoints") or []]
        new = {"action": d["action"], "checkpoints": chosen, "options": d.get("options") or []}
        picked = {s["fam"].get(x) for x in chosen}
        if d["action"] == "none" and p[top] >= rescue:
            new = {"action": "select", "checkpoints": [s["newest"][s["fams"][top]]], "options": []}
        elif d["action"] == "select" and len(picked) == 1 and None not in picked:
            mine = s["fams"].index(picked.pop())
            if top != mine and p[top] >= doubt and p[mine] <= doubted:
                new = {"action": "clarify", "checkpoints": [],
                       "options": [s["newest"][s["fams"][top]], chosen[0]]}
        out.append(new)
    return out


def score(s: dict, decisions: list[dict]) -> tuple[float, float]:
    """aligned_all and misroute as ../shared/bench/score_select.py counts them."""
    fam = lambda ids: {s["fam"].get(x["id"] if isinstance(x, dict) else x, x) for x in ids}
    right = wrong = 0
    for c, d in zip(s["cases"], decisions):
        e, gold, a = c["expect"], c["gold"], d["action"]
        chosen = [x["id"] if isinstance(x, dict) else x for x in d.get("checkpoints") or []]
        if e == "select":
            right += a == "select" and chosen == gold
            wrong += a == "select" and chosen != gold
        elif e == "clarify":
            right += a == "clarify" and fam(gold) <= fam(d.get("options") or [])
            wrong += a == "select"
        elif e == "none":
            right += a == "none"
            wrong += a == "select"
        else:
            right += a == "select" and set(chosen) == set(gold)
    return right / len(s["cases"]), wrong / len(s["cases"])


def sweep(tune: list[dict]) -> tuple:
    grid = itertools.product((0.8, 0.9, 0.95, OFF), (0.6, 0.8, 0.9, OFF), (0.05, 0.2))
    def objective(point):
        r = [score(s, overrule(s, *point)) for s in tune]
        return np.mean([a for a, _ in r]) - 2 * np.mean([m for _, m in r])
    return max(grid, key=objective)


def head_top1(tune: list[dict], test: list[dict], epochs: int = 300) -> list[tuple[str, float, float]]:
    """Select requests whose meant family ranks first: plain MiniLM vs a trained linear map."""
    import torch
    torch.manual_seed(0)
    wq, wc = (torch.zeros(384, 384, requires_grad=True) for _ in range(2))
    null = torch.tensor(NULL, requires_grad=True)
    for s in tune + test:
        s["q"], s["c"] = torch.tensor(s["q"]), torch.tensor(s["c"])  # load()'s vectors
        s["of"] = torch.tensor([s["fams"].index(s["fam"][c["id"]]) for c in s["cards"]])
        mask = torch.zeros(len(s["cases"]), len(s["fams"]) + 1, dtype=torch.bool)
        for i, c in enumerate(s["cases"]):
            for k in [s["fams"].index(s["fam"][g]) for g in c["gold"] if g in s["fam"]] or [len(s["fams"])]:
                mask[i, k] = True
        s["mask"] = mask
    def family_scores(s):
        q = torch.nn.functional.normalize(s["q"] + s["q"] @ wq, dim=-1)
        c = torch.nn.functional.normalize(s["c"] + s["c"] @ wc, dim=-1)
        sims = q @ c.T
        out = torch.full((len(q), len(s["fams"])), -2.0)
        return out.scatter_reduce(1, s["of"].expand(len(q), -1), sims, "amax")
    opt = torch.optim.Adam([wq, wc, null], lr=2e-3)
    rows = sum(len(s["cases"]) for s in tune)
    for _ in range(epochs):
        loss = 0.0
        for s in tune:
            logp = (torch.cat([family_scores(s), null.expand(len(s["q"]), 1)], 1) / TAU).log_softmax(-1)
            loss = loss - torch.logsumexp(logp.masked_fill(~s["mask"], -1e9), 1).sum()
        opt.zero_grad()
        (loss / rows + 1e-3 * (wq.square().sum() + wc.square().sum())).backward()
        opt.step()
    out = []
    with torch.no_grad():
        for s in test:
            learned = family_scores(s).numpy()
            sel = [i for i, c in enumerate(s["cases"]) if c["expect"] == "select" and c["gold"]]
            gold = lambda i: s["fams"].index(s["fam"][s["cases"][i]["gold"][0]])
            hit = lambda m: np.mean([m[i].argmax() == gold(i) for i in sel])
            out.append((s["name"], hit(s["fam_cos"]), hit(learned)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", type=int, default=29)
    ap.add_argument("--head", action="store_true")
    args = ap.parse_args()
    sets = [s for n in range(2, 60) if (s := load(n)) is not None] if (SETS / "heldout2").exists() else []
    tune = [s for s in sets if int(re.sub(r"\D", "", s["name"])) < args.split]
    test = [s for s in sets if int(re.sub(r"\D", "", s["name"])) >= args.split]
    best = sweep(tune)
    print(f"thresholds from heldout2..{args.split - 1} (rescue, doubt, doubted; {OFF} = off): {best}")
    print("| set | first contact | with the policy |\n|---|---|---|")
    for s in test:
        print("| %s | %.3f / %.3f | %.3f / %.3f |" % (s["name"], *score(s, s["decisions"]),
                                                     *score(s, overrule(s, *best))))
    if args.head:
        print("| set | select: meant family first, MiniLM | with a trained linear map |\n|---|---|---|")
        for name, plain, learned in head_top1(tune, test):
            print(f"| {name} | {plain:.3f} | {learned:.3f} |")


if __name__ == "__main__":
    main()
