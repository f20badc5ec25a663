#!/usr/bin/env python3
"""Find text in this repository that repeats PolNeAR articles word for word.

PolNeAR's articles belong to their publishers, so no fixture, comment or lexicon here may carry an excerpt, not even
with the names swapped. This reads the training split of a PolNeAR checkout (never dev or test) and prints every line
of a tracked file where a run of N words (default 8) shared with it starts, ignoring case, punctuation and line breaks. Stock newsroom
phrases that any reporter writes are listed in STOCK below and not reported.

    python3 tests/polnear/check_excerpts.py PATH_TO_POLNEAR [--words 8] [--history]

--history checks every version of every file in the git history instead of the working tree. Exit status 1 when
anything is found.
"""
import argparse, glob, os, re, subprocess, sys

STOCK = {
    "did not respond to a request for comment",
    "the u s court of appeals for the",
    "u s court of appeals for the 6th",
    "s court of appeals for the 6th circuit",
    "according to a copy of the letter reviewed",
    "to a copy of the letter reviewed by",
    "a copy of the letter reviewed by the",
    "went out of his way to say that",
}
SKIP = re.compile(r"(^|/)(node_modules|bin|obj)/|^data/articles/|^tests/gold/corpus/|^tests/polnear/check_excerpts\.py$")
TEXT = re.compile(r"\.(cs|txt|json|jsonl|md|tsv|py|js|csv|props|yml)$")


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def grams_of(ws, n):
    return (" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("polnear")
    ap.add_argument("--words", type=int, default=8)
    ap.add_argument("--history", action="store_true")
    args = ap.parse_args()
    train = os.path.join(args.polnear, "data", "train", "text")
    files = glob.glob(os.path.join(train, "*.txt"))
    if not files:
        sys.exit(f"No PolNeAR training texts under {train}: give the path of a PolNeAR checkout.")
    known = set()
    for f in files:
        with open(f, encoding="utf-8", errors="ignore") as fh:
            known.update(grams_of(words(fh.read()), args.words))
    known -= STOCK
    root = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True).stdout.strip()
    found = 0
    for path, text in sources(root, args.history):
        # Runs are sought across line breaks too (a comment wrapped over two lines), and reported by the line they start on.
        lines, ws = [], []
        for number, line in enumerate(text.splitlines(), 1):
            for w in words(line):
                ws.append(w)
                lines.append(number)
        reported = {}
        for i, g in enumerate(grams_of(ws, args.words)):
            if g in known:
                reported.setdefault(lines[i], []).append(g)
        for number, hits in sorted(reported.items()):
            found += 1
            print(f"{path}:{number}: {hits[0]!r} ({len(hits)} runs)")
    print(f"{found} line(s) repeat {args.words} or more words of PolNeAR's training articles.", file=sys.stderr)
    return 1 if found else 0


def sources(root, history):
    if not history:
        listed = subprocess.run(["git", "-C", root, "ls-files"], capture_output=True, text=True, check=True).stdout.split("\n")
        for path in listed:
            if path and TEXT.search(path) and not SKIP.search(path) and os.path.isfile(os.path.join(root, path)):
                with open(os.path.join(root, path), encoding="utf-8", errors="ignore") as fh:
                    yield path, fh.read()
        return
    objects = subprocess.run(["git", "-C", root, "rev-list", "--all", "--objects"], capture_output=True, text=True, check=True).stdout
    blobs = {}
    for line in objects.split("\n"):
        parts = line.split(" ", 1)
        if len(parts) == 2 and TEXT.search(parts[1]) and not SKIP.search(parts[1]):
            blobs.setdefault(parts[0], parts[1])
    cat = subprocess.Popen(["git", "-C", root, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for sha, path in blobs.items():
        cat.stdin.write((sha + "\n").encode())
        cat.stdin.flush()
        header = cat.stdout.readline().split()
        data = cat.stdout.read(int(header[2]))
        cat.stdout.read(1)
        yield f"{path}@{sha[:8]}", data.decode("utf-8", "ignore")
    cat.stdin.close()
    cat.wait()


if __name__ == "__main__":
    sys.exit(main())
