#!/usr/bin/env python3
"""A straightforward Python implementation of the certification-readiness rules with the csv module.

What a support person would otherwise write. Usage: reference.py INPUT.csv OUTPUT.csv
Writes one line per data row: row;verdict;steps (step ids joined by ", "), the same verdicts and steps
as `pixready check --format csv`, so that compare.py can check they agree on every row.
"""
import csv
import sys
import unicodedata


def key(text):
    text = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in text if not unicodedata.combining(c))


YES = {"oui", "o", "yes", "y", "vrai", "true", "x", "1", "ok", "fait"}
NO = {"non", "n", "no", "faux", "false", "0", "pas fait"}
UNKNOWN = {"", "?", "nsp", "je ne sais pas", "ne sait pas", "inconnu", "unknown"}
METHODS = {"mediacentre": "mediacentre", "ent": "mediacentre", "gar": "mediacentre", "identifiant": "identifiant",
           "username": "identifiant", "adresse e-mail": "mail", "mail": "mail", "e-mail": "mail", "email": "mail"}
EMPTY = {"aucune", "aucun", "-", "none", "vide", "rien"}
USUAL = {"ent": "mediacentre", "mediacentre": "mediacentre", "gar": "mediacentre", "identifiant": "identifiant",
         "mail": "mail", "e-mail": "mail", "email": "mail", "aucun": "none", "aucune": "none", "-": "none"}


def boolean(text):
    k = key(text)
    return True if k in YES else False if k in NO else None if k in UNKNOWN else "error"


CERTIFIABLE = {"certifiable": None, "non certifiable": "reach-certifiability",
               "non communique": "update-certifiability"}


def decide(row):
    """The rules of certification-readiness 2.0.0, restated without the tree."""
    siecle, gar = boolean(row["siecle_a_jour"]), boolean(row["gar_attribue"])
    if "error" in (siecle, gar):
        return "error", []
    steps = []
    if siecle is None:
        steps.append("check-siecle-import")
    elif not siecle:
        steps.append("import-siecle")
    if gar is None:
        steps.append("check-gar-assignment")
    elif not gar:
        steps.append("assign-gar")
    orga_text = key(row["methode_orga"])
    if orga_text in UNKNOWN:
        return "pending", steps
    orga = set()
    if orga_text not in EMPTY:
        for part in orga_text.replace("\n", ",").replace("+", ",").replace("/", ",").split(","):
            part = part.strip()
            if part not in METHODS:
                return "error", []
            orga.add(METHODS[part])
    usual_text = key(row["compte_habituel"])
    if usual_text in UNKNOWN:
        return "pending", steps
    if usual_text not in USUAL:
        return "error", []
    usual = USUAL[usual_text]
    knows = boolean(row["connait_identifiants"])
    certifiable_text = key(row.get("certificabilite") or "")
    if knows == "error" or (certifiable_text not in UNKNOWN and certifiable_text not in CERTIFIABLE):
        return "error", []
    if usual == "none":
        if not orga:
            steps.append("join-campaign-via-mediacentre")
        else:
            steps.append("use-mediacentre-account" if "mediacentre" in orga else "find-linked-account")
    elif usual == "mediacentre":
        if knows is None:
            return "pending", steps
        if not knows:
            steps.append("contact-ent-admin")
        if "mediacentre" not in orga:
            steps.append("join-campaign-via-mediacentre" if not orga else "contact-pix-support")
    elif usual in orga:
        if knows is None:
            return "pending", steps
        if not knows:
            steps.append("reset-password-in-orga" if usual == "identifiant" else "forgot-password-pix-fr")
    elif orga:
        steps.append("contact-pix-support")  # linked to another account: joining would be refused (R31–R33)
    elif knows is None:
        return "pending", steps
    elif knows:
        steps += ["join-campaign-with-usual-account", "link-account-to-mediacentre"]
    elif usual == "identifiant":
        steps.append("contact-pix-support")
    else:
        steps += ["forgot-password-pix-fr", "join-campaign-with-usual-account", "link-account-to-mediacentre"]
    if certifiable_text not in UNKNOWN and CERTIFIABLE[certifiable_text]:
        steps.append(CERTIFIABLE[certifiable_text])
    verdict = "ready" if not steps else "support" if "contact-pix-support" in steps else "action"
    return verdict, steps


def main():
    with open(sys.argv[1], encoding="utf-8-sig", newline="") as f, open(sys.argv[2], "w", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["row", "verdict", "steps"])
        for number, row in enumerate(csv.DictReader(f, delimiter=";"), start=1):
            verdict, steps = decide(row)
            writer.writerow([number, verdict, ", ".join(steps) if verdict != "error" else ""])


if __name__ == "__main__":
    main()
