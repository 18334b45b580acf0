#!/usr/bin/python3
"""Copies the header and the rows of the named models from an Epoch CSV to a new file, unchanged, with the csv module.
usage: epoch_rows.py EPOCH.csv OUT.csv MODEL...; prints the number of rows written as JSON."""
import csv
import json
import sys

source, out, models = sys.argv[1], sys.argv[2], set(sys.argv[3:])
with open(source, encoding="utf-8-sig", newline="") as f:
    reader = csv.reader(f)
    header = next(reader)
    rows = [row for row in reader if row[header.index("Model")] in models]
with open(out, "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
json.dump(len(rows), sys.stdout)
