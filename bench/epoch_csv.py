#!/usr/bin/python3
"""Writes an Epoch-shaped CSV of N rows for bench/csv.sh, drawn from the real Notable AI Models table.

Each generated row copies a row of the real file picked at random (so lists, empty cells and the mix of columns keep
their real distributions and correlations), gets a unique model name, and has its figures scaled by a random factor
between 0.5 and 2. Base models name earlier generated rows. Deterministic for a given seed.
usage: epoch_csv.py REAL.csv ROWS OUT.csv [SEED]
"""
import csv
import random
import sys

FIGURES = ["Parameters", "Training compute (FLOP)", "Training dataset size (datapoints)", "Training time (hours)",
           "Training compute cost (2023 USD)", "Finetune compute (FLOP)", "Training power draw (W)"]


def main():
    real, rows, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 42)
    with open(real, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        source = list(reader)
    names = []
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\r\n")
        writer.writeheader()
        for i in range(rows):
            row = dict(rng.choice(source))
            row["Model"] = f"{row['Model']} #{i + 1}"
            for column in FIGURES:
                if row[column]:
                    row[column] = repr(float(row[column]) * rng.uniform(0.5, 2.0))
            if row["Base model"]:
                row["Base model"] = rng.choice(names) if names else ""
            names.append(row["Model"])
            writer.writerow(row)


if __name__ == "__main__":
    main()
