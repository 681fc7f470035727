"""A test dump for batch runs: short invented news articles mixed with every kind of bad record."""

from __future__ import annotations

import json

PEOPLE = [("Олег", "Брусникин", "прибыл"), ("Марина", "Лаптева", "прибыла"), ("Игорь", "Сомов", "прибыл"),
          ("Светлана", "Кречетова", "прибыла"), ("Артём", "Зорин", "прибыл"), ("Вера", "Малахова", "прибыла")]
POSTS = ["Министр экономики", "Губернатор области", "Глава делегации", "Заместитель министра финансов"]
CITIES = ["Казань", "Самару", "Пермь", "Тверь", "Омск", "Калугу", "Вологду"]
MAX_CHARS = 3000

# (error type or None, warning fragment or None) for each kind of record at position i % 10 == 7
BAD_KINDS = ["empty", "not_text", "no_text", "too_long", "bad_json", "encoding", "bad_json_array",
             "not_russian", "html", "cp1251"]


def good_text(i: int) -> str:
    first, last, verb = PEOPLE[i % len(PEOPLE)]
    post = POSTS[i % len(POSTS)]
    city = CITIES[i % len(CITIES)]
    return (f"{post} {first} {last} {verb} в {city} {1 + i % 28} мая. "
            f"Как сообщили в пресс-службе, {last} проведёт там переговоры номер {i}.")


def kind_of(i: int) -> str:
    return BAD_KINDS[(i // 10) % len(BAD_KINDS)] if i % 10 == 7 else "good"


def line(i: int) -> bytes:
    doc_id = f"d{i:03d}"
    kind = kind_of(i)
    record = {"id": doc_id, "text": good_text(i), "n": i}
    if kind == "empty":
        record["text"] = "  "
    elif kind == "not_text":
        record["text"] = 42
    elif kind == "no_text":
        del record["text"]
    elif kind == "too_long":
        record["text"] = (good_text(i) + " ") * (MAX_CHARS // 100)
    elif kind == "bad_json":
        return b'{"id": "' + doc_id.encode() + b'", "text": "unterminated'
    elif kind == "encoding":
        return b'{"id": "' + doc_id.encode() + b'", "text": "' + bytes(range(0x80, 0xA0)) * 3 + b'"}'
    elif kind == "bad_json_array":
        return b"[1, 2, 3]"
    elif kind == "not_russian":
        record["text"] = "The minister arrived in Paris on Monday for talks with his counterpart."
    elif kind == "html":
        record["text"] = f"<div><p>{good_text(i)}</p><script>var tracker = 1;</script></div>"
    elif kind == "cp1251":
        return json.dumps(record, ensure_ascii=False).encode("cp1251")
    data = json.dumps(record, ensure_ascii=False).encode("utf-8")
    return b"\xef\xbb\xbf" + data if i == 0 else data  # the file starts with a UTF-8 BOM


def write_dump(path, n: int = 500):
    with open(path, "wb") as f:
        for i in range(n):
            f.write(line(i) + b"\n")
    return path


def expected_id(i: int, name: str = "dump.jsonl") -> str:
    return f"{name}:{i + 1}" if kind_of(i) in ("bad_json", "encoding", "bad_json_array") else f"d{i:03d}"
