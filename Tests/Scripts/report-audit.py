#!/usr/bin/env python3
"""Audits the HTML report in the real browser (system Chromium, driven by Playwright).

For each report and each width (desktop 1280 px, phones 400 and 360 px):
  - axe-core (axe-playwright-python): no violation;
  - no horizontal scrolling of the page; wide tables scroll inside their own box;
  - every chart label rendered at 11 px or more;
  - WCAG AA contrast (4.5:1) of every text, from the computed colours, SVG chart labels included
    (against the fill of the bar under them, or the page background).
Then prints each report to A4 PDF (print media) and checks that the filter chips are hidden.
Screenshots and PDFs go to the output directory, to be looked at (`pdftoppm -png -r 50`).

Not run by `swift test`. Usage:
  swift build && Tests/Scripts/report-audit.py [--out DIR] [REPORT.html ...]
Without reports, generates the example reports (French, English, anonymised) from
Examples/classe-2nde.csv with the built binary.
"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = [1280, 400, 360]

CONTRAST_JS = """
() => {
  function rgb(text) {
    const m = text.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(',').map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  }
  function hex(text) {
    const m = text && text.match(/^#([0-9a-f]{6})$/i);
    if (!m) return null;
    const n = parseInt(m[1], 16);
    return { r: n >> 16, g: (n >> 8) & 255, b: n & 255, a: 1 };
  }
  function lum(c) {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }
  function ratio(a, b) {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }
  function background(el) {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) return c;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  }
  const problems = [];
  let checked = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || seen.has(el)) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || el.closest('title, style')) continue;
    if (el.getClientRects().length === 0) continue;
    let fg, bg;
    if (el instanceof SVGElement) {
      fg = rgb(style.fill) || hex(el.getAttribute('fill')) || rgb(style.color);
      // The bar segment under the label (found in the chart's own coordinates, so that a label
      // scrolled out of its box is checked too); else the page behind the chart.
      const b = el.getBBox(), x = b.x + b.width / 2, y = b.y + b.height / 2;
      const under = [...el.ownerSVGElement.querySelectorAll('rect')].find(r => {
        const rx = +r.getAttribute('x'), ry = +r.getAttribute('y');
        return rx <= x && x <= rx + +r.getAttribute('width') && ry <= y && y <= ry + +r.getAttribute('height');
      });
      bg = under ? (rgb(getComputedStyle(under).fill) || hex(under.getAttribute('fill'))) : background(el.closest('svg'));
    } else {
      fg = rgb(style.color);
      bg = background(el);
    }
    checked++;
    const r = ratio(fg, bg);
    if (r < 4.5) problems.push({ text: node.textContent.trim().slice(0, 40), tag: el.tagName, ratio: r.toFixed(2),
      fg: style.color, fill: style.fill });
  }
  return { checked, problems };
}
"""

LAYOUT_JS = """
() => {
  const doc = document.documentElement;
  const labels = [...document.querySelectorAll('svg.chart text')].map(t => {
    const size = parseFloat(getComputedStyle(t).fontSize);
    const scale = t.ownerSVGElement.getScreenCTM().a;
    return { text: t.textContent, px: size * scale };
  });
  const tables = [...document.querySelectorAll('table')].map(t => {
    const box = t.parentElement;
    return { cls: t.className, wide: t.scrollWidth > doc.clientWidth,
             boxed: getComputedStyle(box).overflowX === 'auto' && box.clientWidth <= doc.clientWidth };
  });
  return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, labels, tables };
}
"""


def example_reports(out: Path) -> list[Path]:
    binary = ROOT / ".build" / "debug" / "pixready"
    env = dict(os.environ, SOURCE_DATE_EPOCH="1795514400")
    reports = []
    for name, extra in [("rapport", []), ("report-en", ["--lang", "en"]), ("rapport-anonymise", ["--anonymize"])]:
        path = out / f"{name}.html"
        subprocess.run([str(binary), "check", "Examples/classe-2nde.csv", "-o", str(path), *extra],
                       cwd=ROOT, env=env, check=False, capture_output=True)
        reports.append(path)
    return reports


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/pixready-audit")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("reports", nargs="*")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    reports = [Path(r) for r in args.reports] or example_reports(out)
    failures = 0
    axe = Axe()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        for report in reports:
            for width in WIDTHS:
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(report.resolve().as_uri())
                where = f"{report.name} @ {width}px"
                violations = axe.run(page).response["violations"]
                for v in violations:
                    failures += 1
                    print(f"FAIL {where}: axe {v['id']} ({len(v['nodes'])} node(s)): {v['help']}")
                    for node in v["nodes"][:3]:
                        print("     ", node["target"], node.get("failureSummary", "")[:160].replace("\n", " "))
                layout = page.evaluate(LAYOUT_JS)
                if layout["scrollWidth"] > layout["clientWidth"]:
                    failures += 1
                    print(f"FAIL {where}: page scrolls sideways ({layout['scrollWidth']} > {layout['clientWidth']})")
                small = [l for l in layout["labels"] if l["px"] < 11]
                if small:
                    failures += 1
                    print(f"FAIL {where}: {len(small)} chart label(s) under 11 px, e.g. {small[0]}")
                for table in layout["tables"]:
                    if table["wide"] and not table["boxed"]:
                        failures += 1
                        print(f"FAIL {where}: wide table {table['cls']} not in its own scrolling box")
                contrast = page.evaluate(CONTRAST_JS)
                for problem in contrast["problems"]:
                    failures += 1
                    print(f"FAIL {where}: contrast {problem}")
                smallest = min((l["px"] for l in layout["labels"]), default=0)
                print(f"ok   {where}: axe {len(violations)} violation(s), {contrast['checked']} texts checked, "
                      f"smallest chart label {smallest:.1f} px")
                page.screenshot(path=str(out / f"{report.stem}-{width}.png"), full_page=True)
                page.close()
            page = browser.new_page()
            page.goto(report.resolve().as_uri())
            page.emulate_media(media="print")
            chips = page.evaluate("() => [...document.querySelectorAll('.filterable label, .filterable input')]"
                                  ".filter(e => e.getClientRects().length > 0).length")
            if chips:
                failures += 1
                print(f"FAIL {report.name}: {chips} filter chip(s) printed")
            page.pdf(path=str(out / f"{report.stem}.pdf"), format="A4", prefer_css_page_size=True)
            page.close()
        browser.close()
    print(f"{failures} failure(s); screenshots and PDFs in {out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
