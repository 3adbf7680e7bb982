"""No comment or docstring in Check-in quotes a phrase from a benchmark (issue 12).

Selection code is tuned against benchmark sets, so an example phrase copied from one of them
into a comment is a sign the code was shaped around that case. The comments and docstrings of
`src/personalq/checkin/*.py` are read with `tokenize` and `ast`; every quoted phrase of three
or more words in them must appear verbatim (case-insensitive) in no request or card text of
`benchmarks/select/**`, `tests/data/**` and, where this machine has it, `../shared/bench/**`.
"""

from __future__ import annotations

import ast
import io
import json
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKIN = ROOT / "src" / "personalq" / "checkin"
SET_ROOTS = (ROOT / "benchmarks" / "select", ROOT / "tests" / "data")
SHARED_BENCH = ROOT.parent / "shared" / "bench"  # absent on some machines: then left out
CASE_FIELDS = ("prompt",)
CARD_FIELDS = ("name", "description", "tags")
MIN_WORDS = 3

# A quoted stretch: "...", “...”, or '...' whose quotes stand apart from words (so the
# apostrophe of "grandpa's" opens nothing).
QUOTE_RE = re.compile(r'"([^"]+)"|“([^”]+)”|(?<!\w)\'([^\']+)\'(?!\w)')


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def comment_and_docstring_texts(source: str) -> list[tuple[int, str]]:
    """(first line, text) of each comment block and each bare string statement (docstring)."""
    blocks: list[tuple[int, str]] = []
    last_line = -2
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type != tokenize.COMMENT:
            continue
        line, text = tok.start[0], tok.string.lstrip("#")
        if line == last_line + 1 and blocks:  # a comment carried on to the next line
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + "\n" + text)
        else:
            blocks.append((line, text))
        last_line = line
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)):
            blocks.append((node.lineno, node.value.value))
    return blocks


def quoted_phrases(source: str) -> list[tuple[int, str]]:
    """(line, phrase) of each quoted phrase of MIN_WORDS or more words in comments/docstrings."""
    found = []
    for first_line, text in comment_and_docstring_texts(source):
        for m in QUOTE_RE.finditer(text):
            phrase = _norm(next(g for g in m.groups() if g is not None)).strip(" .,;:!?")
            if len(phrase.split()) >= MIN_WORDS:
                found.append((first_line + text[:m.start()].count("\n"), phrase))
    return found


def set_files() -> list[Path]:
    roots = list(SET_ROOTS) + ([SHARED_BENCH] if SHARED_BENCH.is_dir() else [])
    return sorted(p for root in roots for p in root.rglob("*.jsonl")
                  if p.name.startswith(("cases", "catalog")))


def set_texts(files: list[Path]) -> str:
    """Every request and card text of the sets, normalised, one a line."""
    texts = []
    for path in files:
        fields = CASE_FIELDS if path.name.startswith("cases") else CARD_FIELDS
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            for field in fields:
                value = record.get(field)
                values = value if isinstance(value, list) else [value]
                texts.extend(_norm(v) for v in values if isinstance(v, str))
    return "\n".join(texts)


def offending(files: dict[str, str], texts: str) -> list[str]:
    """'file:line "phrase"' for each quoted phrase that appears verbatim in the set texts."""
    bad = []
    for name, source in files.items():
        for line, phrase in sorted(quoted_phrases(source)):
            if re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", texts):
                bad.append(f'{name}:{line} "{phrase}"')
    return bad


def checkin_sources() -> dict[str, str]:
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
            for p in sorted(CHECKIN.glob("*.py"))}


def test_sets_found() -> None:
    files = set_files()
    assert any(p.parent == ROOT / "benchmarks" / "select" for p in files)
    assert any(ROOT / "tests" / "data" in p.parents for p in files)
    texts = set_texts(files)
    assert len(texts.splitlines()) > 1000, "the sets' request and card texts were not read"


def test_checkin_comments_quote_no_benchmark_phrase() -> None:
    sources = checkin_sources()
    assert sum(len(quoted_phrases(s)) for s in sources.values()) > 20, "no quotes collected"
    bad = offending(sources, set_texts(set_files()))
    assert not bad, ("comments/docstrings quote phrases found in a benchmark or test set; "
                     "invent an example that makes the same point:\n" + "\n".join(bad))


def test_self_check_catches_a_planted_phrase() -> None:
    texts = set_texts(set_files())
    prompt = json.loads((ROOT / "benchmarks/select/cases.jsonl").read_text().splitlines()[0])
    planted = " ".join(prompt["prompt"].split()[:4])
    card = json.loads((ROOT / "benchmarks/select/catalog.jsonl").read_text().splitlines()[0])
    words = card["description"].split()[:4]
    card_phrase = _norm(" ".join(words)).rstrip(",.")
    source = (f'"""Module: as in "{planted.upper()}", the request."""\n'
              f'x = 1  # a card says "{" ".join(words[:2])}\n'  # a quote over two lines
              f'# {" ".join(words[2:])}" and "an invented harbour-lantern phrase" (fine)\n'
              'def f():\n    """Two words "too short" are not checked."""\n'
              f'    return "{planted}"  # a code string is not a comment\n')
    bad = offending({"planted.py": source}, texts)
    assert bad == [f'planted.py:1 "{planted.lower()}"',
                   f'planted.py:2 "{card_phrase}"'], bad
