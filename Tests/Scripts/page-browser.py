#!/usr/bin/env python3
"""Opens `pixready page` in headless Chromium, answers a path as a teacher would, audits each step.

At 1280 px (desktop), 400 px (phone) and 360 px wide, then 640 px at 200 % zoom: one student answered with
the keyboard alone (Tab, Space, Enter), « je ne sais pas », « Modifier », a second student, the
session summary and its print view. At each step axe-core runs (no violation allowed), the page
must have made no request, focus must sit on the new question, nothing may overflow sideways, and a
screenshot is saved for a person to look at. On the desktop, « Télécharger le bilan » must save the
session's Markdown and « Copier le bilan » put the same text on the clipboard.

Needs the system Chromium (apt-get install -y chromium) and `pip install playwright
axe-playwright-python`; no browser is downloaded.

Usage: python3 Tests/Scripts/page-browser.py PATH/TO/pixready [OUTPUT_DIR]
"""

import os
import re
import subprocess
import sys
import tempfile

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class Audit:
    def __init__(self, page, out, label):
        self.page = page
        self.out = out
        self.label = label
        self.count = 0
        self.problems = []
        self.axe = Axe()

    def step(self, name, focus=None):
        self.count += 1
        results = self.axe.run(self.page)
        for violation in results.response["violations"]:
            nodes = [node["target"] for node in violation["nodes"]]
            self.problems.append(f"{self.label} {name}: axe {violation['id']} ({violation['impact']}) {nodes}")
        overflow = self.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            self.problems.append(f"{self.label} {name}: the page overflows sideways by {overflow}px")
        if focus is not None:
            active = self.page.evaluate(
                "document.activeElement ? document.activeElement.tagName + '#' + document.activeElement.id : ''"
            )
            if not active.startswith(focus):
                self.problems.append(f"{self.label} {name}: focus on {active}, expected {focus}")
        path = os.path.join(self.out, f"{self.label}-{self.count:02d}-{name}.png")
        self.page.screenshot(path=path, full_page=True)


def press(page, *keys):
    for key in keys:
        page.keyboard.press(key)


def choose(page, position):
    page.locator(f"#answer-{position}").check()
    page.get_by_role("button", name="Valider").click()


def finish_student(page):
    """Answers the remaining questions with their first answer, until the student's bilan."""
    for _ in range(20):
        if page.locator("#card #answer-0").count() == 0:
            return
        choose(page, 0)


def walk(page, audit):
    """One student by keyboard, « je ne sais pas », a change of answer, a second student, the summary."""
    audit.step("question-1")
    press(page, "Tab")  # nothing takes the focus on opening; the first Tab reaches the first answer
    audit.step("question-1-focused", focus="INPUT#answer-0")
    press(page, "Space", "Enter")  # Q1: Oui
    audit.step("question-2-after-note", focus="INPUT#answer-0")
    press(page, "ArrowDown", "Enter")  # Q2: Non (arrow keys move within the radio group)
    audit.step("name", focus="INPUT#student-name")
    page.keyboard.type("Léa")
    press(page, "Enter")
    audit.step("question-3-set", focus="INPUT#answer-0")
    press(page, "Tab", "Tab", "Tab", "Space")  # Aucune, by keyboard
    page.click("details.help > summary")
    audit.step("question-3-help-and-none")
    page.get_by_role("button", name="Valider").click()
    audit.step("question-4", focus="INPUT#answer-0")
    choose(page, 1)  # Q4: with a username on pix.fr
    page.get_by_role("button", name="Je ne sais pas").click()  # Q5: pending
    audit.step("bilan-pending", focus="H2#card-title")
    page.get_by_role("button", name=re.compile("^Modifier")).last.click()
    audit.step("change-last-answer", focus="INPUT#answer-0")
    finish_student(page)
    audit.step("bilan-action", focus="H2#card-title")
    page.get_by_role("button", name="Élève suivant").click()
    audit.step("name-2", focus="INPUT#student-name")
    press(page, "Enter")
    finish_student(page)  # the first answer of each question: Médiacentre everywhere
    audit.step("bilan-student-2", focus="H2#card-title")
    page.locator("#session").scroll_into_view_if_needed()
    audit.step("session-summary")
    if audit.label == "desktop":
        check_download_and_copy(page, audit)
    page.emulate_media(media="print")
    path = os.path.join(audit.out, f"{audit.label}-{audit.count + 1:02d}-print.png")
    page.screenshot(path=path, full_page=True)
    page.emulate_media(media="screen")


def check_download_and_copy(page, audit):
    """« Télécharger le bilan » saves the Markdown of the session; « Copier le bilan » puts the same text on the clipboard."""
    with page.expect_download() as download:
        page.get_by_role("button", name="Télécharger le bilan (Markdown)").click()
    path = download.value.path()
    with open(path, encoding="utf-8") as file:
        markdown = file.read()
    if "\u00a0:" not in markdown:
        audit.problems.append("downloaded Markdown is not typeset (no non-breaking space before a colon)")
    markdown = markdown.replace("\u00a0", " ").replace("\u202f", " ")  # words, as ask --save's tests read them
    name = download.value.suggested_filename
    if not (name.startswith("bilan-pixready-") and name.endswith(".md")):
        audit.problems.append(f"download named {name}")
    for expected in ["# Diagnostic pixready : ", "## Élève 1 : Léa", "## Élève 2", "**Résultat : action à mener"]:
        if expected not in markdown:
            audit.problems.append(f"downloaded Markdown lacks {expected!r}")
    page.get_by_role("button", name="Copier le bilan").click()
    # Polled with evaluate: wait_for_function's string predicate needs eval, which the page's CSP forbids.
    for _ in range(50):
        if page.evaluate("() => document.getElementById('copy-status').textContent") != "":
            break
        page.wait_for_timeout(100)
    copied = page.evaluate("navigator.clipboard.readText()").replace("\u00a0", " ").replace("\u202f", " ")
    if copied.split("\n")[5:] != markdown.split("\n")[5:]:  # the date line may differ by a second
        audit.problems.append("the copied text is not the downloaded Markdown")


def main():
    binary = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="pixready-page-shots-")
    os.makedirs(out, exist_ok=True)
    html = os.path.join(out, "questionnaire.html")
    subprocess.run([binary, "page", "-o", html], check=True)
    url = "file://" + os.path.abspath(html)
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        sizes = [("desktop", 1280, 900, 1), ("phone", 400, 860, 2), ("narrow", 360, 740, 2), ("zoom200", 640, 450, 2)]
        for label, width, height, scale in sizes:
            context = browser.new_context(
                viewport={"width": width, "height": height}, device_scale_factor=scale, accept_downloads=True
            )
            context.grant_permissions(["clipboard-read", "clipboard-write"])
            page = context.new_page()
            requests = []
            errors = []
            page.on("request", lambda request: requests.append(request.url))
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.goto(url)
            audit = Audit(page, out, label)
            walk(page, audit)
            stored = page.evaluate("[document.cookie, localStorage.length, sessionStorage.length, location.hash]")
            if stored != ["", 0, 0, ""]:
                problems.append(f"{label}: something was stored: {stored}")
            problems += audit.problems
            problems += [f"{label}: request to {request}" for request in requests if request != url]
            problems += [f"{label}: script error {error}" for error in errors]
            context.close()
        browser.close()
    print(f"screenshots in {out}")
    for problem in problems:
        print("FAIL " + problem)
    if problems:
        sys.exit(1)
    print("no axe violation, no request, no storage, focus on each new question, no sideways overflow")


if __name__ == "__main__":
    main()
