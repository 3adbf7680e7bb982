"""The other forms of a given name: how a household speaking another language writes and bends it.

A card names a person once ("Wiktor", "Rashid", "Paweł"); the family types the same name as its
language shapes it. Four regular classes, each described the way a grammar or a romanisation
table describes it, and the pet forms no rule derives, as a table of each language's names:

- transliteration (`spelling_keys`): a name from a language with another script, or with
  letters English lacks, is written by ear, so the same name comes in several spellings: w/v
  ("Wiktor"/"Viktor"), j/y/i ("Yusuf"/"Jusuf"), ee/i and oo/ou/u ("Rasheed"/"Rashid",
  "Mounir"/"Munir"), kh/h, gh/g, ph/f, th/t, dh/d, zh/z, dj/j, sh/sz/sch/ch, cz/ch/tch, q/k, a
  final h after a vowel ("Sarah"/"Sara"), doubled letters ("Jamilla"/"Jamila"); chat writes the
  Arabic letters Latin lacks with digits (arabizi: 2 hamza, 3 ayn, 5 kha, 6 ta, 7 ha, 8 ghayn or
  qaf, 9 sad or qaf) and leetspeak writes letters with look-alike digits (4 a, 3 e, 1 i, 0 o).
  The short vowels an abjad (Arabic, Hebrew, Persian, Urdu) leaves unwritten are written as
  heard, so a long name may differ in one vowel ("Selim"/"Salim").
- case (`CASE_ENDINGS`): Slavic, Baltic, Finnic, Greek, Hungarian and Turkish bend a name by its
  role in the sentence: the ending replaces the final vowel or a Greek/Baltic -s, and the
  fleeting e of Slavic -ek/-ec drops ("Marek" -> "Marka", "Tomasz" -> "Tomasza", "Ewa" ->
  "Ewie", "Stavros" -> "Stavrou", "Mikko" -> "Mikolle").
- diminutives (`DIMINUTIVES`): most languages make pet forms by a suffix on the name's stem
  (Polish -ek/-uś/-sia/-unia/-ch, Russian -sha/-ochka/-enka, Spanish -ito/-ita, Portuguese
  -inho/-inha, Italian -ino/-etta, Greek -aki/-oula, Dutch -tje, German -chen/-i, English
  -ie/-y, Turkish -cik, Yiddish -ele); a suffix that marks a gender only reaches a person of
  that gender.
- reduplication (`reduplicated_syllable`): the first syllable said twice ("Nono", "Fifi"),
  as French, Arabic, Tagalog, Chinese and children's speech everywhere name people.
- suppletive pet forms (`HYPOCORISMS`): "Pista" for István, "Paco" for Francisco, "Sasha" for
  Aleksandr, rows of the given names common in each language; read only between two names of
  one row, one of them the card's.

`NameForms` indexes a catalogue's person names once; `reach(word)` gives the families a word no
card has reaches by exactly one of these readings. Where a name stands, and whether the word is
an English one, is the caller's (features.CatalogIndex._name_form, rule
`name_form_of_another_language`).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections import defaultdict

from personalq.checkin.kinship import fold, honorifics_after

VOWELS = frozenset("aeiouy")

# Spelling classes, multi-letter first: each written form -> the one sound class it folds to.
# A written form that several languages read differently ("ch": English /tʃ/, French /ʃ/,
# German /x/) folds to every class it may be.
SPELLINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("tsch", ("c",)), ("sch", ("s",)), ("tch", ("c",)), ("dzh", ("j",)), ("dž", ("j",)),
    ("sh", ("s",)), ("sz", ("s",)), ("ch", ("c", "s", "h")), ("cz", ("c",)), ("kh", ("h",)),
    ("gh", ("g",)), ("ph", ("f",)), ("th", ("t",)), ("dh", ("d",)), ("zh", ("z",)),
    ("dj", ("j",)), ("ck", ("k",)), ("ee", ("i",)), ("oo", ("u",)), ("ou", ("u",)),
    ("q", ("k",)), ("w", ("v",)), ("y", ("i",)), ("j", ("j", "i")),
)
# Digits written for letters inside a word: arabizi (the Arabic consonants Latin lacks) and
# leetspeak (a digit that looks like the letter).
DIGIT_LETTERS: dict[str, tuple[str, ...]] = {
    "0": ("o",), "1": ("i", "l"), "2": ("", "a"), "3": ("a", "", "e"), "4": ("a",),
    "5": ("kh", "s"), "6": ("t",), "7": ("h", "t"), "8": ("gh", "q", "b"), "9": ("q", "s", "g"),
}
MAX_KEYS = 32  # spelling keys of one word (ambiguous letters multiply them)
VOWEL_VARIANT_MIN = 5  # letters of a name that may differ in one unwritten vowel

# Case endings of languages that bend names (Latin script, accents folded): Polish, Czech,
# Slovak, Slovene, Croatian/Serbian, Russian/Ukrainian romanised, Lithuanian, Latvian, Finnish,
# Estonian, Greek romanised, Hungarian, Turkish.
CASE_ENDINGS: frozenset[str] = frozenset("""
    a u e i y o owi ovi em om iem ie ego emu ou ovu ov ow oj oju ej
    ui ai ei
    n lle lla lta ssa sta sse ksi na ta tta
    nak nek val vel ra re rol nal nel
    nin nun in un ya ye yi yu
""".split())
# Nominative endings a name loses before a case ending (Greek/Baltic -os/-as/-is/-us/-es, a
# final vowel).
NOMINATIVE_S = ("os", "as", "is", "us", "es", "ys")
FLEETING = ("ek", "ec", "eł", "el", "en", "ok", "ko")  # Slavic -ek -> -k-: Marek, Marka
STEM_MIN = 3  # letters a name's stem keeps: a shorter one begins too many names

# Diminutive and hypocoristic suffixes by the gender they mark ("" for either), folded.
DIMINUTIVES: dict[str, str] = {
    # Polish, Czech, Slovak
    "ek": "m", "us": "m", "ulek": "m", "eczek": "m", "czek": "m", "szek": "m", "siek": "m",
    "ch": "m", "cio": "m", "sio": "", "sia": "f", "unia": "f", "usia": "f", "ka": "f",
    "eczka": "f", "ulka": "f", "inka": "f", "icka": "f", "isia": "f", "ik": "m",
    # Russian, Ukrainian, Bulgarian, Serbian/Croatian
    "sha": "", "ochka": "", "echka": "", "enka": "", "onka": "", "ushka": "", "ok": "m",
    "chik": "m", "ica": "f", "ko": "m",
    # Spanish, Portuguese, Italian, French, Romanian
    "ito": "m", "ita": "f", "illo": "m", "illa": "f", "ico": "m", "cito": "m", "cita": "f",
    "inho": "m", "inha": "f", "zinho": "m", "zinha": "f", "ino": "m", "ina": "f", "etto": "m",
    "etta": "f", "uccio": "m", "uccia": "f", "ello": "m", "ette": "f", "ot": "m",
    "ut": "m", "uta": "f",
    # Greek
    "aki": "", "akis": "m", "oula": "f", "oulis": "m", "itsa": "f",
    # Dutch, Afrikaans, German, Swiss German, Yiddish
    "tje": "", "pje": "", "je": "", "chen": "", "lein": "", "li": "", "ele": "", "le": "",
    # English, Scots, Irish
    "ie": "", "y": "", "sy": "", "sie": "", "kins": "", "een": "",
    # Turkish, Persian, Arabic (Levantine/Maghrebi)
    "cik": "", "cuk": "", "oush": "", "ousha": "f", "ou": "",
}
DIMINUTIVE_SUFFIXES: tuple[str, ...] = tuple(sorted(DIMINUTIVES, key=len, reverse=True))

# Pet forms of common given names, row by row: a given name, then the forms its speakers call
# its bearer (the suppletive ones no suffix derives, and the usual derived ones). Languages: the most spoken home languages of immigrant
# households in the US, UK, Canada and Australia whose given names have such forms in common
# use (English, Spanish, Portuguese, Italian, Polish, Russian/Ukrainian, German, French, Greek,
# Hungarian, Dutch, Hebrew/Yiddish, Arabic, Tagalog). Read only where a card states one of the row's
# names: a typed form then names the person whose card states another of the same row.
HYPOCORISMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "english": (
        ("william", "bill", "billy", "will", "willy", "liam"), ("robert", "bob", "bobby", "rob",
        "robbie", "bert"), ("richard", "dick", "rick", "ricky", "rich", "richie"),
        ("margaret", "peggy", "maggie", "meg", "greta", "marge", "madge"),
        ("elizabeth", "liz", "lizzie", "beth", "betty", "bess", "bessie", "eliza", "libby"),
        ("edward", "ted", "teddy", "ned", "eddie"), ("john", "jack", "johnny"),
        ("henry", "harry", "hal", "hank"), ("katherine", "kate", "kathy", "kitty", "katie"),
        ("catherine", "cathy", "cate", "kitty"), ("mary", "molly", "polly", "mae"),
        ("anne", "nancy", "annie"), ("james", "jim", "jimmy", "jamie"),
        ("charles", "chuck", "charlie", "chas"), ("sarah", "sally", "sadie"),
        ("dorothy", "dot", "dolly", "dottie"), ("alexander", "sandy", "alec", "alex"),
        ("patricia", "patty", "trish", "tricia"), ("patrick", "paddy", "pat"),
        ("theodore", "ted", "teddy", "theo"), ("frances", "fanny", "frankie"),
        ("susan", "sue", "susie"), ("deborah", "debbie", "deb"), ("christopher", "kit", "chris"),
        ("jennifer", "jenny", "jen"), ("rebecca", "becky", "becca"), ("abigail", "abby", "gail"),
    ),
    "spanish": (
        ("jose", "pepe", "pepito", "chepe"), ("francisco", "paco", "pancho", "curro", "kiko"),
        ("ignacio", "nacho"), ("guadalupe", "lupe", "lupita"), ("dolores", "lola", "lolita"),
        ("concepcion", "concha", "conchita"), ("rosario", "charo", "chayo"),
        ("enrique", "quique"), ("jesus", "chuy", "chucho"), ("manuel", "manolo", "manu"),
        ("antonio", "tono", "tonio"), ("alberto", "beto"), ("roberto", "beto"),
        ("eduardo", "lalo"), ("consuelo", "chelo"), ("mercedes", "merche"),
        ("isabel", "chabela", "isa"), ("guillermo", "memo"), ("gerardo", "lalo"),
        ("rafael", "rafa"), ("alejandro", "alejo", "jandro"), ("graciela", "chela"),
    ),
    "portuguese": (
        ("jose", "ze", "zeca"), ("francisco", "chico"), ("antonio", "tonho", "toninho"),
        ("sebastiao", "tiao"), ("raimundo", "mundinho"), ("joao", "joaozinho"),
        ("luis", "lula"), ("conceicao", "sao"), ("isabel", "bela"),
    ),
    "italian": (
        ("giuseppe", "beppe", "peppe", "pino", "peppino"), ("giovanni", "gianni", "nino", "vanni"),
        ("francesco", "franco", "checco"), ("salvatore", "toto", "turi", "turiddu"),
        ("vincenzo", "enzo"), ("domenico", "mimmo", "mimi"), ("antonio", "toto", "tonino"),
        ("giuseppina", "pina", "peppina"), ("caterina", "rina"), ("margherita", "rita"),
        ("mariella", "ella"), ("alessandro", "sandro"), ("alessandra", "sandra"),
        ("beatrice", "bice"), ("teresa", "tina"),
    ),
    "polish": (
        ("jakub", "kuba"), ("katarzyna", "kasia", "kaska"), ("barbara", "basia"),
        ("zofia", "zosia"), ("malgorzata", "gosia", "malgosia"), ("aleksandra", "ola"),
        ("aleksander", "olek"), ("stanislaw", "stas", "staszek"), ("jerzy", "jurek"),
        ("wojciech", "wojtek"), ("zbigniew", "zbyszek", "zbych"), ("elzbieta", "ela", "elka"),
        ("agnieszka", "aga"), ("joanna", "asia"), ("andrzej", "jedrek"), ("jozef", "jozek"),
        ("jadwiga", "jadzia"), ("tomasz", "tomek"), ("grzegorz", "grzes", "grzesiek"),
        ("krzysztof", "krzys", "krzysiek"), ("bartlomiej", "bartek"), ("halina", "hala"),
        ("anna", "ania", "hania"), ("maria", "marysia"), ("magdalena", "magda"),
        ("michal", "michas"), ("piotr", "piotrek"), ("pawel", "pawelek"), ("jan", "janek"),
    ),
    "russian": (
        ("aleksandr", "sasha", "shura", "sanya"), ("aleksandra", "sasha", "shura"),
        ("mikhail", "misha"), ("dmitri", "dima", "mitya"), ("yekaterina", "katya"),
        ("ekaterina", "katya"), ("yelena", "lena"), ("ivan", "vanya"), ("nikolai", "kolya"),
        ("vladimir", "volodya", "vova"), ("tatiana", "tanya"), ("natalia", "natasha"),
        ("maria", "masha"), ("anastasia", "nastya"), ("svetlana", "sveta"),
        ("sergei", "seryozha"), ("yevgeny", "zhenya"), ("yevgenia", "zhenya"),
        ("aleksei", "lyosha", "alyosha"), ("pavel", "pasha"), ("olga", "olya"),
        ("lyudmila", "luda", "mila"), ("anatoly", "tolya"), ("konstantin", "kostya"),
        ("yuri", "yura"), ("viktor", "vitya"), ("pyotr", "petya"), ("andrei", "andryusha"),
        ("galina", "galya"), ("irina", "ira"), ("yulia", "yulya"), ("ksenia", "ksyusha"),
        ("sofia", "sonya"), ("daria", "dasha"), ("volodymyr", "volodia"), ("oleksandr", "sasha"),
    ),
    "german": (
        ("johannes", "hans", "hannes"), ("elisabeth", "lisl", "liesl", "elli"),
        ("margarete", "gretel", "grete"), ("katharina", "kathe", "kathi"),
        ("josef", "sepp", "seppi", "beppo"), ("friedrich", "fritz"), ("heinrich", "heinz", "heini"),
        ("magdalena", "leni"), ("franziska", "franzi"), ("susanne", "susi"),
        ("wolfgang", "wolfi"), ("jakob", "kobi"),
    ),
    "french": (
        ("francoise", "fanfan"), ("isabelle", "isa"), ("josephine", "josette", "fifi"),
        ("emmanuel", "manu"), ("frederic", "fred"), ("nicolas", "nico"),
        ("guillaume", "guigui"), ("stephanie", "steph"), ("mathilde", "mathou"),
        ("dominique", "domi"), ("christophe", "cricri"),
    ),
    "greek": (
        ("konstantinos", "kostas", "dinos", "kostakis"), ("georgios", "giorgos", "giorgakis"),
        ("dimitrios", "dimitris", "mitsos", "takis"), ("panagiotis", "panos", "takis"),
        ("ioannis", "giannis", "giannakis"), ("vasileios", "vasilis", "vasos"),
        ("aikaterini", "katerina", "kaiti"), ("athanasios", "thanasis", "sakis"),
        ("eleftherios", "lefteris"), ("charalambos", "babis", "harris"),
        ("paraskevi", "voula", "vivi"), ("evangelia", "litsa", "evi"),
    ),
    "hungarian": (
        ("erzsebet", "erzsi", "boske"), ("istvan", "pista"), ("katalin", "kati"),
        ("jozsef", "joska", "jozsi"), ("janos", "jancsi"), ("laszlo", "laci"),
        ("ferenc", "feri"), ("zsuzsanna", "zsuzsa"),
    ),
    "dutch": (
        ("johannes", "jan", "hans"), ("wilhelmina", "mien", "wil"), ("hendrik", "henk"),
        ("cornelis", "kees"), ("jacobus", "koos"), ("maria", "mies", "ria"),
        ("catharina", "tineke", "trijntje"),
    ),
    "hebrew": (
        ("yosef", "yossi"), ("avraham", "avi"), ("yitzhak", "itzik"), ("moshe", "moishe"),
        ("shmuel", "shmulik"), ("rivka", "rivki"), ("yaakov", "kobi", "yankel"),
    ),
    "arabic": (
        ("muhammad", "hamoudi", "hamada", "mido"), ("abdullah", "abboud", "abdo"),
        ("mustafa", "mostafa"), ("abdelrahman", "abdo"), ("ibrahim", "hima"),
    ),
    "tagalog": (
        ("jose", "pepe", "jojo"), ("maria", "maring"), ("ricardo", "carding"),
        ("francisco", "kiko", "isko"), ("eduardo", "edong"), ("rosario", "charing"),
    ),
}

# Fond words said beside a given name (round 20, rule fond_word_beside_a_name): the household
# calls its people "little <name>", "big <name>", "<name> bach", not by the bare name alone. A
# closed class in every variety, and each writes its own: English little, young, big, baby, tiny,
# teeny; Scots and Irish wee; Black English and Southern US lil (li'l); Jamaican likkle, lickle,
# and baby talk ickle; French petit/petite, German, Dutch and Afrikaans klein/kleine, Yiddish
# kleyne, Hindi-Urdu-Punjabi chhota/chhoti (chota/choti), Japanese chibi. Welsh puts its word
# after the name ("bach", "fach" mutated after a woman's name, "bychan"), as Irish and Scottish
# Gaelic do ("beag"/"bheag", "og"/"óg" young, "mor"/"mhor" big); the honorifics languages put
# after a name (kinwords.KIN_HONORIFICS_AFTER: "ji", "chan", "nim") stand in the same slot.
FOND_BEFORE_A_NAME = frozenset("""little li'l lil' liddle wee young big baby
    tiny teeny petit petite klein kleine kleiner kleyne chhota chhoti chota choti chibi""".split())
# (the varieties' own spellings of "little", "likkle", "lil", "ickle", are read as "little"
# before this table is looked at: dialect.VARIETY_LITTLE, rule little_of_an_english_variety)
FOND_AFTER_A_NAME = frozenset("bach fach bychan fychan beag bheag beg og óg mor mhor".split())


def fond_word(word: str, before: bool) -> bool:
    """Is the word one said fondly before (`before`) or after a given name (FOND_*_A_NAME; after
    it, an honorific of KIN_HONORIFICS_AFTER too)?"""
    if before:
        return word in FOND_BEFORE_A_NAME
    return word in FOND_AFTER_A_NAME or word in honorifics_after()


def _rows_by_form() -> dict[str, frozenset[str]]:
    """Each form of HYPOCORISMS -> every name of every row it is in."""
    out: dict[str, set[str]] = defaultdict(set)
    for rows in HYPOCORISMS.values():
        for row in rows:
            for form in row:
                out[form] |= set(row)
    return {k: frozenset(v) for k, v in out.items()}


ROWS_BY_FORM = _rows_by_form()

FEMALE = frozenset("woman girl lady mother mom mum daughter sister wife grandmother granny "
                   "grandma aunt niece bride".split())
MALE = frozenset("man boy gentleman father dad son brother husband grandfather grandpa "
                 "uncle nephew groom priest".split())


def _expand(word: str, table) -> list[str]:
    """Every reading of a word whose letters `table` maps to several (at most MAX_KEYS)."""
    outs = [""]
    i = 0
    while i < len(word):
        for written, read in table:
            if word.startswith(written, i):
                outs = [o + r for o in outs for r in read][:MAX_KEYS]
                i += len(written)
                break
        else:
            outs = [o + word[i] for o in outs]
            i += 1
    return outs


def _undouble(word: str) -> str:
    """Doubled letters written once ("Jamilla" -> "jamila"), a final h after a vowel dropped."""
    out = "".join(c for c, _ in itertools.groupby(word))
    return out[:-1] if len(out) > 2 and out.endswith("h") and out[-2] in VOWELS else out


def spelling_keys(word: str) -> frozenset[str]:
    """The sound keys a written name may have: digits read as letters, then the spelling
    classes folded (SPELLINGS), doubled letters once."""
    low = fold(word.lower())
    digits = tuple((d, r) for d, r in DIGIT_LETTERS.items())
    read = _expand(low, digits) if any(c.isdigit() for c in low) else [low]
    return frozenset(_undouble(k) for r in read for k in _expand(r, SPELLINGS)
                     if k.isalpha())


def one_vowel_apart(a: str, b: str) -> bool:
    """Two keys of the same length that differ only in one vowel, not the first letter."""
    if len(a) != len(b) or len(a) < VOWEL_VARIANT_MIN or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] in VOWELS and diff[0][1] in VOWELS


def case_stems(name: str) -> set[str]:
    """The stems a name takes case endings on: the name, less a final vowel, less a Greek or
    Baltic nominative -s ending, with a Slavic fleeting e dropped (Marek -> mark)."""
    out = {name}
    if name[-1] in VOWELS:
        out.add(name[:-1])
    out |= {name[:-len(s)] for s in NOMINATIVE_S if name.endswith(s)}
    out |= {name[:-2] + name[-1] for s in FLEETING if name.endswith(s)}
    return {s for s in out if len(s) >= STEM_MIN}


def diminutive_stems(word: str) -> list[tuple[str, str]]:
    """(stem, gender) for each diminutive suffix the word ends with, the stem STEM_MIN letters
    or more: "pawelek" -> ("pawel", "m")."""
    return [(word[:-len(s)], DIMINUTIVES[s]) for s in DIMINUTIVE_SUFFIXES
            if word.endswith(s) and len(word) - len(s) >= STEM_MIN]


def reduplicated_syllable(word: str) -> str:
    """The syllable a reduplicated pet form repeats ("loulou" -> "lou", "mimo" -> "mi",
    "dede" -> "de"): a consonant (or two), its vowels, then the same consonant(s) and vowels
    again; "" when the word is not one."""
    onset = 0
    while onset < len(word) and word[onset] not in VOWELS:
        onset += 1
    if onset == 0 or onset > 2:
        return ""
    end = onset
    while end < len(word) and word[end] in VOWELS:
        end += 1
    first, rest = word[:end], word[end:]
    if not rest.startswith(word[:onset]) or end == onset or \
            any(c not in VOWELS for c in rest[onset:]) or len(rest) <= onset:
        return ""
    return first


def person_gender(words: list[str]) -> str:
    """"f"/"m" where a person's class noun or tags say it, else ""."""
    found = {("f" if w in FEMALE else "m") for w in words if w in FEMALE or w in MALE}
    return found.pop() if len(found) == 1 else ""


class NameForms:
    """The names of a catalogue's subjects, indexed for the readings of a typed word (look-ups
    by key, stem, name or sorted prefix: no walk over every name per word)."""

    def __init__(self, names: list[tuple[str, str, bool, str]],
                 coded: frozenset[str] = frozenset()):
        """`names`: (name word, family, is a person, the person's gender "f"/"m"/"");
        `coded`: the parts of coded triggers ("w4lt3r"), a trigger's and not a name's."""
        self.coded = coded
        self.keys: dict[str, set[str]] = defaultdict(set)  # spelling key -> families
        self.shapes: dict[tuple[int, str], set[str]] = defaultdict(set)  # (length, first) -> keys
        self.stems: dict[str, set[str]] = defaultdict(set)  # case stem -> person families
        self.named: dict[str, set[str]] = defaultdict(set)  # person's name -> families
        people = set()
        for name, fam, person, gender in names:
            for key in spelling_keys(name):
                self.keys[key].add(fam)
                self.shapes[len(key), key[0]].add(key)
            if person:
                people.add((fold(name), fam, gender))
                self.named[fold(name)].add(fam)
                for stem in case_stems(fold(name)):
                    self.stems[stem].add(fam)
        self.people = sorted(people)  # (name, family, gender), for a prefix search

    def reach(self, word: str) -> tuple[str, set[str]]:
        """The first reading that finds any family and the families it reaches: spelling, a
        name of the same HYPOCORISMS row, one unwritten vowel, a case ending, a diminutive
        suffix, a reduplicated syllable."""
        low = fold(word.lower())
        for reading in (self.spelt, self.hypocorism, self.vowel, self.inflected,
                        self.diminutive, self.reduplicated):
            found = reading(low)
            if found:
                return reading.__name__, found
        return "", set()

    def spelt(self, low: str) -> set[str]:
        """A name written another way (transliteration, arabizi, leetspeak)."""
        return {f for key in spelling_keys(low) for f in self.keys.get(key, ())}

    def hypocorism(self, low: str) -> set[str]:
        """A pet form no suffix derives ("Pista" for István), or the full name of one, where a
        person's card states another name of the same row (HYPOCORISMS)."""
        row = ROWS_BY_FORM.get(low, frozenset()) - {low}
        return {f for name in row for f in self.named.get(name, ())}

    def vowel(self, low: str) -> set[str]:
        """A name written with another vowel where an abjad writes none."""
        if not low.isalpha():
            return set()
        return {f for k in spelling_keys(low) for key in self.shapes.get((len(k), k[0]), ())
                if one_vowel_apart(k, key) for f in self.keys[key]}

    def inflected(self, low: str) -> set[str]:
        """A person's name with a case ending on its stem."""
        return {f for ending in CASE_ENDINGS if low.endswith(ending)
                for f in self.stems.get(low[:-len(ending)], ())}

    def _beginning(self, prefix: str) -> list[tuple[str, str, str]]:
        """The persons whose name begins with `prefix`."""
        i = bisect_left(self.people, (prefix, "", ""))
        out = []
        while i < len(self.people) and self.people[i][0].startswith(prefix):
            out.append(self.people[i])
            i += 1
        return out

    def diminutive(self, low: str) -> set[str]:
        """A pet form: a diminutive suffix on the stem a person's name begins with, the
        suffix's gender (where it marks one) the person's."""
        for stem, marked in diminutive_stems(low):
            out = {f for name, f, gender in self._beginning(stem)
                   if name != low and (not marked or not gender or marked == gender)}
            if out:
                return out
        return set()

    def reduplicated(self, low: str) -> set[str]:
        """A reduplicated pet form of the syllable a person's name begins with."""
        syllable = reduplicated_syllable(low)
        return {f for _, f, _ in self._beginning(syllable)} if syllable else set()
