#!/usr/bin/env python3
"""Validate the GovBot gold quote annotations (stdlib only).

For every tests/gold/**/*.json file this checks that:
  * the annotated document exists (``document`` is relative to the repository root, or,
    when it contains no slash, relative to the JSON file's own folder);
  * ``kind`` is one of news / transcript / statement and ``partial`` (if present) is a bool;
  * every speaker entry has name / title / organization / country (str or null), names are unique;
  * every quote has a non-empty ``text`` that occurs in the document: exactly once when
    ``occurrence`` is omitted, at least ``occurrence`` times otherwise (occurrence is then only
    allowed when the text is ambiguous);
  * quote ``kind`` is direct / indirect;
  * every quote's speaker is listed in ``speakers`` or is an unnamed description written in
    lower case (e.g. "senior administration official"); every listed speaker has a quote;
  * no quote (text + occurrence) is annotated twice.

Prints a per-file summary and exits with status 1 if any problem was found.
Usage: python3 tests/gold/check_gold.py [GOLD_DIR]
"""
import json
import sys
from pathlib import Path

DOC_KINDS = {"news", "transcript", "statement"}
QUOTE_KINDS = {"direct", "indirect"}
SPEAKER_KEYS = ("name", "title", "organization", "country")


def count_occurrences(haystack, needle):
    """Number of (possibly overlapping) occurrences of needle in haystack."""
    n, i = 0, haystack.find(needle)
    while i != -1:
        n += 1
        i = haystack.find(needle, i + 1)
    return n


def is_unnamed(speaker):
    return speaker == speaker.lower() and any(c.isalpha() for c in speaker)


def check_file(path, repo_root):
    problems = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"cannot read JSON: {exc}"], None
    if not isinstance(data, dict):
        return ["top level must be an object"], None

    doc = data.get("document")
    if not isinstance(doc, str) or not doc:
        return ["missing 'document'"], None
    doc_path = (repo_root / doc) if "/" in doc else (path.parent / doc)
    try:
        text = doc_path.read_text(encoding="utf-8")
    except OSError as exc:
        return [f"cannot read document {doc}: {exc}"], None

    kind = data.get("kind")
    if kind not in DOC_KINDS:
        problems.append(f"invalid document kind {kind!r}")
    if "partial" in data and not isinstance(data["partial"], bool):
        problems.append("'partial' must be true/false")
    unknown = set(data) - {"document", "kind", "partial", "speakers", "quotes"}
    if unknown:
        problems.append(f"unknown top-level keys: {sorted(unknown)}")

    speakers = data.get("speakers")
    quotes = data.get("quotes")
    if not isinstance(speakers, list):
        problems.append("'speakers' must be a list")
        speakers = []
    if not isinstance(quotes, list):
        problems.append("'quotes' must be a list")
        quotes = []

    names = set()
    for i, sp in enumerate(speakers):
        if not isinstance(sp, dict):
            problems.append(f"speaker #{i + 1} is not an object")
            continue
        for key in SPEAKER_KEYS:
            if key not in sp:
                problems.append(f"speaker #{i + 1} lacks '{key}'")
            elif sp[key] is not None and (not isinstance(sp[key], str) or not sp[key].strip()):
                problems.append(f"speaker #{i + 1} '{key}' must be a non-empty string or null")
        extra = set(sp) - set(SPEAKER_KEYS)
        if extra:
            problems.append(f"speaker #{i + 1} has unknown keys {sorted(extra)}")
        name = sp.get("name")
        if not isinstance(name, str) or not name:
            problems.append(f"speaker #{i + 1} has no name")
            continue
        if name in names:
            problems.append(f"speaker {name!r} listed twice")
        names.add(name)

    counts = {"direct": 0, "indirect": 0}
    quoted_speakers = set()
    seen = set()
    for i, qt in enumerate(quotes):
        tag = f"quote #{i + 1}"
        if not isinstance(qt, dict):
            problems.append(f"{tag} is not an object")
            continue
        extra = set(qt) - {"text", "speaker", "kind", "occurrence"}
        if extra:
            problems.append(f"{tag} has unknown keys {sorted(extra)}")
        qtext = qt.get("text")
        if not isinstance(qtext, str) or not qtext.strip():
            problems.append(f"{tag} has empty text")
            continue
        short = qtext if len(qtext) <= 60 else qtext[:57] + "..."
        tag = f"quote #{i + 1} ({short!r})"
        if qtext != qtext.strip():
            problems.append(f"{tag} has leading/trailing whitespace")
        n = count_occurrences(text, qtext)
        occ = qt.get("occurrence")
        if n == 0:
            problems.append(f"{tag} is not a substring of the document")
        elif occ is None:
            if n > 1:
                problems.append(f"{tag} occurs {n} times but has no 'occurrence'")
        elif not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
            problems.append(f"{tag} has invalid occurrence {occ!r}")
        elif occ > n:
            problems.append(f"{tag} occurrence {occ} but text occurs only {n} times")
        elif n == 1:
            problems.append(f"{tag} has 'occurrence' although the text is unique")
        key = (qtext, occ or 1)
        if key in seen:
            problems.append(f"{tag} annotated twice")
        seen.add(key)

        qkind = qt.get("kind")
        if qkind not in QUOTE_KINDS:
            problems.append(f"{tag} has invalid kind {qkind!r}")
        else:
            counts[qkind] += 1

        spk = qt.get("speaker")
        if not isinstance(spk, str) or not spk.strip():
            problems.append(f"{tag} has no speaker")
        else:
            quoted_speakers.add(spk)
            if spk not in names and not is_unnamed(spk):
                problems.append(f"{tag} speaker {spk!r} is not in 'speakers' and is not an unnamed description")

    for name in sorted(names - quoted_speakers):
        problems.append(f"speaker {name!r} is listed but has no quote")

    summary = {
        "kind": kind,
        "quotes": len(quotes),
        "direct": counts["direct"],
        "indirect": counts["indirect"],
        "speakers": len(speakers),
        "partial": bool(data.get("partial", False)),
    }
    return problems, summary


def main(argv):
    repo_root = Path(__file__).resolve().parents[2]
    gold_dir = Path(argv[1]).resolve() if len(argv) > 1 else Path(__file__).resolve().parent
    files = sorted(gold_dir.rglob("*.json"))
    if not files:
        print(f"no gold files under {gold_dir}")
        return 1
    total_problems = 0
    totals = {"files": 0, "quotes": 0, "direct": 0, "indirect": 0}
    for path in files:
        problems, summary = check_file(path, repo_root)
        rel = path.relative_to(gold_dir)
        status = "OK  " if not problems else "FAIL"
        if summary:
            extra = " partial" if summary["partial"] else ""
            print(f"{status} {rel}: {summary['kind']}{extra}, quotes {summary['quotes']} "
                  f"(direct {summary['direct']}, indirect {summary['indirect']}), "
                  f"speakers {summary['speakers']}")
            totals["files"] += 1
            for k in ("quotes", "direct", "indirect"):
                totals[k] += summary[k]
        else:
            print(f"{status} {rel}")
        for p in problems:
            print(f"     - {p}")
        total_problems += len(problems)
    print(f"\n{totals['files']} files, {totals['quotes']} quotes "
          f"(direct {totals['direct']}, indirect {totals['indirect']}), {total_problems} problem(s)")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
