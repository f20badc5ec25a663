#!/usr/bin/env python3
"""List the speaker profiles extraction finds, one line per (document, speaker), for inspection and diffing.

Usage: dotnet run --project src/GovBot -- extract --json $(find data/articles -name '*.txt' | sort) > /tmp/x.jsonl
       python3 tests/profiles/list_profiles.py /tmp/x.jsonl            # the table
       python3 tests/profiles/list_profiles.py /tmp/x.jsonl --check    # score against tests/profiles/expected.tsv
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path


def key(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "").replace("'", "")
    return " ".join(re.findall(r"[a-z0-9]+", s))


def load(path):
    docs = {}
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        docs[Path(d["file"]).name] = d
    return docs


def table(docs):
    for name, d in docs.items():
        said = Counter(q["speaker"] for q in d.get("quotes", []))
        for s in d.get("speakers", []):
            print(f"{name[:60]}\t{s['name']}\t{s['title']}\t{s['organization']}\t{s['country']}\t{'; '.join(s['aliases'])}\t{said.get(s['name'], 0)}")


def same_person(expected, found):
    e, f = key(expected).split(), key(found).split()
    return bool(e) and bool(f) and (e == f or e[-1] == f[-1] or e[0] == f[0] and len(f) > 1)


def check(docs, expected_path):
    rows = [l.rstrip("\n").split("\t") for l in open(expected_path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    people = found = pairs = title = org = country = 0
    misses = []
    for doc, name, etitle, eorg, ecountry in rows:
        d = next((v for k, v in docs.items() if k.startswith(doc)), None)
        if d is None:
            misses.append(f"{doc}: no such document")
            continue
        people += 1
        speaker = next((s for s in d.get("speakers", []) if same_person(name, s["name"])), None)
        if speaker is None:
            misses.append(f"{doc}: {name} not found")
            continue
        found += 1
        if any(q["speaker"] == speaker["name"] for q in d.get("quotes", [])):
            pairs += 1
        for field, want, got in (("title", etitle, speaker["title"]), ("org", eorg, speaker["organization"]), ("country", ecountry, speaker["country"])):
            ok = key(want if want != "-" else "") == key(got or "")
            if field == "title":
                title += ok
            elif field == "org":
                org += ok
            else:
                country += ok
            if not ok:
                misses.append(f"{doc}: {name} {field}: got {got!r}, expected {want!r}")
    for m in misses:
        print(m)
    n = max(found, 1)
    print(f"people {people}: found {found / people:.2f}, words attributed {pairs / people:.2f}; "
          f"of those found: title {title / n:.2f}, organisation {org / n:.2f}, country {country / n:.2f}")


if __name__ == "__main__":
    docs = load(sys.argv[1])
    if "--check" in sys.argv:
        check(docs, Path(__file__).with_name("expected.tsv"))
    else:
        table(docs)
