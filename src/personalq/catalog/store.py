"""The catalog store: one SQLite file per repository with cards, an FTS5 index and embeddings.

`open_repository()` scans the repository (re-parsing only sources whose fingerprint changed,
re-embedding only cards whose search text changed) and writes the result in ONE transaction, so
readers always see a consistent catalog and two processes scanning at once cannot corrupt it:
WAL mode lets readers proceed, `BEGIN IMMEDIATE` + busy_timeout serialises writers, and each
writer computes the complete state from the files on disk. The slow part (embedding) runs before
the write lock is taken; a writer that finds another writer committed in the meantime (the
`generation` counter) redoes its scan on top of that result rather than writing a stale view.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import sqlite3
import sys
import threading
import time
from pathlib import Path

import numpy as np

from personalq import paths
from personalq.catalog import glossary
from personalq.catalog.card import Card
from personalq.catalog.glossary import LearnedName
from personalq.catalog.ingest import IngestReport, repo_kind, scan
from personalq.embed import DIM, _model, encode
from personalq.errors import PersonalQError

SCHEMA_VERSION = "1"
BUSY_TIMEOUT_S = 60.0
MAX_QUERY_TERMS = 64
COMMON_FROM = 5_000  # catalogs larger than this leave out words on more than COMMON_DF cards
COMMON_DF = 2_000
# Column weights for bm25(): the name matters most, then the card text, then id/family/trigger.
BM25_WEIGHTS = (3.0, 1.0, 0.5)
EMBED_CHUNK = 512  # texts per progress step
EMBED_BATCH = 128  # texts per forward pass (length-sorted, so little padding)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, result TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cards (
    id TEXT PRIMARY KEY, ord INTEGER NOT NULL, origin TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS embeddings (
    id TEXT PRIMARY KEY, text_sha TEXT NOT NULL, vec BLOB NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS cards_fts USING fts5(
    id UNINDEXED, name, body, extra, tokenize = 'porter unicode61 remove_diacritics 2');
"""


def bulk_embed_bf16() -> bool:
    """Embed cards under bf16 autocast only where the CPU computes bf16 natively (there it costs
    ~1.6x less CPU time for vectors within cosine 0.9999 of fp32; elsewhere it would be slower).
    PERSONALQ_EMBED_BF16=0/1 overrides."""
    env = os.environ.get("PERSONALQ_EMBED_BF16")
    if env is not None:
        return env.strip() == "1"
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def _connect(db_path: Path) -> sqlite3.Connection:
    """Autocommit connection (we issue BEGIN/COMMIT ourselves) that waits on a busy database."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                          check_same_thread=False)
    con.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        for _ in range(100):  # switching to WAL needs a moment alone with the file
            try:
                con.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as err:
                if "locked" not in str(err):
                    raise
                time.sleep(0.05)
    con.execute("PRAGMA synchronous = NORMAL")
    if _schema_version(con) == SCHEMA_VERSION:
        return con  # the common case: no write lock taken, so readers never wait on a writer
    con.execute("BEGIN IMMEDIATE")  # (not executescript: it would COMMIT on its own)
    try:
        version = _schema_version(con)
        if version not in (None, SCHEMA_VERSION):  # written by another PersonalQ: rebuild
            for table in ("meta", "sources", "cards", "embeddings", "cards_fts", glossary.TABLE):
                con.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                con.execute(statement)
        con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return con


def _schema_version(con: sqlite3.Connection) -> str | None:
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
        return None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return row[0] if row else None


def text_sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def query_words(text: str) -> list[str]:
    """The distinct word tokens of any user text, in order (at most MAX_QUERY_TERMS)."""
    words = [w.lower() for w in re.findall(r"\w+", str(text))]
    words = [w.replace("_", " ") for w in words if w.strip("_")]
    return list(dict.fromkeys(words))[:MAX_QUERY_TERMS]


def fts_query(text: str | list[str]) -> str:
    """Turn any user text (or its query_words) into a safe FTS5 query: bare word tokens, each
    quoted, OR-ed. Quotes, hyphens, `<rex-v2>`, `NEAR(`, `OR`, `NOT`, `*`, `:` can then never be
    syntax. No stopword list: bm25's IDF already discounts common words (measured on the
    project's benchmark, dropping English stopwords lowered family recall@5 from 0.930 to 0.925)."""
    words = query_words(text) if isinstance(text, str) else text
    return " OR ".join(f'"{w}"' for w in words)


def common_df(n_cards: int) -> int:
    """A word on more cards than this is left out of the lexical query. Up to COMMON_FROM
    cards: more than half of them, where FTS5's bm25 gives a word an idf of 1e-6 anyway (the
    ranking stays as it was). Beyond: COMMON_DF cards ("the", "dog" in a 100,000-card catalog),
    because every matching row is scored and sorted, which at 100,000 cards costs more than
    the rest of a request; the hits then come from the request's rarer words."""
    return n_cards // 2 if n_cards <= COMMON_FROM else max(COMMON_DF, n_cards // 50)


def embed_text(card: Card) -> str:
    """What the dense index encodes for a card: what the concept is (name, class noun, the first
    sentence of its description, tags), without the version number, date and version notes.
    Why shorter than the lexical text: encoding is the cost of ingest (~2x fewer tokens), and
    versions that differ only in those notes share one text, encoded once. Versions are told
    apart by the reasoner's own words and cues, never by these vectors."""
    first = re.split(r"(?<=[.!?])\s", card.description.strip(), maxsplit=1)[0].rstrip(".!? ")
    parts = [card.name, card.class_noun, first, ", ".join(card.tags)]
    return " . ".join(p for p in parts if p)


def _fts_columns(card: Card) -> tuple[str, str, str]:
    extra = " ".join([card.id, card.family, card.trigger])
    return card.name, card.search_text(), extra


def family_for(cards: list[Card], target: str, where: object) -> str:
    """A checkpoint id or a family key -> the family (what `repo teach` and `select --meant`
    name); PersonalQError (404) naming the close ids and families, so nothing is stored."""
    by_id = {c.id: c.family for c in cards}
    families = {c.family for c in cards}
    if target in by_id:
        return by_id[target]
    if target in families:
        return target
    close = difflib.get_close_matches(str(target), sorted(set(by_id) | families), n=5, cutoff=0.5)
    raise PersonalQError(f"no checkpoint or family {target!r} in {where}",
                         f"did you mean: {', '.join(close)}" if close
                         else "run `personalq repo list` to see the ids and families", status=404)


class CatalogStore:
    """Read access to one repository's catalog (see module docstring for how it is written).

    Cards, origins and embeddings are read once, in one read transaction, when the store is
    opened: a consistent snapshot even while another process re-scans. bm25() asks the live FTS
    index and keeps only ids of that snapshot, so every id it returns works with get()."""

    def __init__(self, repo: Path, db_path: Path, con: sqlite3.Connection, report: IngestReport):
        self.repo = repo
        self.db_path = db_path
        self._con = con
        self._lock = threading.Lock()  # one connection, possibly shared by a server's threads
        self.report = report
        con.execute("BEGIN")
        try:
            rows = con.execute("SELECT id, origin, data FROM cards ORDER BY ord").fetchall()
            vecs = dict(con.execute("SELECT id, vec FROM embeddings").fetchall())
        finally:
            con.execute("COMMIT")
        self._cards = [Card.from_record(json.loads(r[2])) for r in rows]  # written by ingest
        self._by_id = {c.id: c for c in self._cards}
        self._origins = {r[0]: r[1] for r in rows}
        self._ids = [c.id for c in self._cards]
        self._dfs: dict[str, int] = {}  # query word -> cards it occurs on (see _df)
        self._matrix = np.zeros((len(self._ids), DIM), dtype=np.float32)
        for i, card_id in enumerate(self._ids):
            self._matrix[i] = np.frombuffer(vecs[card_id], dtype=np.float32)
        self._learned: dict[str, LearnedName] | None = None  # read on first need (learned_names)
        self._learned_seen = -1  # PRAGMA data_version when they were read

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "CatalogStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def cards(self) -> list[Card]:
        """All cards in repository order (manifest line order / sorted file paths)."""
        return list(self._cards)

    def get(self, card_id: str) -> Card:
        if card_id not in self._by_id:
            close = difflib.get_close_matches(str(card_id), list(self._by_id), n=5, cutoff=0.5)
            raise PersonalQError(f"no checkpoint with id {card_id!r} in {self.repo}",
                                 f"did you mean: {', '.join(close)}" if close
                                 else "run `personalq repo list` to see the ids", status=404)
        return self._by_id[card_id]

    def origins(self) -> dict[str, str]:
        """card id -> where it came from: 'manifest.jsonl:LINE' or a path relative to the folder."""
        return dict(self._origins)

    def bm25(self, query: str, limit: int = 50) -> list[tuple[str, float]]:
        """Lexical retrieval with SQLite FTS5 bm25(); scores are negated so higher = better.
        Words on more than common_df(N) cards are left out (the rarest word always stays)."""
        words = query_words(query)
        if not words or limit <= 0:
            return []
        dfs = {w: self._df(w) for w in words}
        kept = [w for w in words if dfs[w] <= common_df(len(self._ids))]
        q = fts_query(kept or [min(words, key=dfs.get)])
        with self._lock:
            rows = self._con.execute(
                "SELECT id, bm25(cards_fts, 0.0, ?, ?, ?) AS s FROM cards_fts WHERE cards_fts MATCH ? "
                "ORDER BY s LIMIT ?", (*BM25_WEIGHTS, q, int(limit))).fetchall()
        return [(r[0], -float(r[1])) for r in rows if r[0] in self._by_id]

    def _df(self, word: str) -> int:
        """On how many cards a query word occurs (counted once per word, then remembered: the
        snapshot's cards do not change)."""
        if word not in self._dfs:
            with self._lock:
                row = self._con.execute("SELECT count(*) FROM cards_fts WHERE cards_fts MATCH ?",
                                        (fts_query([word]),)).fetchone()
            self._dfs[word] = int(row[0])
        return self._dfs[word]

    def embeddings(self) -> tuple[list[str], np.ndarray]:
        """(ids in cards() order, (N, 384) float32 unit vectors of embed_text(card))."""
        return list(self._ids), self._matrix

    def families(self) -> set[str]:
        return {c.family for c in self._cards}

    def learned_names(self) -> dict[str, LearnedName]:
        """The owner's learned names (glossary.py), live: read again only when another
        connection has written the database since (PRAGMA data_version), so a warm selector sees
        a name taught from another process at the cost of one pragma per request."""
        with self._lock:
            seen = self._con.execute("PRAGMA data_version").fetchone()[0]
            if self._learned is None or seen != self._learned_seen:
                self._learned, self._learned_seen = glossary.read(self._con), seen
            return dict(self._learned)

    def learn_name(self, phrase: str, family: str, source: str, *,
                   families: set[str] | None = None) -> LearnedName | None:
        """phrase (normalised words) -> family; returns the name it replaced. A family the
        catalog (or `families`, where other stores' cards are selected with it) does not have
        is refused (nothing written)."""
        if family not in (self.families() if families is None else families):
            close = difflib.get_close_matches(str(family), sorted(families or self.families()),
                                              n=5, cutoff=0.5)
            raise PersonalQError(f"no checkpoint family {family!r} in {self.repo}",
                                 f"did you mean: {', '.join(close)}" if close
                                 else "run `personalq repo list` to see the families", status=404)
        with self._lock:
            old = glossary.write(self._con, phrase, family, source)
            self._learned = None
        return old

    def forget_name(self, phrase: str) -> LearnedName | None:
        """Remove a learned name; returns it (None: it was not learned)."""
        with self._lock:
            old = glossary.delete(self._con, phrase)
            self._learned = None
        return old


def _load_report(con: sqlite3.Connection) -> IngestReport:
    row = con.execute("SELECT value FROM meta WHERE key = 'report'").fetchone()
    return IngestReport.from_dict(json.loads(row[0])) if row else IngestReport()


def _generation(con: sqlite3.Connection) -> int:
    """How many ingests have been committed: lets a writer notice that another one got in."""
    row = con.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0]) if row else 0


def _embed(texts: dict[str, str], ids: list[str], progress: bool | None) -> dict[str, np.ndarray]:
    """Embed the given cards' texts, each distinct text once, in length-sorted batches (less
    padding), with a progress bar on stderr for large ingests (progress None: on a terminal)."""
    if not ids:
        return {}
    from tqdm import tqdm

    unique = sorted({texts[cid] for cid in ids}, key=len)
    bf16 = bulk_embed_bf16()
    vectors: dict[str, np.ndarray] = {}
    show = sys.stderr.isatty() if progress is None else progress
    chunk = EMBED_CHUNK
    with tqdm(total=len(ids), desc="embedding cards", unit="card", leave=False,
              disable=not show or len(unique) <= chunk, mininterval=1.0) as bar:
        for start in range(0, len(unique), chunk):
            part = unique[start:start + chunk]
            vectors.update(zip(part, encode(part, batch_size=EMBED_BATCH, bf16=bf16)))
            bar.update(round(len(part) * len(ids) / len(unique)))
    return {cid: vectors[texts[cid]] for cid in ids}


def refresh_catalog(con: sqlite3.Connection, repo: Path, *, progress: bool | None = None,
                    max_attempts: int = 20) -> IngestReport:
    """Re-scan the repository and bring the database up to date; returns the ingest report.

    Optimistic concurrency: scan and embed without a lock, then write in one BEGIN IMMEDIATE
    transaction only if no other writer committed meanwhile (the generation counter); otherwise
    start again from the other writer's result (which makes the second round cheap)."""
    t0 = time.perf_counter()
    embedded, seconds_embed, seconds_load, model_loaded = 0, 0.0, 0.0, False
    done_before: dict[str, np.ndarray] = {}  # text sha -> vector from an earlier attempt
    for _ in range(max_attempts):
        generation = _generation(con)
        cached = {k: (fp, res) for k, fp, res in con.execute("SELECT key, fingerprint, result FROM sources")}
        cards, report, new_cache = scan(repo, cached)
        # Embed only cards whose search text is new (the slow part; no lock held).
        old_sha = dict(con.execute("SELECT id, text_sha FROM embeddings"))
        texts = {c.id: embed_text(c) for c, _ in cards}
        todo = [cid for cid, t in texts.items() if old_sha.get(cid) != text_sha(t)]
        if todo and not model_loaded:  # timed apart: a cold process pays it once, whatever N is

            t_load = time.perf_counter()
            _model()
            seconds_load, model_loaded = time.perf_counter() - t_load, True
        t_embed = time.perf_counter()
        fresh = _embed(texts, [cid for cid in todo if text_sha(texts[cid]) not in done_before], progress)
        seconds_embed += time.perf_counter() - t_embed
        embedded += len(fresh)
        done_before.update({text_sha(texts[cid]): v for cid, v in fresh.items()})
        new_vecs = {cid: done_before[text_sha(texts[cid])] for cid in todo}

        if (report.sources_parsed == 0 and report.sources_removed == 0 and not new_vecs
                and generation > 0 and _generation(con) == generation):
            # Nothing changed since the last commit: the stored catalog is already this state.
            report.embed_dtype = "bf16" if bulk_embed_bf16() else "fp32"
            report.seconds = time.perf_counter() - t0
            return report
        con.execute("BEGIN IMMEDIATE")
        try:
            if _generation(con) != generation:  # another writer committed first: redo on top of it
                con.execute("ROLLBACK")
                continue
            report.embedded, report.seconds_embed = embedded, seconds_embed
            report.seconds_model_load = seconds_load
            _write_catalog(con, cards, new_cache, texts, new_vecs, report)
            report.embed_dtype = "bf16" if bulk_embed_bf16() else "fp32"
            report.seconds = time.perf_counter() - t0
            con.execute("INSERT OR REPLACE INTO meta VALUES ('report', ?)", (json.dumps(report.to_dict()),))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('repo', ?)", (str(repo),))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation + 1),))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return report
    raise PersonalQError(f"the catalog of {repo} kept changing under other writers",
                         "retry when the other `personalq repo ...` commands have finished", status=503)


def _write_catalog(con: sqlite3.Connection, cards: list, sources: dict, texts: dict[str, str],
                   new_vecs: dict[str, np.ndarray], report: IngestReport) -> None:
    """Inside the caller's transaction: count what was added, removed and updated, then rewrite
    the cards, their FTS rows and the source fingerprints whole (simple, and atomic under the
    transaction); store the new embeddings and drop those of cards that are gone."""
    old = dict(con.execute("SELECT id, data FROM cards"))
    new_ids = {c.id for c, _ in cards}
    report.added = len(new_ids - set(old))
    report.removed = len(set(old) - new_ids)
    report.updated = sum(1 for c, _ in cards if c.id in old and json.loads(old[c.id]) != c.to_dict())
    con.execute("DELETE FROM cards")
    con.execute("DELETE FROM cards_fts")
    con.executemany("INSERT INTO cards VALUES (?, ?, ?, ?)",
                    [(c.id, i, origin, json.dumps(c.to_dict())) for i, (c, origin) in enumerate(cards)])
    con.executemany("INSERT INTO cards_fts VALUES (?, ?, ?, ?)",
                    [(c.id, *_fts_columns(c)) for c, _ in cards])
    con.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
                    [(cid, text_sha(texts[cid]), v.astype(np.float32).tobytes())
                     for cid, v in new_vecs.items()])
    con.execute("DELETE FROM embeddings WHERE id NOT IN (SELECT id FROM cards)")
    con.execute("DELETE FROM sources")
    con.executemany("INSERT INTO sources VALUES (?, ?, ?)",
                    [(k, fp, res) for k, (fp, res) in sources.items()])


def resolve_repo(repo: str | Path | None) -> Path:
    """None -> paths.default_repo(); PersonalQError if it does not exist or is not a repository."""
    path = Path(repo).expanduser() if repo is not None else paths.default_repo()
    path = path.resolve()
    repo_kind(path)  # raises PersonalQError with a hint for a missing / wrong path
    return path


def open_repository(repo: str | Path | None = None, *, refresh: bool = True,
                    progress: bool | None = None) -> CatalogStore:
    """Open (creating or refreshing) the catalog of a repository: a JSONL manifest or a folder.
    With refresh=False an existing database is used as it is (it is still built if missing).
    progress: a bar on stderr while embedding (None: only on a terminal)."""
    path = resolve_repo(repo)
    db_path = paths.catalog_db_for(path)
    con = _connect(db_path)
    try:
        built = con.execute("SELECT 1 FROM meta WHERE key = 'report'").fetchone() is not None
        report = (refresh_catalog(con, path, progress=progress) if (refresh or not built)
                  else _load_report(con))
    except BaseException:
        con.close()
        raise
    return CatalogStore(path, db_path, con, report)
