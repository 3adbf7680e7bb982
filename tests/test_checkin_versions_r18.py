"""Round 18's version and product rules on invented cards (a Hungarian beekeeper's household, a
Ghanaian taxi driver's family, a Breton boatyard): each test switches its rule off too, so it shows
what the rule moves (versions.py, verbatim.py, containers.py)."""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.decide import compose
from personalq.checkin.reasoner import CatalogIndex, Reasoner
from personalq.checkin.select import Selector
from personalq.checkin.verbatim import ported_trigger
from personalq.checkin.versions import _decade, replaced_terms


def _v(fam: str, n: int, date: str, desc: str, name: str, cls: str, tags: list[str],
       kind: str = "subject", trigger: str | None = None) -> dict:
    return dict(id=f"{fam}-{n}", name=name, trigger=trigger or f"<{fam}-{n}>", class_noun=cls, family=fam,
                version=n, created_at=date, base_model="sdxl", description=desc, tags=tags, kind=kind)


ROWS = [
    _v("kofi", 1, "2017-03-01", "Kofi, my brother, at 30 with a full afro and a gold chain.", "Kofi", "man",
       ["brother", "person", "man"]),
    _v("kofi", 2, "2021-05-01", "Kofi, my brother, just after he got a fade: kente scarf, sunglasses.",
       "Kofi", "man", ["brother", "person", "man"]),
    _v("kofi", 3, "2025-08-01", "Kofi, my brother, a short fade going grey, reading glasses.", "Kofi", "man",
       ["brother", "person", "man"]),
    _v("zsofi", 1, "2019-04-01", "Zsófi, my daughter, with a long plait and a hair ribbon.", "Zsofi", "girl",
       ["daughter", "person", "girl"]),
    _v("zsofi", 2, "2024-04-01", "Zsófi, my daughter, a bob and a beekeeping veil instead of the ribbon.",
       "Zsofi", "girl", ["daughter", "person", "girl"]),
    _v("ama", 1, "2018-01-01", "Ama, my aunt, who sells kenkey by the lorry park: wax-print dress.", "Ama",
       "woman", ["aunt", "person", "woman"]),
    _v("ama", 2, "2024-01-01", "Ama, my aunt, silver braids and a green headwrap.", "Ama", "woman",
       ["aunt", "person", "woman"]),
    _v("loic", 1, "2020-01-01", "Loïc, my grandfather, a young caulker at the boatyard in the 1970s.", "Loic",
       "man", ["grandfather", "person", "man"]),
    _v("loic", 2, "2024-01-01", "Loïc, my grandfather, at 80 in a fisherman's smock by the harbour.", "Loic",
       "old man", ["grandfather", "person", "man"]),
    _v("mehi", 1, "2019-01-01", "Méhi, our honey shop's mascot, first design: a round cartoon bee in a straw hat.",
       "Mehi", "cartoon bee", ["mascot", "cartoon", "logo"]),
    _v("mehi", 2, "2025-01-01", "Méhi, our honey shop's mascot, redrawn: a flat bee with a red scarf.",
       "Mehi", "cartoon bee", ["mascot", "cartoon", "logo"]),
    _v("ink", 1, "2024-01-01", "Style LoRA: a batik wax-resist look, crackled dye lines.", "Batik", "batik style",
       ["style", "batik"], "style"),
]


def _pick(request: str, off: str | None = None) -> list[str]:
    cards = [Card.from_dict(r) for r in ROWS]
    r = Reasoner(CatalogIndex(cards), disabled=frozenset([off] if off else []))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


def test_instead_of_says_what_is_gone():
    assert replaced_terms("a shawl rather than the coat, boots in place of sandals") == {"coat", "sandal"}
    assert _pick("zsofi when she still wore the ribbon") == ["zsofi-1"]
    assert _pick("zsofi when she still wore the ribbon", off=rules.INSTEAD_OF_IS_GONE) == ["zsofi-2"]


def test_a_present_who_clause_is_a_lasting_fact():
    assert _pick("my aunt ama by the lorry park") == ["ama-2"]
    assert _pick("my aunt ama by the lorry park", off=rules.LASTING_RELATIVE_CLAUSE) == ["ama-1"]


def test_a_short_decade_is_the_decade_a_card_writes_in_full():
    assert "1970s" in _decade("70s") and "1990s" in _decade("'90s") and not _decade("70")
    assert _pick("grandfather loic back in the 70s") == ["loic-1"]
    assert _pick("grandfather loic back in the 70s", off=rules.SHORT_DECADE) == ["loic-2"]


def test_the_old_drawn_creature_is_its_older_design():
    assert _pick("the old mehi on a honey jar label") == ["mehi-1"]
    assert _pick("the old mehi on a honey jar label", off=rules.DEPICTED_BEING) == ["mehi-2"]


def test_an_older_trigger_inside_a_ports_trigger_names_the_port():
    cards = [Card.from_dict(_v("kente", 1, "2022-01-01", "Kente weave style.", "Kente", "style", ["style"],
                               "style", "kente_weave_(akan)")),
             Card.from_dict(_v("kente", 2, "2024-01-01", "Kente weave style, SDXL port.", "Kente", "style",
                               ["style"], "style", "kente_weave_(akan)_xl")),
             Card.from_dict(_v("kente", 3, "2025-01-01", "Kente weave style, a new look.", "Kente", "style",
                               ["style"], "style", "kente_weave_(akan)_bold"))]
    assert ported_trigger(cards[0], cards).id == "kente-2"
    assert ported_trigger(cards[1], cards).id == "kente-2"
    coined = [Card.from_dict(_v("adinkra", 1, "2022-01-01", "Adinkra stamp style.", "Adinkra", "style",
                                ["style"], "style", "adk9_stamp")),
              Card.from_dict(_v("adinkra", 2, "2024-01-01", "Adinkra stamp style, SDXL port.", "Adinkra",
                                "style", ["style"], "style", "adk9_stamp_xl"))]
    assert ported_trigger(coined[0], coined).id == "adinkra-1"  # the owner's own token keeps its card


def test_a_name_word_that_says_what_the_product_is_names_it(selector_on):
    rows = ROWS + [_v("hive", 1, "2023-01-01", "Our beeswax unguent for chapped hands, Kaptar Ointment: round tin.",
                      "Kaptar Ointment", "tin", ["product", "tin", "merch"])]
    sel = selector_on(rows)
    req = "a tin of the ointment on a windowsill"
    assert sel.select(req).checkpoints == ["hive-1"]
    off = Selector(sel.store, disabled_rules=frozenset([rules.NAME_SAYS_THE_KIND]))
    assert off.select(req).checkpoints != ["hive-1"]
