#!/bin/sh
# Regenerates the workbook fixtures from the SIECLE fixture, with real clients: pixready writes the
# template, openpyxl fills it as a teacher would (a date cell, a formula, a boolean, a line break),
# LibreOffice saves it as .xlsx (shared strings, cached formula values) and as .ods.
# Needs: swift build, python3 with openpyxl, soffice (libreoffice-calc-nogui).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/.build/debug/pixready" template --siecle "$here/../siecle/ElevesSansAdresses.zip" -o "$work/template.xlsx" 2>/dev/null
python3 - "$work/template.xlsx" "$work/filled.xlsx" <<'PY'
import datetime, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[0]
answers = {
    2: ("Mediacentre", "ENT", "oui"),
    3: ("Aucune", "Aucun compte Pix", None),
    4: ("Identifiant\nAdresse e-mail", "identifiant", "non"),
    5: ('=IF(1=1,"Mediacentre","Aucune")', "mail", True),
    6: ("fax", "ENT", "oui"),
    7: (None, None, None),
    8: ("Médiacentre + Identifiant", "identifiant", "oui"),
    9: ("Mediacentre", "ENT", "oui"),
}
for row, values in answers.items():
    for offset, value in enumerate(values):
        sheet.cell(row=row, column=6 + offset, value=value)
date = sheet.cell(row=8, column=4)  # MARTIN Léa, 14/02/2009, typed as a real date
date.value = datetime.datetime(2009, 2, 14)
date.number_format = "DD/MM/YYYY"
sheet.cell(row=1, column=9, value="remarque")
sheet.cell(row=3, column=9, value="absente lundi")
school = book["Établissement"]
school["B2"] = "Oui"
school["B3"] = "Oui"
book.save(sys.argv[2])
PY
cd "$work"
soffice --headless --convert-to ods filled.xlsx >/dev/null 2>&1
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir lo filled.ods >/dev/null 2>&1
cp lo/filled.xlsx "$here/classe-libreoffice.xlsx"
cp filled.ods "$here/classe-libreoffice.ods"
cp filled.xlsx "$here/classe-openpyxl.xlsx"
echo "written: classe-libreoffice.xlsx classe-libreoffice.ods classe-openpyxl.xlsx"
