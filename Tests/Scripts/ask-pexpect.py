#!/usr/bin/env python3
"""A person at a terminal running `pixready ask`, scripted with pexpect.

Not run by `swift test` (which needs only the Swift toolchain: see
Tests/PixReadyCLITests/Ask/AskTerminalTests.swift for the same checks in Swift).
Handy to try the prompt by hand-like typing after a change:

    swift build && python3 Tests/Scripts/ask-pexpect.py [path/to/pixready]

Needs `pip install pexpect`. Exits non-zero on the first surprise.
"""
import os
import re
import sys

import pexpect

BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(".build", "debug", "pixready")
ENV = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
ENV["TERM"] = "xterm"


def session(*args):
    child = pexpect.spawn(BINARY, ["ask", *args], env=ENV, encoding="utf-8", timeout=20, dimensions=(24, 80))
    child.logfile_read = sys.stdout
    return child


def words(text):
    """A pattern for `text` whose spaces also match the non-breaking ones of French typography."""
    return re.escape(text).replace("\\ ", "[ \u00a0\u202f]")


def expect_words(child, text):
    child.expect(words(text))


def answer(child, expected, typed):
    expect_words(child, expected)
    child.expect_exact("> ")
    child.sendline(typed)


# Two students: the school questions once, a help request, a mistake, `retour`, « je ne sais pas ».
child = session()
answer(child, "Question 1", "oui")
answer(child, "Question 2", "non")
answer(child, "Nom de l'élève 1", "Léa")
answer(child, "Question 3", "Médiacentre")
answer(child, "Question 4", "?")
answer(child, "Demandez à l'élève", "fax")
answer(child, "Je n'ai pas compris « fax »", "2")
# Pix Orga shows « Mediacentre », the usual account is another one: no question 5 (rule 1 of 2.0.0).
answer(child, "Question 6", "r")
answer(child, "Retour : la réponse « Avec un identifiant sur pix.fr » est annulée.", "1")
answer(child, "Question 5", "1")
answer(child, "Question 6", "1")
expect_words(child, "Résultat : prêt ; seul l'établissement a des étapes à mener.")
answer(child, "Élève suivant ?", "o")
answer(child, "Nom de l'élève 2", "")
answer(child, "Question 3", "-")
answer(child, "Question 4", "nsp")
expect_words(child, "Résultat : en attente, une réponse manque.")
answer(child, "Élève suivant ?", "n")
expect_words(child, "Bilan de la session — 2 élèves (1 prêt, 1 en attente d'une réponse)")
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 0, child.exitstatus

# Ctrl-C: a message, exit code 130, the terminal still in line mode.
child = session()
child.expect_exact("> ")
child.sendintr()
child.expect_exact("Interrompu (Ctrl-C).")
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 130, child.exitstatus

# Ctrl-D: a message and exit code 3, no stack trace.
child = session("--lang", "en")
child.expect_exact("> ")
child.sendeof()
child.expect_exact("End of input (Ctrl-D) before the session was over.")
child.expect(pexpect.EOF)
child.close()
assert child.exitstatus == 3, child.exitstatus
assert "Fatal error" not in (child.before or "")

print("\nask-pexpect: all good")
