"""DATE mentions with ISO 8601 values, relative dates resolved against the publication date.

A small grammar over tokens, read left to right (the words are in models/dates.tsv):

    DATE     = PREP? PART? (NUMERIC | DAYS MONTH YEAR? | MONTH YEAR? | YEARS | DECADE | CENTURY
                            | SHIFT UNIT | WEEKDAY (, DATE)? | DAYWORD | SEASON YEAR? | DURATION AGO?)
               (RANGE DATE)?
    DAYS     = 25 | 25–26          MONTH = «апреля» | «апреле»        YEAR = 2024 (год|г.)?
    YEARS    = 2025–2027 (годы)? | 2024 (год)?                        SHIFT UNIT = «прошлом году»
    DURATION = APPROX* NUMBER? UNIT («три года», «несколько лет», «более 10 лет»)

`value` is as precise as the text: 2024-04-25, 2025-10, 2024, 2025/2027. A date relative to the
publication («вчера», «в прошлом году», «в среду», «в мае», «три года назад») is resolved when the
input's meta (`date`, `published`) or the article's dateline gives the publication date, and is
marked `relative: true`; otherwise its value is null and its text is its name. A duration gets
`duration` in ISO 8601 (P3Y) and a null value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from ..resources import read_list, read_tsv
from .gazetteer import fold, phrase_key
from .mention import Found, add
from ..text.layout import body
from ..text import columns
from ..text.tokenizer import doc_text

PREPS = {"в", "во", "с", "со", "до", "по", "к", "ко", "на", "от", "за", "через", "после", "около", "начиная"}
YEAR_WORDS = {"год", "г", "гг", "годы"}
DASHES = {"-", "–", "—", "по", "до"}
DURATION_PREPS = {"за", "через", "спустя", "течение", "протяжении"}  # before a period, not an age
NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$|^(\d{4})-(\d{2})-(\d{2})$")
DAY_RANGE = re.compile(r"^(\d{1,2})(?:-го)?(?:[-–—](\d{1,2}))?$")
YEAR_RANGE = re.compile(r"^(\d{4})(?:\s*[-–—]\s*(\d{4}))?(-(?:х|е|ые|ых|й|м|го|ом))?$")
DECADE = re.compile(r"^(\d{2}|\d{4})-(?:е|х|ые|ых)$")
ROMAN = re.compile(r"^[IVXLC]+$")
ADJ_DURATION = r"^(\d+-|{stems})(летн|недельн|месячн|дневн)"


@dataclass
class Value:
    """What a date expression says: a point (y, m, d; None where unsaid), a period or a duration."""
    y: int | None = None
    m: int | None = None
    d: int | None = None
    end: "Value | None" = None
    duration: str | None = None
    relative: bool = False

    def iso(self) -> str | None:
        if self.y is None:
            return None
        s = f"{self.y:04d}" + (f"-{self.m:02d}" if self.m else "") + (f"-{self.d:02d}" if self.m and self.d else "")
        if self.end is not None and self.end.iso():
            s += "/" + self.end.iso()
        return s


@lru_cache(maxsize=1)
def words() -> dict:
    """{lemma key: (kind, value)} for single words; phrases under a tuple key."""
    res = {}
    for row in read_tsv("dates.tsv"):
        if " " in row["word"]:  # phrases as written: their forms would not lemmatise as one
            res[tuple(fold(w) for w in row["word"].split())] = (row["kind"], row["value"])
        else:
            res[(phrase_key(row["word"]),)] = (row["kind"], row["value"])
    return res


@lru_cache(maxsize=1)
def adj_duration() -> re.Pattern:
    return re.compile(ADJ_DURATION.format(stems="|".join(read_list("date_numeral_stems.txt"))))


def publication_date(doc) -> dt.date | None:
    """The article's date: the input's meta (`date`, `published`, ...), else its dateline."""
    meta = doc._.meta or {}
    for k in ("date", "published", "pub_date", "datetime", "time"):
        d = _parse_date_string(str(meta.get(k) or ""))
        if d:
            return d
    layout = doc._.layout
    if layout is not None and layout.dateline:
        return _parse_date_string(doc_text(doc)[layout.dateline[0]:layout.dateline[1]])
    return None


def _parse_date_string(s: str) -> dt.date | None:
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", s)
    try:
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.search(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", s)
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


class Grammar:
    """The date grammar over one Doc's tokens; `match(i)` → (end, Value) or None."""

    def __init__(self, doc, today: dt.date | None):
        self.doc = doc
        self.today = today
        self.texts, self.lowers = columns.texts(doc), columns.lowers(doc)
        self.keys = [fold(lemma or text) for lemma, text in zip(columns.lemmas(doc), self.texts)]
        self.forms = [fold(text) for text in self.texts]

    # -- token classes
    def kind(self, i):
        if i >= len(self.doc):
            return None, None
        return words().get((self.keys[i],), (None, None))

    def is_(self, i, kind):
        return self.kind(i)[0] == kind

    def text(self, i):
        return self.texts[i] if i < len(self.texts) else ""

    def year_word(self, i):
        return i < len(self.doc) and self.keys[i].rstrip(".") in YEAR_WORDS

    def skip_dot(self, i):
        return i + 1 if self.text(i) == "." else i

    def year(self, i):
        """YEAR (год)? → (end, year)."""
        t = self.text(i)
        if len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2100:
            j = i + 1
            if self.year_word(j):
                j = self.skip_dot(j + 1) if self.text(j) in ("г", "гг") else j + 1
            return j, int(t)
        return None

    def number(self, i):
        """A count of units: digits or a numeral word → (end, n)."""
        t = self.text(i)
        if re.fullmatch(r"\d+(?:,\d+)?", t):
            return i + 1, float(t.replace(",", "."))
        k, v = self.kind(i)
        if k == "numeral":
            return i + 1, float(v)
        return None

    # -- the rule
    def match(self, i):
        start = i
        doc = self.doc
        phrase = self._phrase(i)  # «в настоящее время», «на следующий день»
        if phrase is not None:
            return start, phrase[0], phrase[1]
        if i < len(doc) and self.lowers[i] in PREPS:
            i += 1
            if i < len(doc) and self.lowers[i] == "с":  # «начиная с»
                i += 1
        if self.is_(i, "part"):
            i += 1
        res = self.core(i)
        if res is None:
            return None
        end, value = res
        if start < i and self.lowers[start] in PREPS and end == i:
            return None
        # a range: «с 22 по 27 сентября», «2025–2027», «в сентябре — октябре 2012»
        if end < len(doc) and self.lowers[end] in DASHES and value.duration is None and value.end is None:
            nxt = self.core(end + 1)
            if nxt is not None and nxt[1].duration is None and nxt[1].y is not None or (
                    nxt is not None and nxt[1].m is not None):
                other = nxt[1]
                if other.y is not None and value.y is None:
                    value.y = other.y
                if other.y is None:
                    other.y = value.y
                if value.m and not other.m and other.d:
                    other.m = value.m
                value.end = other
                end = nxt[0]
        return start, end, value

    def core(self, i):
        doc = self.doc
        if i >= len(doc):
            return None
        t = self.texts[i]
        k, v = self.kind(i)
        # 25.04.2024, 2024-04-25
        m = NUMERIC.match(t)
        if m:
            if m[1]:
                y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
                return self._checked(i + 1, Value(y, int(m[2]), int(m[1])))
            return self._checked(i + 1, Value(int(m[4]), int(m[5]), int(m[6])))
        # 25 апреля (2024 года), 25–26 января
        m = DAY_RANGE.match(t)
        if m and 1 <= int(m[1]) <= 31:
            # «25 апреля», «25–26 января», «с 22 по 27 сентября»
            last, j = m[2], i + 1
            if not self.is_(j, "month") and self.text(j).lower() in DASHES and DAY_RANGE.match(self.text(j + 1)) \
                    and self.is_(j + 2, "month"):
                last, j = DAY_RANGE.match(self.text(j + 1))[1], j + 2
            if self.is_(j, "month"):
                month = int(self.kind(j)[1])
                end, y = self._year_after(j + 1)
                value = Value(y, month, int(m[1]))
                if last:
                    value.end = Value(y, month, int(last))
                return self._resolve_year(end, value)
        # апреля 2024 года, в мае, в феврале прошлого года
        if k == "month":
            end, y = self._year_after(i + 1)
            return self._resolve_year(end, Value(y, int(v)))
        # 2024 (год), 2025–2027 годы, 1950-х годах
        m = YEAR_RANGE.match(t)
        if m and 1000 <= int(m[1]) <= 2100:
            j = i + 1
            if self.year_word(j):
                j = self.skip_dot(j + 1) if self.text(j) in ("г", "гг") else j + 1
            elif j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN") and not self.is_(j, "unit"):
                return None  # «2000 человек»
            if m[3] in ("-х", "-е", "-ые", "-ых"):  # a decade: «1950-х»
                y0 = int(m[1])
                return j, Value(y0, end=Value(y0 + 9))
            if m[2]:
                y2 = int(m[2]) if len(m[2]) == 4 else int(m[1][:2] + m[2])
                return j, Value(int(m[1]), end=Value(y2))
            return j, Value(int(m[1]))
        m = DECADE.match(t)
        if m and (self.year_word(i + 1) or (i > 0 and (self.is_(i - 1, "part") or self.lowers[i - 1] in PREPS))):
            return (i + 2 if self.year_word(i + 1) else i + 1), Value()  # «в 70-е годы», «конца 90-х»
        # XIX век
        if i + 1 < len(doc) and ((ROMAN.match(t) and self.keys[i + 1] in ("век", "в"))
                                 or (t.isdigit() and self.keys[i + 1] == "век")):
            c = _roman(t) if ROMAN.match(t) else int(t)
            if 1 <= c <= 21:
                return (self.skip_dot(i + 2) if self.keys[i + 1] == "в" else i + 2), Value((c - 1) * 100, end=Value((c - 1) * 100 + 99))
        # в прошлом году, на этой неделе, в следующем месяце
        if k == "shift" and self.is_(i + 1, "unit"):
            return i + 2, self._shifted(int(v), self.kind(i + 1)[1])
        # в среду (, 22 января 2020 года)
        if k == "weekday":
            end = i + 1
            if end + 1 < len(doc) and self.texts[end] in (",", "—", "–", "-"):
                nxt = self.core(end + 1)
                if nxt is not None and nxt[1].d is not None:
                    return nxt
            return end, self._weekday(int(v))
        # сегодня, вчера, накануне (but «накануне выборов» is «on the eve of», a preposition)
        if k == "day":
            if self.keys[i] == "накануне" and i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET"):
                return None
            return i + 1, self._day(v)
        phrase = self._phrase(i)
        if phrase is not None:
            return phrase
        # летом 2010 года, этим летом
        if k == "season":  # ISO 8601 has no seasons: the year it falls in
            end, y = self._year_after(i + 1)
            if y is None and self.today is not None:
                return end, Value(self.today.year, relative=True)
            return end, Value(y)
        if k == "shift" and self.is_(i + 1, "season"):
            return i + 2, Value(self.today.year if self.today else None, relative=self.today is not None)
        # пятилетний, двухнедельный (but «45-летний» is an age)
        if adj_duration().match(self.keys[i]) and not t[:1].isdigit():
            return i + 1, Value(duration="")
        return self._duration(i)

    def _phrase(self, i):
        """Multi-word entries («в настоящее время», «в тот же день»), the longest first."""
        for n in (4, 3, 2):
            kv = words().get(tuple(self.forms[i:i + n]))
            if kv and kv[0] in ("vague", "day"):
                return i + n, self._day(kv[1]) if kv[0] == "day" else Value()
        if self.is_(i, "vague"):
            return i + 1, Value()
        return None

    def _duration(self, i):
        """(APPROX)* NUMBER? UNIT AGO?: «три года», «несколько лет», «более 10 лет назад», «год назад»."""
        j = i
        while self.is_(j, "approx"):
            j += 1
        n = self.number(j)
        count = None
        if n is not None:
            j, count = n
        if not self.is_(j, "unit"):
            return None
        prep = self.lowers[i - 1] if i > 0 else ""
        qualified = (j > i + (n is not None) or prep in DURATION_PREPS or self.is_(j + 1, "ago")
                     or (i > 0 and self.is_(i - 1, "approx")))
        if count is None and not qualified:
            return None  # a bare «год» is not a date
        if n is not None and self.text(j - 1).isdigit() and not qualified and self.kind(j)[1] == "Y":
            return None  # «45 лет», «в 19 лет»: an age more often than a period
        if count is None and j == i:
            count = 1  # «через год», «за день»
        unit = self.kind(j)[1]
        j += 1
        if self.is_(j, "ago") or (j + 1 < len(self.doc) and tuple(self.keys[j:j + 2]) in words()
                                  and words()[tuple(self.keys[j:j + 2])][0] == "ago"):
            j += 2 if not self.is_(j, "ago") else 1
            return j, self._shifted(-int(count or 1), unit)
        amount = f"{count:g}" if count is not None else ""
        return j, Value(duration=f"P{amount}{unit}" if amount else "")

    def _year_after(self, i):
        """An optional year after a month: «2024 года», «прошлого года» → (end, year or None)."""
        y = self.year(i)
        if y is not None:
            return y
        k, v = self.kind(i)
        if k == "shift" and self.keys[i + 1:i + 2] == ["год"]:
            if self.today:
                return i + 2, self.today.year + int(v)
            return i + 2, None
        return i, None

    def _resolve_year(self, end, value):
        """A day or month without a year: the publication's year, marked relative."""
        if value.y is None and self.today is not None:
            value.y = self.today.year
            value.relative = True
            if value.end is not None:
                value.end.y = value.y
        return self._checked(end, value)

    def _checked(self, end, value):
        try:
            if value.y and value.m:
                dt.date(value.y, value.m, value.d or 1)
        except ValueError:
            return None
        return end, value

    def _day(self, offset):
        if offset == "" or self.today is None:
            return Value()
        d = self.today + dt.timedelta(days=int(offset))
        return Value(d.year, d.month, d.day, relative=True)

    def _weekday(self, weekday):
        if self.today is None:
            return Value()
        d = self.today - dt.timedelta(days=(self.today.weekday() - weekday) % 7)
        return Value(d.year, d.month, d.day, relative=True)

    def _shifted(self, n, unit):
        if self.today is None:
            return Value()
        t = self.today
        if unit == "Y":
            return Value(t.year + n, relative=True)
        if unit == "M":
            k = t.year * 12 + t.month - 1 + n
            return Value(k // 12, k % 12 + 1, relative=True)
        if unit == "W":
            monday = t - dt.timedelta(days=t.weekday()) + dt.timedelta(weeks=n)
            sunday = monday + dt.timedelta(days=6)
            return Value(monday.year, monday.month, monday.day,
                         end=Value(sunday.year, sunday.month, sunday.day), relative=True)
        if unit == "D":
            return self._day(n)
        return Value()


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -vals[a] if vals.get(b, 0) > vals[a] else vals[a]
    return total


class Finder:
    def __call__(self, doc):
        span = body(doc)
        grammar = Grammar(doc, publication_date(doc))
        taken = {i for f in doc._.found if f.type != "DATE" for i in range(f.start, f.end)}
        i, spaces = span.start, columns.spaces(doc)
        while i < span.end:
            res = None if i in taken or spaces[i] else grammar.match(i)
            if res is None or res[1] > span.end:
                i += 1
                continue
            start, end, value = res
            add(doc, date_found(doc, start, end, value))
            i = end
        return doc


def date_found(doc, start, end, value: Value) -> Found:
    iso = value.iso()
    attrs = {"value": iso}
    if value.duration:
        attrs["duration"] = value.duration
    if value.relative and iso:
        attrs["relative"] = True
    text = " ".join(t.text for t in doc[start:end]).lower()
    return Found("DATE", start, end, iso or text, attrs, key=f"DATE:{iso}" if iso else None, source="dates")


@Language.factory("dates")
def make(nlp, name):
    return Finder()
