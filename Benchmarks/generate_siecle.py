#!/usr/bin/env python3
"""Deterministic generator of a SIECLE export (ElevesSansAdresses.xml) for a class file of generate.py.

Usage: generate_siecle.py CLASS.csv OUTPUT.xml [SEED]

Writes, in ISO-8859-15 like a real export, one ELEVE per row of CLASS.csv (its INE, names in
capitals, birthdate and division as STRUCTURE of type D) with what a real school's export differs
by: about 2% of the rows are left out (unknown to SIECLE), 1% have left the school (DATE_SORTIE),
1% have another first name, 1% another birthdate, 0.5% no INE, and 2% more students are in SIECLE
only (missing from the roster). Same arguments give the same bytes. Written from the structure of
the export described in ../shared/PIX-FACTS.md, not copied from any fixture.
"""
import csv
import random
import sys
from xml.sax.saxutils import escape

FIRST = ["Léa", "Noé", "Zoé", "Maël", "Chloé", "Théo", "Inès", "Hugo", "Jade", "Lucas", "Nathan", "Manon"]
LAST = ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Lefèvre"]
CLASSES = ["2NDE%d" % i for i in range(1, 9)] + ["1ERE%d" % i for i in range(1, 7)] + ["TLE%d" % i for i in range(1, 7)]


def student(out, eleve_id, ine, last, first, birthdate, left):
    out.append('      <ELEVE ELEVE_ID="%d" ELENOET="%d">\n' % (eleve_id, eleve_id))
    if ine is not None:
        out.append("        <ID_NATIONAL>%s</ID_NATIONAL>\n" % escape(ine))
    out.append("        <ELENOET>%d</ELENOET>\n" % eleve_id)
    out.append("        <NOM_DE_FAMILLE>%s</NOM_DE_FAMILLE>\n" % escape(last.upper()))
    out.append("        <NOM_USAGE></NOM_USAGE>\n")
    out.append("        <PRENOM>%s</PRENOM>\n" % escape(first))
    out.append("        <PRENOM2></PRENOM2>\n        <PRENOM3></PRENOM3>\n")
    out.append("        <DATE_NAISS>%s</DATE_NAISS>\n" % birthdate)
    out.append("        <CODE_SEXE>%d</CODE_SEXE>\n" % (1 + eleve_id % 2))
    out.append("        <CODE_PAYS>100</CODE_PAYS>\n")
    out.append("        <CODE_DEPARTEMENT_NAISS>035</CODE_DEPARTEMENT_NAISS>\n")
    out.append("        <CODE_COMMUNE_INSEE_NAISS>35238</CODE_COMMUNE_INSEE_NAISS>\n")
    out.append("        <CODE_MEF>20010018110</CODE_MEF>\n        <CODE_STATUT>ST</CODE_STATUT>\n")
    out.append("        <DATE_ENTREE>01/09/2025</DATE_ENTREE>\n")
    if left:
        out.append("        <DATE_SORTIE>15/11/2025</DATE_SORTIE>\n")
    out.append("        <SCOLARITE_AN_DERNIER>\n          <CODE_MEF>10310019110</CODE_MEF>\n")
    out.append("          <CODE_RNE>0350022J</CODE_RNE>\n        </SCOLARITE_AN_DERNIER>\n")
    out.append("      </ELEVE>\n")


def structures(out, eleve_id, division):
    out.append('      <STRUCTURES_ELEVE ELEVE_ID="%d" ELENOET="%d">\n' % (eleve_id, eleve_id))
    out.append("        <STRUCTURE>\n          <CODE_STRUCTURE>%s</CODE_STRUCTURE>\n" % escape(division))
    out.append("          <TYPE_STRUCTURE>D</TYPE_STRUCTURE>\n        </STRUCTURE>\n")
    out.append("      </STRUCTURES_ELEVE>\n")


def main():
    source, output = sys.argv[1], sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 2026)
    with open(source, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    students = []  # (ine or None, last, first, birthdate, division, left)
    for row in rows:
        r = rng.random()
        if r < 0.02:
            continue
        ine, last, first, birthdate = row["ine"], row["nom"], row["prenom"], row["date_naissance"]
        if r < 0.03:
            first = rng.choice(FIRST)
        elif r < 0.04:
            birthdate = "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2007, 2008, 2009]))
        elif r < 0.045:
            ine = None
        students.append((ine, last, first, birthdate, row["classe"], 0.045 <= r < 0.055))
    for _ in range(len(rows) // 50):
        ine = "%09d%s" % (rng.randrange(10**9), rng.choice(["GH", "JK"]))
        birthdate = "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.choice([2007, 2008, 2009]))
        students.append((ine, rng.choice(LAST), rng.choice(FIRST), birthdate, rng.choice(CLASSES), False))
    out = ['<?xml version="1.0" encoding="ISO-8859-15"?>\n<BEE_ELEVES VERSION="3.1">\n  <PARAMETRES>\n',
           "    <UAJ>0350099X</UAJ>\n    <ANNEE_SCOLAIRE>2025</ANNEE_SCOLAIRE>\n",
           "    <DATE_EXPORT>12/03/2026</DATE_EXPORT>\n    <HORODATAGE>12/03/2026 10:41:07</HORODATAGE>\n",
           "  </PARAMETRES>\n  <DONNEES>\n    <ELEVES>\n"]
    for index, (ine, last, first, birthdate, _, left) in enumerate(students):
        student(out, 100000 + index, ine, last, first, birthdate, left)
    out.append("    </ELEVES>\n    <STRUCTURES>\n")
    for index, (_, _, _, _, division, _) in enumerate(students):
        structures(out, 100000 + index, division)
    out.append("    </STRUCTURES>\n  </DONNEES>\n</BEE_ELEVES>\n")
    with open(output, "w", encoding="iso8859_15", newline="") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main()
