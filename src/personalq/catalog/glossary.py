"""The owner's own words for checkpoints: learned names, one table in the repository's database.

Why a table beside the cards and not card text: the words come from the owner ("mads" for
Madison, "mom"), not from the checkpoint files, so a re-scan must never lose them and they
must never be written into the user's manifest. A phrase names one family; teaching it again
to another family replaces it. The table is created the first time a name is written, so a
database made before it existed opens unchanged (reads find no table and no names).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from personalq.errors import PersonalQError

TABLE = "learned_names"
# from a clarification's answer / `personalq repo teach` / `personalq select --meant` (the owner
# named the checkpoint a wrong answer should have been); a plain TEXT column: an old database
# needs no change for a new source
SOURCES = ("answer", "taught", "correction")
MAX_WORDS = 3  # a name, never a sentence

CREATE = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    phrase TEXT PRIMARY KEY, family TEXT NOT NULL, created_at REAL NOT NULL,
    source TEXT NOT NULL)"""


@dataclass(frozen=True)
class LearnedName:
    """One phrase (normalised lower-case words) and the family it names."""

    phrase: str
    family: str
    created_at: float
    source: str

    def to_dict(self) -> dict:
        return {"phrase": self.phrase, "family": self.family,
                "created_at": self.created_at, "source": self.source}


def check_phrase(phrase: str) -> str:
    """A stored phrase is 1..MAX_WORDS lower-case words separated by one space (the caller
    normalises what the user typed; this refuses anything else rather than storing it)."""
    words = str(phrase).split()
    if not words:
        raise PersonalQError("the phrase is empty", 'give the words you use, e.g. "mads"')
    if len(words) > MAX_WORDS:
        raise PersonalQError(f"{phrase!r} has {len(words)} words; a learned name has at most "
                             f"{MAX_WORDS}", "teach the few words that name it")
    return " ".join(w.lower() for w in words)


def has_table(con: sqlite3.Connection) -> bool:
    return con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (TABLE,)).fetchone() is not None


def read(con: sqlite3.Connection) -> dict[str, LearnedName]:
    """Every learned name, by phrase (none in a database made before the table existed)."""
    if not has_table(con):
        return {}
    rows = con.execute(f"SELECT phrase, family, created_at, source FROM {TABLE} "
                       "ORDER BY created_at, phrase").fetchall()
    return {r[0]: LearnedName(r[0], r[1], float(r[2]), r[3]) for r in rows}


def write(con: sqlite3.Connection, phrase: str, family: str, source: str) -> LearnedName | None:
    """Store phrase -> family in one transaction; returns the name it replaced, if any."""
    if source not in SOURCES:
        raise PersonalQError(f"unknown source {source!r}", f"use one of {', '.join(SOURCES)}")
    phrase = check_phrase(phrase)
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute(CREATE)
        old = con.execute(f"SELECT phrase, family, created_at, source FROM {TABLE} "
                          "WHERE phrase = ?", (phrase,)).fetchone()
        con.execute(f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?, ?, ?)",
                    (phrase, family, time.time(), source))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return LearnedName(old[0], old[1], float(old[2]), old[3]) if old else None


def delete(con: sqlite3.Connection, phrase: str) -> LearnedName | None:
    """Remove a learned name; returns it (None: there was none)."""
    phrase = check_phrase(phrase)
    if not has_table(con):
        return None
    con.execute("BEGIN IMMEDIATE")
    try:
        old = con.execute(f"SELECT phrase, family, created_at, source FROM {TABLE} "
                          "WHERE phrase = ?", (phrase,)).fetchone()
        con.execute(f"DELETE FROM {TABLE} WHERE phrase = ?", (phrase,))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return LearnedName(old[0], old[1], float(old[2]), old[3]) if old else None
