#!/usr/bin/env python3
"""Validate tests/ask/questions.json, the GovBot question-answering evaluation set.

Usage: python3 tests/ask/check_questions.py [path/to/questions.json]

Checks: the file is a JSON array of objects with exactly the fields
id, question, type, answerable, documents, speakers, notes; the field types; that ids and
questions are unique; that type is one of what/who/has/when; that every document path is relative
and exists under data/articles/; that unanswerable entries have no documents or speakers and
answerable ones have at least one document; and the minimum counts the set is meant to meet.
Prints counts by type and answerability. Exits 1 on any error.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
ARTICLES = os.path.join(REPO, 'data', 'articles')
FIELDS = {'id': str, 'question': str, 'type': str, 'answerable': bool,
          'documents': list, 'speakers': list, 'notes': str}
TYPES = ('what', 'who', 'has', 'when')
MINIMUMS = {'total': 60, 'answerable': 40, 'unanswerable': 10}
# Rough detector for questions with a time limit (years or relative periods).
TIME_RE = re.compile(r'\b(19|20)\d\d\b|\b(last|this|next) (year|month|week)\b|\bsince\b|\bbefore\b|\bafter\b', re.I)


def main(path):
    errors = []
    try:
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print(f'ERROR: cannot read {path}: {e}')
        return 1
    if not isinstance(data, list):
        print('ERROR: top level must be a JSON array')
        return 1

    ids, questions = Counter(), Counter()
    by_type = Counter()
    sources = Counter()
    docs_used = set()
    timed = 0
    for i, item in enumerate(data):
        where = f'entry {i}'
        if not isinstance(item, dict):
            errors.append(f'{where}: not an object')
            continue
        where = f"entry {i} ({item.get('id', '?')})"
        keys = set(item)
        if keys != set(FIELDS):
            missing, extra = set(FIELDS) - keys, keys - set(FIELDS)
            if missing:
                errors.append(f'{where}: missing fields {sorted(missing)}')
            if extra:
                errors.append(f'{where}: unexpected fields {sorted(extra)}')
        bad_type = False
        for k, t in FIELDS.items():
            if k in item and not isinstance(item[k], t):
                errors.append(f'{where}: field {k!r} must be {t.__name__}')
                bad_type = True
        if bad_type or keys != set(FIELDS):
            continue

        if not re.fullmatch(r'q\d{2,}', item['id']):
            errors.append(f'{where}: id should look like q01')
        ids[item['id']] += 1
        q = item['question'].strip()
        if not q:
            errors.append(f'{where}: empty question')
        questions[q.lower()] += 1
        if item['type'] not in TYPES:
            errors.append(f"{where}: type {item['type']!r} not in {TYPES}")
        if TIME_RE.search(q):
            timed += 1

        docs, speakers = item['documents'], item['speakers']
        if any(not isinstance(d, str) for d in docs):
            errors.append(f'{where}: documents must be strings')
            continue
        if any(not isinstance(s, str) or not s.strip() for s in speakers):
            errors.append(f'{where}: speakers must be non-empty strings')
        if len(set(docs)) != len(docs):
            errors.append(f'{where}: duplicate documents')
        if len(set(speakers)) != len(speakers):
            errors.append(f'{where}: duplicate speakers')
        for d in docs:
            if os.path.isabs(d) or '\\' in d or '..' in d.split('/'):
                errors.append(f'{where}: document path must be relative to data/articles: {d}')
            elif not os.path.isfile(os.path.join(ARTICLES, d)):
                errors.append(f'{where}: document not found under data/articles: {d}')
            else:
                docs_used.add(d)
                parts = d.split('/')
                sources[parts[1] if parts[0] == 'corpus' and len(parts) > 2 else parts[0]] += 1
        if item['answerable']:
            if not docs:
                errors.append(f'{where}: answerable but no documents')
        else:
            if docs or speakers:
                errors.append(f'{where}: unanswerable entries must have empty documents and speakers')
        by_type[(item['type'], item['answerable'])] += 1

    for k, n in ids.items():
        if n > 1:
            errors.append(f'duplicate id {k} ({n} times)')
    for k, n in questions.items():
        if n > 1:
            errors.append(f'duplicate question {k!r} ({n} times)')

    total = len(data)
    answerable = sum(n for (t, a), n in by_type.items() if a)
    unanswerable = sum(n for (t, a), n in by_type.items() if not a)
    for name, have in (('total', total), ('answerable', answerable), ('unanswerable', unanswerable)):
        if have < MINIMUMS[name]:
            errors.append(f'only {have} {name} questions, want at least {MINIMUMS[name]}')
    for t in TYPES:
        if by_type[(t, True)] == 0:
            errors.append(f'no answerable {t!r} question')

    print(f'{path}: {total} questions, {answerable} answerable, {unanswerable} unanswerable')
    print(f"{'type':<6} {'answerable':>10} {'unanswerable':>12} {'total':>6}")
    for t in TYPES:
        a, u = by_type[(t, True)], by_type[(t, False)]
        print(f'{t:<6} {a:>10} {u:>12} {a + u:>6}')
    print(f'questions with a time limit (heuristic): {timed}')
    print(f'distinct documents referenced: {len(docs_used)}')
    print('document references by source: ' + ', '.join(f'{k} {v}' for k, v in sorted(sources.items())))

    if errors:
        print(f'\n{len(errors)} error(s):')
        for e in errors:
            print('  ' + e)
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'questions.json')))
