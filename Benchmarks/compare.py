#!/usr/bin/env python3
"""Checks that the Python reference and `pixready check` agree on every row.

Usage: compare.py REFERENCE.csv PIXREADY.csv [PIXREADY.jsonl]

REFERENCE.csv is what reference.py writes (row;verdict;steps). PIXREADY.csv is the `--format csv`
report (French or English headers) and PIXREADY.jsonl, when given, the `--format jsonl` report of
the same file. Every row must have the same verdict and the same steps, in the same order.
Exits with 1 and prints the first differences when they do not agree.
"""
import csv
import json
import sys


def reference_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        return [(verdict, steps) for _, verdict, steps in reader]


def csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f, delimiter=";")
        steps = "etapes" if "etapes" in reader.fieldnames else "steps"
        return [(row["verdict"], row[steps]) for row in reader]


def jsonl_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            record = json.loads(line)
            if record["row"] != number:
                raise SystemExit(f"{path}: record {number} has row {record['row']}")
            rows.append((record["verdict"], ", ".join(record["steps"])))
    return rows


def differences(name, expected, found):
    problems = []
    if len(expected) != len(found):
        problems.append(f"{name}: {len(found)} rows, expected {len(expected)}")
    for number, (want, got) in enumerate(zip(expected, found), start=1):
        if want != got:
            problems.append(f"{name}: row {number}: {got} instead of {want}")
    return problems


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    expected = reference_rows(sys.argv[1])
    problems = differences(sys.argv[2], expected, csv_rows(sys.argv[2]))
    if len(sys.argv) == 4:
        problems += differences(sys.argv[3], expected, jsonl_rows(sys.argv[3]))
    if problems:
        print("\n".join(problems[:10]), file=sys.stderr)
        print(f"{len(problems)} difference(s)", file=sys.stderr)
        sys.exit(1)
    print(f"agree on all {len(expected)} rows")


if __name__ == "__main__":
    main()
