"""How old the subject is in the picture a request asks for, and on each version's card.

A request says which version of a person or pet it means by an age or a stage of life as often
as by a date: "at 9", "aged 40", "a 6-year-old", "on her 30th birthday", "in his twenties", "as a
wee newborn", "when she was a toddler", "teenage <name>", "in year 10", "in 4th grade", "in secondary
school", "as a colt". Each is read as a span of ages in years (`Span`). The cards say it the
same ways ("aged 8", "at 34", "Ola, 83,", a "toddler" tag, "as a colt"), and a card that states
no age gets one from the year the person was born, which the other cards' ages and dates give
(ages.born). The version whose age falls in the span, clearly closer than every other, is meant
(rule `age_picks_the_version`, versions.pick_version).

Coverage, a stated rule rather than a list of phrasings seen: the stages of a human life in the
English of the major varieties (baby words incl. "babby", "wean"; toddler,
preschooler, child, tween, teen, adult, old age), the young of the animals kept as pets or on a
farm (WordNet's young mammals too), decades of life ("in her 30s", "early forties"), ages in
numbers or number words with their frames ("at", "aged", "age", "-year-old", "yo", "turning",
"when she was 13 or so", "<n>th birthday"), and the school years of the English-speaking systems
("year N" UK/IE/AU/NZ, "grade N" and "Nth grade" US/CA/ZA, "class N" and "standard N" IN/KE,
"primary N" Scotland/SG, "form N" NZ/MY/KE, "secondary N" SG/Scotland, and the school stages:
preschool, nursery, reception, kindergarten, grade R, junior/senior infants, primary, middle,
high school, JSS/SS and JHS/SHS, transition year, sixth form, matric, university).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from personalq.catalog.card import Card
from personalq.checkin.ages import stated_age
from personalq.checkin.dates import years_ago_spans
from personalq.checkin.lexicon import lexicon
from personalq.checkin.timewords import YEAR_WORDS
from personalq.checkin.tuning import (AGE_MARGIN, ANIMAL_YOUNG_YEARS, PERSON_DEPTH, WEEKS_A_MONTH,
                                      YOUNG_DEPTH)


@dataclass(frozen=True)
class Span:
    """Ages in years, both ends included; `animal`: a young animal's stage (a pet's words)."""

    lo: float
    hi: float
    animal: bool = False

    def gap(self, other: "Span") -> float:
        """Years between two spans (0 when they overlap)."""
        return max(0.0, other.lo - self.hi, self.lo - other.hi)


_OLD = 120.0
# the stages of a human life, English of the major varieties (years)
HUMAN_STAGES: dict[str, tuple[float, float]] = {
    **dict.fromkeys("baby babies babby babbie bebe infant infants newborn neonate "
                    "nursling suckling".split(), (0.0, 1.5)),
    **dict.fromkeys("toddler toddlers tot tots littlie rugrat".split(), (1.0, 3.5)),
    **dict.fromkeys("preschooler kindergartner kindergartener kindy".split(), (3.0, 6.0)),
    **dict.fromkeys("kid kids child kiddo kiddie nipper sprog youngster bairn wean schoolboy "
                    "schoolgirl schoolkid".split(), (2.0, 12.0)),
    **dict.fromkeys("tween tweens preteen pre-teen".split(), (9.0, 12.99)),
    **dict.fromkeys("teen teens teenager teenagers teenage teenaged adolescent adolescence "
                    "highschooler high-schooler".split(), (13.0, 19.99)),
    **dict.fromkeys("adult grown-up grownup".split(), (18.0, _OLD)),
    **dict.fromkeys("pensioner pensioners elderly oap retiree".split(), (65.0, _OLD)),
}
# the young of pets and farm animals (WordNet's young mammals are read too)
ANIMAL_YOUNG = frozenset(
    "puppy puppies pup pups pupper puppie kitten kittens kit cub cubs foal colt filly calf lamb "
    "chick duckling gosling cygnet joey piglet fawn whelp hatchling fledgling nestling leveret "
    "cria owlet eaglet bunny".split())
# a describing word that keeps the stage ("a wee newborn", "a tiny foal")
_SMALL = r"(?:(?:little|tiny|wee|small|young|teeny|itty|bitty|newborn|new|brand|lil|smol)\s+)*"
_PRON = r"(?:he|she|they|i|it|we|you|[a-z]+)"
_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUM_WORDS.update(thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80, ninety=90)
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split())}
_ORDINALS.update(thirtieth=30, fortieth=40, fiftieth=50, sixtieth=60, seventieth=70,
                 eightieth=80, ninetieth=90, hundredth=100)
_NUM = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"
_ORD = r"(?P<o>\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
_DECADES = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
            "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}
_NOT_AN_AGE = r"(?![\d:.]|\s*(?:am|pm|a\.m|p\.m|o'?clock|%|km|kg|mph|degrees|hours?|mins?|minutes?|" \
              r"years?\s+ago|months?|mos|weeks?|wks?|days?|people|guests|dogs|cats|kids))"

# the word for years of age in every language of timewords.YEAR_WORDS, and in the others only
_YEARS_ALL = "|".join(sorted({w for v in YEAR_WORDS.values() for w in v.split()}, key=len, reverse=True))
_YEARS_OTHER = "|".join(sorted({w for k, v in YEAR_WORDS.items() if k != "english" for w in v.split()},
                               key=len, reverse=True))
# "when I had 15 years", "she has 3 years", "at 17 años", "3 saal di", "12 lat": an age said the
# way another language says it (rule age_said_the_way_other_languages_say_it)
_HAD_YEARS_RE = re.compile(r"\b(?:had|has|have|having|hold|holds|turned|turning|at|with|a\s+los|aos|"
                           r"mit|w\s+wieku|na|sa\s+edad\s+na)\s+" + _NUM + r"(?P<half>\s+and\s+a\s+half)?\s*"
                           r"(?:" + _YEARS_ALL + r")\b(?!\s+(?:ago|back|before|later|after|together|married|of|"
                           r"in\s+the|at\s+the|since))", re.I)
_BARE_YEARS_RE = re.compile(r"(?<![\w.,])" + _NUM + r"(?P<half>\s+and\s+a\s+half)?\s*(?:" + _YEARS_OTHER
                            + r")\b(?!\s+(?:ago|back|before|later|after|together|married|of|since))", re.I)
# a hedge before the number ("aged around five", "at roughly seven"): the same age
_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|maybe|approximately)\s+)?"
# (pattern, kind): how a request says an age or a stage
_AGE_FRAMES = (
    re.compile(r"\b(?:at|aged?|at\s+age|turning|turned)\s+" + _HEDGE + _NUM +
               r"(?P<half>\s+and\s+a\s+half)?\b" + _NOT_AN_AGE, re.I),
    re.compile(r"\b" + _NUM + r"[- ]?(?:years?|yrs?)[- ]?old\b", re.I),
    re.compile(r"\b" + _NUM + r"\s*(?:yo|y/o|y\.o\.?)(?!\w)", re.I),
    re.compile(r"\b(?:when|while)\s+" + _PRON + r"\s+(?:was|were|is)\s+(?:only\s+|just\s+)?" + _NUM
               + r"\b" + _NOT_AN_AGE, re.I),
    re.compile(r"\b" + _ORD + r"\s+(?:birthday|bday|b-day|b'day|birthday\s+party)\b", re.I),
)
_OTHER_FRAMES = (_HAD_YEARS_RE, _BARE_YEARS_RE)
# "for her 21st", "on nana's 90th", "at my 50th": an ordinal after a possessor with no noun of
# its own, at the end of the phrase, is the birthday English leaves unsaid (rule
# ordinal_alone_is_a_birthday)
_ORDINAL_ALONE_RE = re.compile(r"\b(?:at|on|for|from|after|before|during)\s+(?:his|her|their|my|your|its|our|"
                               r"\w+['’]s?)\s+" + _ORD + r"(?=\s*(?:$|[,.;:!?)(-]|\s(?:in|at|on|with|"
                               r"wearing|and|by|under|holding|party|do|bash|celebrations?)\b))", re.I)
_MONTH_FRAMES = re.compile(r"\b(?:at|aged?)\s+" + _NUM + r"[- ](?P<u>months?|mos?|weeks?|wks?)\b|\b"
                           + _NUM.replace("<n>", "<n2>") + r"[- ](?P<u2>months?|weeks?)[- ]old\b", re.I)
_DECADE_RE = re.compile(r"\bin\s+(?:his|her|their|my|your|its|our)\s+(?P<part>early|mid|late)?[- ]?"
                        r"(?:(?P<d>[1-9]0)'?s|(?P<w>teens|twenties|thirties|forties|fifties|"
                        r"sixties|seventies|eighties|nineties))\b", re.I)
# school years: (pattern, age of the first year's pupils at its start, years a span covers)
_SCHOOL_YEARS = (
    (re.compile(r"\b(?:year|yr|grade|gr|class|standard|std)\s*(?P<n>\d{1,2})\b(?!\s*(?:ago|old|olds))", re.I), None),
    (re.compile(r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:grade|grader|class|standard)\b", re.I), "grade"),
    (re.compile(r"\b(?:primary|p)\s*(?P<n>[1-7])\b", re.I), "primary"),
    (re.compile(r"\b(?:form)\s*(?P<n>[1-7])\b", re.I), "form"),
    (re.compile(r"\b(?:secondary|sec)\s*(?P<n>[1-6])\b", re.I), "secondary"),
    # junior and senior secondary of West Africa: "JSS 2", "JHS1", "SS3", "SSS 1", "SHS 2"
    (re.compile(r"\b(?:jss|js|jhs)\s*(?P<n>[1-3])\b", re.I), "junior_secondary"),
    (re.compile(r"\b(?:sss|ss|shs)\s*(?P<n>[1-3])\b", re.I), "senior_secondary"),
)
_FIRST_AGE = {None: 5.0, "grade": 5.5, "primary": 4.5, "form": 10.5, "secondary": 11.5,
              "junior_secondary": 10.5, "senior_secondary": 13.5}
_YEAR_WORD_FIRST = {"year": 4.5, "yr": 4.5, "grade": 5.5, "gr": 5.5, "class": 5.0,
                    "standard": 5.0, "std": 5.0}
_SCHOOL_STAGES: dict[str, tuple[float, float]] = {
    "preschool": (3.0, 5.0), "pre-school": (3.0, 5.0), "pre-k": (4.0, 5.0), "nursery school": (3.0, 5.0),
    "nursery": (3.0, 4.5), "reception": (4.0, 5.5), "grade r": (5.0, 6.5), "pre-primary": (4.0, 5.5),
    "foundation stage": (3.0, 5.5), "junior infants": (4.0, 5.5), "senior infants": (5.0, 6.5),
    "transition year": (15.0, 16.5), "lower sixth": (16.0, 17.0), "upper sixth": (17.0, 18.0),
    "daycare": (0.5, 5.0), "kindergarten": (5.0, 6.0), "kindy": (4.0, 5.0), "kinder": (4.0, 6.0),
    "primary school": (5.0, 12.0), "elementary school": (5.0, 11.0), "grade school": (5.0, 11.0),
    "junior school": (7.0, 11.0), "infant school": (4.0, 7.0), "middle school": (11.0, 14.0),
    "junior high": (12.0, 15.0), "intermediate school": (11.0, 13.0), "high school": (14.0, 18.0),
    "secondary school": (11.0, 18.0), "senior school": (11.0, 18.0), "sixth form": (16.0, 18.0),
    "matric": (17.0, 18.0), "uni": (18.0, 23.0), "university": (18.0, 23.0),
    "college": (18.0, 23.0), "varsity": (18.0, 23.0),
}
_SCHOOL_STAGE_RE = re.compile(
    r"\b(?:in|at|during|from|starting|started|finishing|finished|of|for)\s+(?:(?:his|her|their|my|"
    r"your|our|its)\s+)?(?:first\s+(?:day|year|week)\s+(?:of|at)\s+)?(?P<s>"
    + "|".join(sorted(map(re.escape, _SCHOOL_STAGES), key=len, reverse=True)) + r")\b(?!\s+(?:gates?|"
    r"photo|run|bus|uniform|reunion|friend|mate|teacher|fair|play|dance|concert|trip)\b)", re.I)
# the rules of this module that rules.py registers
OTHER_AGES_RULE = "age_said_the_way_other_languages_say_it"
BIRTHDAY_ORDINAL_RULE = "ordinal_alone_is_a_birthday"
YOUNG_OF_A_KIND_RULE = "young_animal_of_its_kind"
NAME_IS_NO_KIND_RULE = "proper_name_is_no_kind"
# "as a wee newborn", "as a colt"
_AS_A_STAGE = re.compile(r"\bas\s+(?:an?\s+)?" + _SMALL + r"(?P<w>[a-z][a-z'-]+)", re.I)
_STAGE_FRAMES = (
    _AS_A_STAGE,
    # "when she was a toddler", "back when he was still a kitten", "when I was little"
    re.compile(r"\b(?:when|while)\s+" + _PRON + r"\s+(?:was|were)\s+(?:still\s+|just\s+|only\s+)?"
               r"(?:an?\s+)?" + _SMALL.replace("*", "*?") + r"(?P<w>[a-z][a-z'-]+)", re.I),
    # "in his puppy days", "her baby years", "my teen phase", "his teenage years"
    re.compile(r"\b(?:his|her|their|my|your|its|our)\s+(?P<w>[a-z][a-z'-]+)\s+"
               r"(?:days|years|era|phase|stage|pics|photos|pictures)\b", re.I),
    # "in her teens"
    re.compile(r"\bin\s+(?:his|her|their|my|your|its)\s+(?:early\s+|late\s+|mid[- ]?)?(?P<w>teens)\b", re.I),
)
_WHEN_LITTLE_RE = re.compile(r"\b(?:when|while)\s+" + _PRON + r"\s+(?:was|were)\s+(?:still\s+|just\s+|only\s+)?"
                             r"(?:little|small|tiny|wee|young)\b", re.I)
_PRENOMINAL_RE = re.compile(r"\b(?P<w>baby|toddler|teen|teenage|teenaged|puppy|kitten|tween)\s+"
                            r"(?P<name>[a-z][\w'-]*)", re.I)


def age_frame_spans(text: str) -> list[tuple[int, int]]:
    """Rule age_frame_is_a_cue (round 22): the spans of an age said with a number and its frame
    ("aged 4", "age 4", "turning 40", "3 years old", "9 y/o", "at 23 months", "eleven weeks old"):
    the frame's words say when, which version, and describe no one ("aged" is no old person,
    nor is "old" in "3 years old"), so after the phrase's head they are no words of it. Opening
    the phrase ("my 5 year old") the age is the noun itself, a child of that age (intent.py)."""
    frames = (*_AGE_FRAMES[:3], _MONTH_FRAMES)
    return [m.span() for rx in frames for m in rx.finditer(text)]


def _number(word: str) -> float:
    low = word.lower()
    if low.isdigit():
        return float(low)
    if low in _NUM_WORDS:
        return float(_NUM_WORDS[low])
    if low in _ORDINALS:
        return float(_ORDINALS[low])
    return float(re.match(r"\d+", low).group(0))


@lru_cache(maxsize=4096)
def stage_of(word: str) -> Span | None:
    """The span of ages a stage word means: a human stage, a young animal (WordNet's young
    mammals too), else None."""
    low = word.lower()
    if low in HUMAN_STAGES:
        return Span(*HUMAN_STAGES[low])
    if low in ANIMAL_YOUNG or _wordnet_young_animal(low):
        return Span(0.0, ANIMAL_YOUNG_YEARS, animal=True)
    return None


def without_stage_frames(text: str) -> str:
    """The text less each "as a <stage word>" ("as a wee foal", "as a schoolboy"): rule
    stage_frame_is_no_style_frame (select.py) reads what is left for a style frame."""
    return _AS_A_STAGE.sub(lambda m: " " if stage_of(m.group("w")) else m.group(0), text)


def _wordnet_young_animal(word: str) -> bool:
    lx = lexicon()
    return lx is not None and word.isalpha() and any(
        lx.is_a(b, kind, depth=YOUNG_DEPTH) for b in (lx.base_forms(word) or [word])
        for kind in ("young_mammal", "young_bird"))


_AGE_NOUN_DETERMINER = re.compile(r"(?:my|our|the)\s+(?P<rest>.+)", re.I)


def age_noun(phrase: str) -> Span | None:
    """The age of a person named by it alone after "my"/"our"/"the" ("our 9-year-old", "the 4
    yo"; rule age_noun_is_the_child_of_that_age), else None."""
    m = _AGE_NOUN_DETERMINER.fullmatch(phrase.strip())
    if m is None or not any(p.fullmatch(m.group("rest")) for p in _AGE_FRAMES[1:3]):
        return None
    return request_span(m.group("rest"))


def request_span(text: str, names: frozenset[str] = frozenset(), off: frozenset[str] = frozenset()) -> Span | None:
    """The age or stage a request asks its subject at, or None. `names`: the words that name the
    family ("baby <name>", "<name> as a puppy"): a prenominal stage needs one of them after it.
    `off`: the rules switched off (OTHER_AGES_RULE, BIRTHDAY_ORDINAL_RULE, YOUNG_OF_A_KIND_RULE)."""
    span, low = _stated_span(text, off)
    if span is not None:
        return span
    for m in _PRENOMINAL_RE.finditer(low):
        if m.group("name") in names:
            return stage_of(m.group("w"))
    return None


@lru_cache(maxsize=1024)
def _stated_span(text: str, off: frozenset[str]) -> tuple[Span | None, str]:
    """request_span's part that needs no family's names (read once per request, not once per
    family), and the lower-case request it read (a count of years back blanked out)."""
    low = text.lower()
    frames = _AGE_FRAMES
    if OTHER_AGES_RULE not in off:  # a count of years back ("3 saal pehle") is a date, no age
        spans = years_ago_spans(low)  # found once, not once per character
        low = "".join(ch if not any(s <= i < e for s, e in spans) else " "
                      for i, ch in enumerate(low))
        frames = frames + _OTHER_FRAMES
    if BIRTHDAY_ORDINAL_RULE not in off:
        frames = frames + (_ORDINAL_ALONE_RE,)
    for pattern in frames:
        m = pattern.search(low)
        if m is None:
            continue
        age = _number(m.group("o") if "o" in pattern.groupindex else m.group("n"))
        if "half" in pattern.groupindex and m.group("half"):
            age += 0.5
        if 0 < age <= _OLD:
            return Span(age, age + 0.99), low
    m = _MONTH_FRAMES.search(low)
    if m is not None:
        n = _number(m.group("n") or m.group("n2"))
        months = n / WEEKS_A_MONTH if (m.group("u") or m.group("u2")).startswith("w") else n
        return Span(months / 12.0, (months + 1) / 12.0), low
    if (m := _DECADE_RE.search(low)) is not None:
        base = int(m.group("d")) if m.group("d") else _DECADES[m.group("w")]
        lo, hi = (13.0, 19.99) if base == 10 else (float(base), base + 9.99)
        part = (m.group("part") or "").lower()
        if part and base != 10:
            lo, hi = {"early": (lo, lo + 3.99), "mid": (lo + 3, lo + 6.99), "late": (lo + 6, hi)}[part]
        return Span(lo, hi), low
    school = _school_span(low)
    if school is not None:
        return school, low
    for pattern in _STAGE_FRAMES:
        for m in pattern.finditer(low):
            span = stage_of(m.group("w")) or (
                _young_of_a_kind(m.group(0), m.group("w")) if YOUNG_OF_A_KIND_RULE not in off else None)
            if span is not None:
                return span, low
    if _WHEN_LITTLE_RE.search(low):
        return Span(0.0, 8.0), low
    return None, low


def _young_of_a_kind(frame: str, noun: str) -> Span | None:
    """young_animal_of_its_kind: "as a young cat", "when she was a young mare": "young" before a
    noun of an animal kind says the animal's youth as "puppy" or "foal" does."""
    lx = lexicon()
    if lx is None or not re.search(r"\byoung\s+" + re.escape(noun) + r"$", frame, re.I):
        return None
    return Span(0.0, ANIMAL_YOUNG_YEARS, animal=True) if lx.is_a(noun, "animal", depth=PERSON_DEPTH) else None


def _school_span(low: str) -> Span | None:
    """"in year 10", "3rd grade", "in primary 4", "form 2", "in secondary school": the ages of pupils
    in that year or stage of school (a span wide enough for every system that uses the word)."""
    for pattern, system in _SCHOOL_YEARS:
        m = pattern.search(low)
        if m is None:
            continue
        n = int(m.group("n"))
        if not 1 <= n <= 13:
            continue
        first = _FIRST_AGE[system] if system else _YEAR_WORD_FIRST[re.match(r"[a-z]+", m.group(0)).group(0)]
        return Span(first + n - 0.5, first + n + 1.5)
    m = _SCHOOL_STAGE_RE.search(low)
    if m is not None:
        return Span(*_SCHOOL_STAGES[m.group("s").lower()])
    return None


_CARD_MONTHS_RE = re.compile(r"\b(?:of|at|aged?)\s+" + _NUM + r"[- ](?P<u>weeks?|months?)\b|\b"
                             + _NUM.replace("<n>", "<n2>") + r"[- ](?P<u2>weeks?|months?)[- ]old\b|\b"
                             + _NUM.replace("<n>", "<n3>") + r"[- ](?P<u3>week|month)[- ](?=[a-z]+)", re.I)
_ORD_BIRTHDAY_RE = re.compile(r"\b" + _ORD + r"\s+(?:birthday|bday)\b", re.I)
_BORN_RE = re.compile(r"\bborn\s+(?:in\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
_CARD_STAGE_RE = re.compile(r"\bas\s+(?:an?\s+)?(?:[\w-]+\s+)?" + _SMALL + r"(?P<w>[a-z][a-z'-]+)", re.I)
_GROWN_RE = re.compile(r"\b(?:full[- ]?grown|fully\s+grown|grown(?:\s+up)?)\b", re.I)


def _card_year(card: Card) -> float | None:
    try:
        d = dt.date.fromisoformat((card.created_at or "")[:10])
    except ValueError:
        return None
    return d.year + (d.month - 1) / 12.0


def stated_years(card: Card) -> float | None:
    """The age a version's card states for its subject: in weeks or months ("a foal of nine
    weeks", "a ten-week whelp", "at five months"), in years (ages.stated_age: "aged 8", "at
    34", "Ola, 83,"), as a birthday ("on her 60th birthday") or by a birth year ("born 2015")."""
    desc = card.description or ""
    young = _CARD_MONTHS_RE.search(desc)
    if young is not None:
        n = _number(young.group("n") or young.group("n2") or young.group("n3"))
        unit = young.group("u") or young.group("u2") or young.group("u3")
        months = n / WEEKS_A_MONTH if unit.lower().startswith("w") else n
        return months / 12.0
    age = stated_age(desc)
    if age is None and (m := _ORD_BIRTHDAY_RE.search(desc)) is not None:
        age = _number(m.group("o"))
    year = _card_year(card)
    if age is None and year is not None and (m := _BORN_RE.search(desc)) is not None:
        age = year - int(m.group("y"))
    return age


def born_year(cards: list[Card]) -> float | None:
    """About when the subject was born (a year): the median of what each card's stated age and
    date give; None when no card states an age."""
    years = sorted(y - a for c in cards if (a := stated_years(c)) is not None
                   and (y := _card_year(c)) is not None)
    return years[len(years) // 2] if years else None


def card_span(card: Card, birth: float | None) -> Span | None:
    """The age a version's card shows its subject at: the age it states, else the age the
    subject's birth year and the card's date give, else a stage its tags or an "as a <stage>"
    phrase say ("toddler", "as a colt"), else grown when it says so ("full grown")."""
    age = stated_years(card)
    year = _card_year(card)
    if age is None and birth is not None and year is not None:
        age = max(0.0, year - birth)
    if age is not None:
        return Span(age, age + (0.99 if age >= 1 else 1 / 12.0))
    for tag in card.tags:
        span = stage_of(tag)
        if span is not None:
            return span
    for m in _CARD_STAGE_RE.finditer(card.description or ""):
        span = stage_of(m.group("w"))
        if span is not None:
            return span
    if _GROWN_RE.search(card.description or ""):
        return Span(ANIMAL_YOUNG_YEARS + AGE_MARGIN, _OLD)  # grown: clearly past its first year
    return None


def is_person(cards: list[Card], names_no_kind: bool = True) -> bool:
    """A person's family (its class noun or a tag is a kind of person): human stages apply;
    else an animal's, where young animals' words and a human baby word mean its young. With
    `names_no_kind` (proper_name_is_no_kind) a word WordNet has only as someone's name (a breed
    or a make named after a person) says no kind."""
    lx = lexicon()
    words = [w for c in cards[-1:] for w in [c.class_noun, *c.tags] if w]
    if lx is None:
        return "person" in words
    heads = [w.split()[-1].lower() for w in words]
    return any(lx.is_a(head, "person", depth=PERSON_DEPTH) for head in heads
               if not (names_no_kind and _only_a_name(head)))


def _only_a_name(word: str) -> bool:
    """Every noun meaning WordNet has for the word is a proper name (a person, a place)."""
    lx = lexicon()
    senses = lx.senses(word) if lx is not None else []
    return bool(senses) and all(all(s.proper) for s in senses)


def by_age(cards: list[Card], text: str, names: frozenset[str] = frozenset(),
           off: frozenset[str] = frozenset()) -> Card | None:
    """age_picks_the_version: the version whose subject's age is in the span the request asks
    for, clearly (AGE_MARGIN years) closer than every other version whose age is known; None
    where the request says no age or no version stands out."""
    want = request_span(text, names, off)
    if want is None:
        return None
    person = is_person(cards, NAME_IS_NO_KIND_RULE not in off)
    if want.animal and person:
        return None  # "as a cub" of a person is a role, not an age
    if not person and not want.animal and want.lo < ANIMAL_YOUNG_YEARS and want.hi <= 19.99:
        want = Span(0.0, ANIMAL_YOUNG_YEARS, animal=True)  # "as a wee baby" of a pet is its young
    birth = born_year(cards)
    gaps = [(want.gap(s), i) for i, c in enumerate(cards) if (s := card_span(c, birth)) is not None]
    if not gaps:
        return None
    gaps.sort()
    best, i = gaps[0]
    rest = [g for g, j in gaps[1:]]
    if best > 0 and not rest:
        return None
    if rest and rest[0] - best < AGE_MARGIN - 1e-9:
        return None
    return cards[i]
