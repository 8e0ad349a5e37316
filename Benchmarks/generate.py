#!/usr/bin/env python3
"""Deterministic generator of realistic class files for `pixready check` benchmarks.

Usage: generate.py ROWS OUTPUT.csv [SEED]

Same arguments give the same bytes. Columns are the ones `check` reads; names are French with
accents; answers are mixed in realistic proportions, with about 1% pending and 0.5% rejected rows.
"""
import random
import sys

LAST = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Lefebvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin"]
FIRST = ["Léa", "Noé", "Zoé", "Maël", "Chloé", "Théo", "Inès", "Hugo", "Jade", "Lucas", "Éloïse", "Nathan",
         "Maëlys", "Raphaël", "Anaïs", "Gabriel", "Camille", "Louis", "Manon", "Jules", "Louise", "Adam", "Lina",
         "Arthur", "Rose", "Léo", "Alice", "Sacha", "Ambre", "Noah", "Océane", "Timothée", "Clémence", "Loïc"]
CLASSES = ["2NDE%d" % i for i in range(1, 9)] + ["1ERE%d" % i for i in range(1, 7)] + ["TLE%d" % i for i in range(1, 7)]
ORGA = [("Mediacentre", 55), ("Aucune", 15), ("Identifiant", 10), ("Adresse e-mail", 8),
        ("Mediacentre\nIdentifiant", 6), ("Adresse e-mail\nMediacentre", 4), ("-", 2)]
USUAL = [("ENT", 60), ("identifiant", 15), ("mail", 15), ("aucun", 10)]
KNOWS = [("oui", 80), ("non", 20)]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.random() * total
    for value, weight in weighted:
        r -= weight
        if r < 0:
            return value
    return weighted[-1][0]


def quote(field):
    if any(c in field for c in ';"\n\r'):
        return '"' + field.replace('"', '""') + '"'
    return field


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("ine;nom;prenom;date_naissance;classe;siecle_a_jour;gar_attribue;methode_orga;compte_habituel;connait_identifiants\r\n")
        for i in range(rows):
            orga, usual, knows = pick(rng, ORGA), pick(rng, USUAL), pick(rng, KNOWS)
            r = rng.random()
            if r < 0.01:
                usual = ""  # pending: question 4 not answered yet
            elif r < 0.015:
                orga = "fax"  # rejected: not a connection method
            fields = ["%09d%s" % (rng.randrange(10**9), rng.choice(["AB", "CD", "EF"])), rng.choice(LAST), rng.choice(FIRST),
                      "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2007, 2008, 2009])),
                      rng.choice(CLASSES), "oui", "oui" if rng.random() < 0.97 else "non", orga, usual, knows]
            f.write(";".join(quote(x) for x in fields) + "\r\n")


if __name__ == "__main__":
    main()
