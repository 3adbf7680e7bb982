"""Dates in requests: "from 2025-03-14", "trained in Mar 2023", "21 June 2025",
"October 14, 2026", "from last November", "March last year", "last month", "the 2017 one",
"two summers ago", "the spring before last".

Relative dates are read against today's date (`today` can be passed for tests). Each date is
(year, month, day) with None for the parts the request does not give.
"""

from __future__ import annotations

import datetime as dt
import os
import re

from personalq.checkin.text import MONTHS
from personalq.checkin.timewords import YEARS_AGO

_MONTH = r"(?P<mon>" + "|".join(sorted(list(MONTHS) + ["may"], key=len, reverse=True)) + r")\.?"
_MONTH_NO_MAY = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?\b"),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH + r",?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b" + _MONTH + r"\s+(?P<rel>last|this)\s+year\b", re.I),
    re.compile(r"\b(?P<rel>last|this|past)\s+" + _MONTH + r"(?!\w)", re.I),
    re.compile(r"\b(?P<relm>last|this)\s+month\b", re.I),
    re.compile(r"\b(?P<rely>last|this)\s+year\b", re.I),
    re.compile(r"\b(?:in|from|of)\s+" + _MONTH_NO_MAY + r"(?!\w)", re.I),
    re.compile(r"\b(?P<y>(?:19|20)\d\d)\b"),
]


def reference_day() -> dt.date:
    """Today, or PERSONALQ_TODAY (YYYY-MM-DD): a benchmark written on one day keeps its
    relative dates ("last month") when it is run later."""
    fixed = os.environ.get("PERSONALQ_TODAY", "")
    try:
        return dt.date.fromisoformat(fixed) if fixed else dt.date.today()
    except ValueError:
        return dt.date.today()


# the rules of this module (rules.py registers them; `off` holds those switched off)
YEARS_AGO_RULE = "years_ago_in_other_languages"
TWO_DIGIT_SEASON_RULE = "season_with_a_two_digit_year"

_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month
_SEASON_RE = re.compile(r"\b(?:(?P<last>last)\s+(?P<s1>spring|summer|autumn|fall|winter)|"
                        r"(?P<s2>spring|summer|autumn|fall|winter)\s+(?:(?P<before>before\s+last)|"
                        r"(?:of\s+)?(?P<y>(?:19|20)\d\d)|(?:of\s+)?['’]?(?P<yy>\d\d)(?![\d:.%]|\s*(?:am|pm)\b)))\b",
                        re.I)


def _season(m: re.Match) -> str:
    """The season a match names."""
    return (m.group("s1") or m.group("s2")).lower()


def _two_digit_year(yy: str, today: dt.date) -> int:
    """"autumn 21", "summer '19": a year written with two digits is the latest such year not
    after next year (chat drops the century the way a spoken date does)."""
    year = today.year // 100 * 100 + int(yy)
    return year - 100 if year > today.year + 1 else year


def _season_dates(text: str, today: dt.date, off: frozenset[str] = frozenset()) -> list:
    """"last summer", "the autumn before last", "winter 2024": the year of that season (a
    season has no single month, so only the year is a cue)."""
    out = []
    for m in _SEASON_RE.finditer(text):
        if m.group("yy") and TWO_DIGIT_SEASON_RULE in off:
            continue
        if m.group("y") or m.group("yy"):
            year = int(m.group("y")) if m.group("y") else _two_digit_year(m.group("yy"), today)
            out.append((m.start(), m.end(), (year, None, None)))
            continue
        first = _SEASONS[_season(m)]
        year = today.year if today.month > first + 2 else today.year - 1  # the last one ended
        out.append((m.start(), m.end(), (year - (1 if m.group("before") else 0), None, None)))
    return out


def season_months(text: str, today: dt.date | None = None,
                  off: frozenset[str] = frozenset()) -> tuple[tuple[int, int], ...]:
    """The (year, month) pairs of the first season the request names with its year ("last
    autumn" -> that autumn's three months; winter runs into the next year), or ()."""
    today = today or reference_day()
    for m in _SEASON_RE.finditer(text):
        found = _season_dates(m.group(0), today, off)
        if not found:
            continue
        first = _SEASONS[_season(m)]
        year = found[0][2][0]
        return tuple((year + (first + k - 1) // 12, (first + k - 1) % 12 + 1) for k in range(3))
    return ()


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "couple of": 2, "a couple of": 2, "couple": 2, "a couple": 2, "few": 3, "a few": 3,
           "a good few": 4, "several": 4}
_UNIT_YEARS = {"year": 1, "yr": 1, "y": 1, "decade": 10}  # a count of these is years
_AGO_RE = re.compile(r"\b(?:(?P<n>\d{1,2}|a couple(?: of)?|couple(?: of)?|a good few|a few|several|an?|one|two|three|"
                     r"four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]*"
                     r"(?P<unit>years?|yrs?|y|decades?|springs?|summers?|autumns?|falls?|winters?|"
                     r"christmas(?:es)?|birthdays?)\s+(?:ago|back)\b|"
                     r"(?P<yb>year|spring|summer|autumn|fall|winter|christmas)\s+before\s+last\b)", re.I)


def _ago_dates(text: str, today: dt.date) -> list:
    """"two years ago", "3 yrs back", "a decade ago", "three summers ago", "two Christmases
    ago", "the spring before last": a year counted back from today (a season or a yearly
    holiday counts from the last one that has passed; abbreviations as typed in chat)."""
    out = []
    for m in _AGO_RE.finditer(text):
        unit = re.sub(r"(?:es|s)$", "", (m.group("unit") or m.group("yb")).lower())
        n = 2 if m.group("yb") else int(_COUNTS.get(m.group("n").lower(), m.group("n")))
        if unit in _UNIT_YEARS:
            year = today.year - n * _UNIT_YEARS[unit]
        elif unit == "birthday":  # one a year
            year = today.year - n
        elif unit.startswith("christma"):  # counted from the last one that has passed
            year = (today.year if (today.month, today.day) > (12, 25) else today.year - 1) - (n - 1)
        else:
            first = _SEASONS["fall" if unit == "fall" else unit]
            last = today.year if today.month > first + 2 else today.year - 1
            year = last - (n - 1)
        out.append((m.start(), m.end(), (year, None, None)))
    return out


def _alternatives(field: str) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(
        (p.strip() for p in field.split("|") if p.strip()), key=len, reverse=True))


def _years_ago_pattern() -> re.Pattern:
    """years_ago_in_other_languages: "N years ago" as each language of timewords.YEARS_AGO says
    it, a count of years before or after its year word with the words that make it "ago" ("hace
    3 años", "3 saal pehle", "5 lat temu", "il y a 2 ans", "3 anni fa", "3年前"); English "ago" /
    "back" after any of the year words too ("6 saal back")."""
    rows = []
    for before, units, after in YEARS_AGO.values():
        unit = "|".join(re.escape(u) for u in sorted(units.split(), key=len, reverse=True))
        unit_part = r"\s*(?:%s)" % unit if unit else ""
        after_part = _alternatives(after + "|ago|back") if unit else _alternatives(after)
        if before:
            rows.append(r"(?:%s)\s+(?P<n%d>\d{1,2})%s(?:\s+(?:%s))?" % (_alternatives(before), len(rows), unit_part,
                                                                      after_part))
        if after:
            rows.append(r"(?P<n%d>\d{1,2})%s\s*(?:%s)" % (len(rows), unit_part, after_part))
    return re.compile(r"(?<![\w.])(?:" + "|".join(rows) + r")(?!\w)", re.I)


_YEARS_AGO_RE = _years_ago_pattern()


def _foreign_ago_dates(text: str, today: dt.date) -> list:
    """The years counted back in another language's words (rule years_ago_in_other_languages)."""
    out = []
    for m in _YEARS_AGO_RE.finditer(text):
        n = int(next(v for k, v in m.groupdict().items() if v))
        if 0 < n <= 99:
            out.append((m.start(), m.end(), (today.year - n, None, None)))
    return out


def years_ago_spans(text: str) -> list[tuple[int, int]]:
    """Where a request counts years back in another language's words ("3 saal pehle")."""
    return [(m.start(), m.end()) for m in _YEARS_AGO_RE.finditer(text)]


def parse_dates(text: str, today: dt.date | None = None) -> list[tuple[int | None, int | None, int | None]]:
    return [d for _, _, d in find_dates(text, today)]


def find_dates(text: str, today: dt.date | None = None, off: frozenset[str] = frozenset()):
    """[(start, end, (year, month, day))] in text order. `off`: the rules switched off."""
    today = today or reference_day()
    found = _ago_dates(text, today)
    foreign = [d for d in _foreign_ago_dates(text, today)
               if not any(d[0] < e and s < d[1] for s, e, _ in found)]
    if foreign and YEARS_AGO_RULE not in off:
        found += foreign
    found += [d for d in _season_dates(text, today, off)
              if not any(d[0] < e and s < d[1] for s, e, _ in found)]
    taken: list[tuple[int, int]] = [(s, e) for s, e, _ in found]
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            year = int(g["y"]) if g.get("y") else None
            month = None
            if g.get("m"):
                month = int(g["m"])
            elif g.get("mon"):
                month = MONTHS.get(g["mon"].lower().rstrip(".")) or (5 if g["mon"].lower() == "may" else None)
                if month is None:
                    continue
            day = int(g["d"]) if g.get("d") else None
            if g.get("rel") and month:
                if pattern.pattern.endswith(r"year\b"):  # "March last year"
                    year = today.year - 1 if g["rel"].lower() == "last" else today.year
                else:  # "last December": the most recent December before this month
                    year = today.year if month < today.month else today.year - 1
            if g.get("relm"):
                first = today.replace(day=1)
                if g["relm"].lower() == "last":
                    first = (first - dt.timedelta(days=1)).replace(day=1)
                year, month = first.year, first.month
            if g.get("rely"):
                year = today.year - 1 if g["rely"].lower() == "last" else today.year
            if year is None and month is None:
                continue
            if month is not None and not 1 <= month <= 12:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), (year, month, day)))
    return sorted(found)
