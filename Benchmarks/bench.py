#!/usr/bin/env python3
"""Measures `pixready check` against its two references and prints a Markdown table.

Called by run.sh, which builds the binaries first. For each size: `pixready check --format csv`
and `--format jsonl` to a file, `wc -l` on the file (the floor: reading it once) and reference.py
(a Python csv-module implementation of the same rules). Each tool runs --runs times, round-robin so
that load from other processes spreads over all of them; each run is timed from outside (wall
clock) under /usr/bin/time -v, which gives the peak resident memory. Before each pixready run the
previous report is deleted and the disk synced (untimed), so every run writes a new file. Times are
medians; ratios are taken between medians. The reports of the last run are compared row by row
with the reference's (compare.py).

Then, unless --no-forms, the forms people read and the options that cost most (FORMS: md, html,
--anonymize, --siecle with the SIECLE fixture) against CSV, at 100,000 rows and more (every size
with --quick), written to standard output (/dev/null), medians of --runs round-robin runs, each
marked against issue « One design »'s targets: within 3× of CSV; Markdown and HTML under 128 MiB
at 1,000,000 rows.
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(command, output=None):
    """Runs command under /usr/bin/time -v; returns (seconds, peak RSS in KiB, CPU seconds: user and system)."""
    if output:
        if os.path.exists(output):
            os.remove(output)
        os.sync()
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", done.stderr).group(1)) for kind in ("User", "System"))
    return elapsed, rss, cpu


# The forms of issue 16's targets: each within 3× of CSV, Markdown and HTML under 128 MiB at 1M rows.
# Written to standard output (/dev/null), so that the ratios are the program's work, not the disk's.
SIECLE = os.path.join(os.path.dirname(HERE), "Tests", "PixReadyCLITests", "Fixtures", "siecle", "ElevesSansAdresses.zip")
FORMS = [
    ("csv", ["--format", "csv"], False),
    ("jsonl", ["--format", "jsonl"], False),
    ("md", ["--format", "md"], True),
    ("html", ["--format", "html"], True),
    ("md --anonymize", ["--format", "md", "--anonymize"], True),
    ("html --anonymize", ["--format", "html", "--anonymize"], True),
    ("csv --siecle", ["--format", "csv", "--siecle", SIECLE], True),
    ("md --siecle", ["--format", "md", "--siecle", SIECLE], True),
    ("html --siecle", ["--format", "html", "--siecle", SIECLE], True),
]


def forms_table(binary, sources, runs):
    """The forms of FORMS against CSV, round-robin, medians; a Markdown table, targets marked."""
    lines = ["| rows | form | median time | CPU (user + system) | peak RSS | ÷ csv | within 3× | under 128 MiB |",
             "|---:|---|---:|---:|---:|---:|:-:|:-:|"]
    for size, source in sources:
        results = {name: [] for name, _, _ in FORMS}
        for _ in range(runs):
            for name, options, _ in FORMS:
                results[name].append(measure([binary, "check", source] + options))
        csv = statistics.median(seconds for seconds, _, _ in results["csv"])
        for name, _, targeted in FORMS:
            seconds = statistics.median(r[0] for r in results[name])
            rss = statistics.median(r[1] for r in results[name]) / 1024
            cpu = statistics.median(r[2] for r in results[name])
            ratio = seconds / csv
            within = ("met" if ratio <= 3 else "**not met**") if targeted else ""
            memory = ""
            if size >= 1_000_000 and (name.startswith("md") or name.startswith("html")):
                memory = "met" if rss < 128 else "**not met**"
            lines.append(f"| {size:,} | `{name}` | {seconds:.2f} s | {cpu:.2f} s | {rss:.0f} MiB | {ratio:.1f}× | {within} | {memory} |")
    return lines


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            model = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{os.cpu_count()} × {model}, Linux {platform.release()}, Python {platform.python_version()}"


def load():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def instructions(command):
    """Instructions executed by command, all threads, counted by callgrind."""
    out = os.path.join(HERE, "out", "callgrind.out")
    done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + command,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    os.remove(out)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--bench", help="the pixready-bench binary (micro-benchmark)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="10000 100000 1000000")
    parser.add_argument("--class-runs", type=int, default=20)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-forms", action="store_true", help="leave out the table of forms against CSV")
    args = parser.parse_args()
    data = os.path.join(HERE, "data")
    out = os.path.join(HERE, "out")
    os.makedirs(data, exist_ok=True)
    os.makedirs(out, exist_ok=True)
    sizes = [int(s) for s in args.sizes.replace(",", " ").split()]
    lines = [f"Machine: {machine()}. Load average at start: {load()}.", ""]
    lines += ["| rows | command | median time | rows/s | MB/s | peak RSS | speed-up over Python | time ÷ `wc -l` |",
              "|---:|---|---:|---:|---:|---:|---:|---:|"]
    agreement = []
    for size in sizes:
        source = os.path.join(data, f"class-{size}.csv")
        if not os.path.exists(source):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(size), source], check=True)
        megabytes = os.path.getsize(source) / 1e6
        report = os.path.join(out, f"pixready-{size}")
        reference = os.path.join(out, f"reference-{size}.csv")
        tools = [
            ("`pixready check --format csv -o`", [args.binary, "check", source, "--format", "csv", "-o", report + ".csv"], report + ".csv"),
            ("`pixready check --format jsonl -o`", [args.binary, "check", source, "--format", "jsonl", "-o", report + ".jsonl"], report + ".jsonl"),
            ("`wc -l`", ["wc", "-l", source], None),
            ("Python `csv` reference", [sys.executable, os.path.join(HERE, "reference.py"), source, reference], reference),
        ]
        times = {name: [] for name, _, _ in tools}
        memory = {name: [] for name, _, _ in tools}
        for _ in range(args.runs):
            for name, command, output in tools:
                seconds, rss, _ = measure(command, output)
                times[name].append(seconds)
                memory[name].append(rss)
        median = {name: statistics.median(values) for name, values in times.items()}
        python = median["Python `csv` reference"]
        floor = median["`wc -l`"]
        for name, _, _ in tools:
            seconds = median[name]
            lines.append(
                f"| {size:,} | {name} | {seconds * 1000:.1f} ms | {size / seconds:,.0f} | {megabytes / seconds:,.0f} | "
                f"{statistics.median(memory[name]) / 1024:.1f} MiB | {python / seconds:.1f}× | {seconds / floor:.1f}× |")
        done = subprocess.run([sys.executable, os.path.join(HERE, "compare.py"), reference, report + ".csv", report + ".jsonl"],
                              capture_output=True, text=True)
        agreement.append(f"{size:,} rows: {(done.stdout + done.stderr).strip()}")
        if done.returncode != 0:
            print("\n".join(lines + [""] + agreement))
            raise SystemExit("pixready and the Python reference disagree")
    lines += ["", "Agreement with the Python reference (compare.py): " + "; ".join(agreement) + "."]
    if not args.no_forms:
        sources = [(size, os.path.join(data, f"class-{size}.csv")) for size in sizes if args.quick or size >= 100_000]
        lines += ["", "The forms people read, `--anonymize` and `--siecle` (the SIECLE fixture), against CSV "
                  "(standard output to /dev/null; targets of issue « One design »):", ""]
        lines += forms_table(args.binary, sources, args.runs)
    if not args.quick:
        example = os.path.join(os.path.dirname(HERE), "Examples", "classe-2nde.csv")
        small = [measure([args.binary, "check", example, "-o", os.path.join(out, "classe-2nde.csv")], os.path.join(out, "classe-2nde.csv"))[:2]
                 for _ in range(args.class_runs)]
        lines += ["", f"A class of 30 students (Examples/classe-2nde.csv, `-o`), start to finish: median "
                  f"{statistics.median(s for s, _ in small) * 1000:.1f} ms over {args.class_runs} runs "
                  f"(min {min(s for s, _ in small) * 1000:.1f} ms), peak RSS {statistics.median(r for _, r in small) / 1024:.1f} MiB."]
    if args.callgrind:
        source = os.path.join(data, "class-100000.csv")
        if not os.path.exists(source):
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "100000", source], check=True)
        lines += ["", "Instructions per row, callgrind, 100,000 rows (all threads, setup included; reproducible):", ""]
        for fmt in ("csv", "jsonl"):
            count = instructions([args.binary, "check", source, "--format", fmt, "-o", os.path.join(out, f"callgrind.{fmt}")])
            lines.append(f"- `--format {fmt}`: {count / 100000:,.0f} instructions per row ({count:,} in all)")
    if args.bench:
        micro = subprocess.run([args.bench, os.path.join(os.path.dirname(HERE), "Trees", "certification-readiness.json")]
                               + (["--quick"] if args.quick else []), capture_output=True, text=True, check=True)
        lines += ["", "Micro-benchmark (`pixready-bench`):", "", micro.stdout.strip()]
    lines += ["", f"Load average at end: {load()}."]
    text = "\n".join(lines)
    print(text)
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
