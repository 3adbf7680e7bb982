"""Kinship words: the one parser every module asks what relation a word names.

A kinship word names a relation (`Rel`): a kind (parent, child, sibling, spouse, grandparent,
...), often the relative's gender, and maybe a step-, in-law or great- form or a side of the
family ("nani": the mother's mother). English makes the compound forms by composition
("stepdad", "great-grandma", "sister-in-law", "half-brother" is a brother), so `rel_of` reads a
word as prefixes + base + suffix against one lexicon: the English words (informal ones too) and
a table of the words other languages use for the close family, which families keep using in
English ("oma", "yiayia", "mãe", "lola"). The labels other modules compare ("step+father") and
the synonyms a card's stated relation answers to ("my father" on a card: "dad", "papa", "vati")
are derived from the Rel, never kept as a second list.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from personalq.embed import vocabulary_words


@dataclass(frozen=True)
class Rel:
    """One relation: its kind, the relative's gender ("m", "f", "": either) and its forms."""

    kind: str
    gender: str = ""
    step: bool = False
    in_law: bool = False
    great: int = 0
    side: str = ""  # "maternal" / "paternal" / "" (not said)


# English kinship words, informal and family forms included. Kind -> gender -> words; the first
# word of an entry is the relation's label.
KIN_KINDS: dict[str, dict[str, str]] = {
    "parent": {"m": "father dad daddy papa pa pops pop da dadda pappa abba vati papi",
               "f": "mother mom mum mommy mummy mama mamma momma ma mam mammy amma ammi mutti "
                    "maman mami",
               "": "parent"},
    "child": {"m": "son", "f": "daughter", "": "child kiddo"},
    "sibling": {"m": "brother bro", "f": "sister sis", "": "sibling"},
    "twin": {"": "twin"},
    "spouse": {"m": "husband hubby", "f": "wife missus wifey", "": "spouse partner"},
    "partner": {"m": "boyfriend fiance", "f": "girlfriend fiancee", "": ""},
    "grandparent": {"m": "grandfather grandpa gramps granddad grandad grampa grandpop granpa "
                         "poppa pawpaw",
                    "f": "grandmother grandma granny gran nana nan nanna grammy gramma grandmom "
                         "grandmum meemaw mamaw",
                    "": "grandparent"},
    "grandchild": {"m": "grandson", "f": "granddaughter", "": "grandchild grandkid"},
    "pibling": {"m": "uncle", "f": "aunt auntie aunty", "": ""},
    "nibling": {"m": "nephew", "f": "niece", "": ""},
    "cousin": {"": "cousin"},
    "godparent": {"m": "godfather", "f": "godmother", "": "godparent"},
    "godchild": {"m": "godson", "f": "goddaughter", "": "godchild"},
}

# The close family in other languages, as written there (accents kept; a spelling without them
# is found too, unless it is an English word). One row per language, the same columns for each:
# father, mother, grandfather, grandmother, brother, sister, son, daughter, uncle, aunt
# ("-": the language's word is left out because it is an everyday English word or one of the
# columns before; several words: "a/b"). A word that is already English (above) or an English
# vocabulary word or given name ("ate", "anne", "lola") is dropped when the table is read: in an
# English request the English reading wins.
_COLUMNS = (("parent", "m"), ("parent", "f"), ("grandparent", "m"), ("grandparent", "f"),
            ("sibling", "m"), ("sibling", "f"), ("child", "m"), ("child", "f"),
            ("pibling", "m"), ("pibling", "f"))
KIN_BORROWED: dict[str, str] = {
    "spanish": "papá/padre mamá/madre abuelo/abuelito abuela/abuelita hermano hermana hijo hija "
               "tío tía",
    "portuguese": "pai/papai mãe/mamãe avô/vovô avó/vovó irmão irmã filho filha tio tia",
    "italian": "babbo/padre madre nonno nonna fratello sorella figlio figlia zio zia",
    "french": "père mère/maman grand-père/papy grand-mère/mamie frère sœur/soeur fils fille "
              "oncle tante",
    "german": "vater/vati mutter/mutti opa/großvater oma/großmutter bruder schwester sohn tochter "
              "onkel tante",
    "dutch": "vader moeder opa oma broer zus zoon dochter oom tante",
    "swedish": "pappa mamma farfar/morfar farmor/mormor bror syster son dotter farbror/morbror "
               "faster/moster",
    "polish": "tata/tatuś mama/mamusia dziadek/dziadzia babcia/babunia brat siostra syn córka "
              "wujek ciocia",
    "russian": "papa mama dedushka/deda babushka brat sestra syn doch dyadya tyotya",
    "greek": "babás/mpampas mamá papou/pappous yiayia/giagia adelfos adelfi gios kori theios "
             "theia",
    "turkish": "baba anne dede nine/babaanne/anneanne abi/ağabey abla oğul kız amca/dayı "
               "teyze/hala",
    "arabic": "baba/abu mama/umm jiddo/jaddi teta/sitti akh ukht ibn bint ammo/khalo amto/khalto",
    "hebrew": "abba/aba ima saba savta - achot - - dod doda",
    "yiddish": "tate mame zayde/zeyde bubbe/bubbie/bobe - - - - feter mume",
    "hindi": "papa/pitaji mummy/mataji dada dadi/nani bhai/bhaiya didi/behen beta beti "
             "chacha chachi/mausi",
    "tagalog": "tatay/itay nanay/inay lolo lola kuya ate - - tito tita",
    "korean": "appa/abeoji eomma/umma/eomeoni harabeoji halmeoni hyung/oppa noona/unni adeul "
              "ttal samchon gomo",
    "japanese": "otousan/otosan okaasan/okasan ojiichan/jiichan obaachan/baachan oniisan/niisan "
                "oneesan/neesan musuko musume ojisan obasan",
    "chinese": "baba mama yeye/laoye/waigong nainai/laolao/waipo gege jiejie/meimei erzi "
               "nüer/nuer shushu/jiujiu ayi/gugu",
    "afrikaans": "pa ma oupa ouma broer suster seun dogter oom tannie",
    "welsh": "tad mam taid/tadcu nain/mamgu brawd chwaer mab - ewythr modryb",
    "zulu": "baba mama mkhulu gogo/ugogo bhuti sisi indodana indodakazi malume anti",
}
# Grandparent (and parent's sibling) names that say which side of the family: Hindi/Urdu
# nani (the mother's mother) and dada/dadi (the father's parents; Hindi "nana" is English's
# grandma here), Swedish mor-/far- (mother's /
# father's), Chinese wai- and lao- (the mother's parents).
KIN_SIDE = {"nani": "maternal", "dadi": "paternal", "dada": "paternal",
            "mormor": "maternal", "morfar": "maternal", "farmor": "paternal",
            "farfar": "paternal", "morbror": "maternal", "moster": "maternal",
            "farbror": "paternal", "faster": "paternal", "laolao": "maternal",
            "laoye": "maternal", "waipo": "maternal", "waigong": "maternal",
            "nainai": "paternal", "yeye": "paternal"}
# Words for a child that are kinship only after "my"/"our" (or in a chain: "my cousin's boy"):
# "a boy on a bike" is anyone.
KIN_CHILD_WORDS = {"boy": "m", "lad": "m", "girl": "f", "lass": "f", "kid": "", "kiddo": ""}
# Irregular plurals and words that only exist as plurals ("my folks" are my parents).
KIN_PLURALS = {"children": "child", "folks": "parent", "kids": "kid", "in-laws": "in-law"}
# Two-word kinship idioms (after "my": "old man" is the father, "better half" the spouse).
KIN_IDIOMS = {("old", "man"): "father", ("better", "half"): "spouse",
              ("other", "half"): "spouse"}
# English makes further relations by composition: "step-father", "half-sister",
# "great-grandma", "mother-in-law" are the base relation with a prefix or the "in-law" suffix
# (a half-sibling is a sibling).
KIN_PREFIXES = ("great", "step", "half")
_IN_LAW = ("-in-law", "s-in-law", "inlaw")


def fold(word: str) -> str:
    """The word without accents ("mãe" -> "mae", "sœur" -> "soeur")."""
    word = word.replace("œ", "oe").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Rel]:
    """Every kinship word (lower case, as written and without accents) -> its base relation."""
    lex = {w: Rel(kind, gender, side=KIN_SIDE.get(w, ""))
           for kind, by_gender in KIN_KINDS.items()
           for gender, text in by_gender.items() for w in text.split()}
    english = vocabulary_words()
    for row in KIN_BORROWED.values():
        for (kind, gender), cell in zip(_COLUMNS, row.split()):
            for word in cell.split("/"):
                if word == "-" or word in lex or {word, word + "s", word + "es"} & english:
                    continue
                lex[word] = Rel(kind, gender, side=KIN_SIDE.get(word, ""))
    folded: dict[str, Rel] = {}
    for word, rel in list(lex.items()):
        plain = fold(word)
        if plain == word or plain in lex or plain in english:
            continue
        # two words that fold alike (Portuguese avô / avó) keep only what they share
        folded[plain] = rel if folded.get(plain, rel) == rel else replace(rel, gender="")
    return {**folded, **lex}


@lru_cache(maxsize=65536)
def rel_of(word: str, pointed: bool = False) -> tuple[Rel, bool] | None:
    """The relation a word names and whether it is plural: "stepdads" -> (step father, True),
    "parents-in-law" -> (parent in-law, True). pointed: after "my"/"our" (or in a chain), so
    "boy" and "kid" are kinship too."""
    w = word.lower()
    if w in KIN_PLURALS:
        base = rel_of(KIN_PLURALS[w], True)
        return (base[0], True) if base else (Rel("", in_law=True), True)
    in_law = False
    for suffix in _IN_LAW:
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            w, in_law = w[: len(w) - len(suffix)] + ("s" if suffix.startswith("s") else ""), True
            break
    great, step = 0, False
    while True:
        pre = next((p for p in KIN_PREFIXES if w.startswith(p) and len(w) > len(p) + 2), None)
        if pre is None:
            break
        w = w[len(pre):].lstrip("-")
        great, step = great + (pre == "great"), step or pre == "step"
    base, plural = _base(w, pointed)
    if base is None:
        return None
    return replace(base, step=step, in_law=in_law, great=great), plural


def _base(w: str, pointed: bool) -> tuple[Rel | None, bool]:
    lex = lexicon()
    forms = [(w, False)] + [(w[:-len(end)], True) for end in ("s", "es") if w.endswith(end)]
    for form, plural in forms:
        if form in lex:
            return lex[form], plural
        if pointed and form in KIN_CHILD_WORDS:
            return Rel("child", KIN_CHILD_WORDS[form]), plural
        if form in KIN_PLURALS and plural is False:
            return None, False
    return None, False


def base_word(rel: Rel) -> str:
    """The English word for a relation's kind and gender ("father", "aunt", "sibling")."""
    words = KIN_KINDS.get(rel.kind, {}).get(rel.gender, "").split()
    return words[0] if words else (rel.kind or "in-law")


def label(rel: Rel) -> str:
    """A relation as one comparable string: 'step+father', 'great+grandmother',
    'sister+in-law', 'grandmother' (the side of the family is left out: "nani" is a
    grandmother)."""
    parts = ["great"] * rel.great + (["step"] if rel.step else []) + [base_word(rel)]
    return "+".join(parts + (["in-law"] if rel.in_law else []))


def label_of(word: str, pointed: bool = False) -> str | None:
    """The label of the relation a word names ("stepdad" -> 'step+father', "sisters" ->
    'sister'); None: no relation."""
    found = rel_of(word, pointed)
    return label(found[0]) if found else None


@lru_cache(maxsize=1024)
def forms(rel: Rel) -> frozenset[str]:
    """The words for a relation in the lexicon, composed as English composes them: step+father
    -> stepfather, step-dad, stepdad, ...; a grandmother of no stated side -> nani and dadi too,
    a maternal one -> not dadi."""
    bases = [w for w, r in lexicon().items() if r.kind == rel.kind and r.gender == rel.gender
             and (not rel.side or not r.side or r.side == rel.side)]
    prefixes = ["great"] * rel.great + (["step"] if rel.step else [])
    out = set()
    for b in bases:
        for sep in ("", "-"):
            w = sep.join(prefixes + [b]) if prefixes else b
            out.add(w + "-in-law" if rel.in_law else w)
    return frozenset(out)
