#!/usr/bin/env python3
"""Documents per second from Python through the `archtei` module: the golden fixtures' texts
converted to TEI, and converted to TEI and validated against archtei's own schema, on one
thread and on a pool of two threads (the module releases the GIL while it works). Every
output is first checked (the golden TEI, no problem), then each workload is timed RUNS
times, the workloads taking turns; the figures are the median with min-max, the process's
user + system CPU, and how many cores that kept busy.
Writes the "Python" section of bench/RESULTS.md between its markers (--write), else prints it.

  PYTHONPATH=BUILD/python python3 bench/python_bench.py [--rounds 20] [--runs 5] [--write]
"""

import argparse
import concurrent.futures
import datetime
import os
import pathlib
import platform
import resource
import statistics
import sys
import time

import archtei

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = pathlib.Path(os.environ.get("ARCHTEI_SHARED_DIR") or ROOT.parent / "shared")
RESULTS = ROOT / "bench" / "RESULTS.md"
BEGIN = "<!-- python:begin (written by bench/python_bench.py; do not edit by hand) -->"
END = "<!-- python:end -->"


def fixture_texts():
    """(golden TEI, text) of every case: its input.txt, or the shared page input.location names."""
    out = []
    for case in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        if (case / "input.txt").exists():
            path = case / "input.txt"
        elif (case / "input.location").exists():
            path = SHARED / (case / "input.location").read_text(encoding="utf-8").strip()
        else:
            continue
        out.append(((case / "expected.tei.xml").read_text(encoding="utf-8"), path.read_text(encoding="utf-8")))
    return out


def convert(text):
    return archtei.convert(text, file="input.txt")


def convert_validate(text):
    tei = archtei.convert(text, file="input.txt")
    return tei, archtei.validate(tei)


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def timed(work, docs, threads):
    start_cpu, start = cpu_seconds(), time.perf_counter()
    if threads == 1:
        for d in docs:
            work(d)
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=threads) as pool:
            for _ in pool.map(work, docs, chunksize=8):
                pass
    return time.perf_counter() - start, cpu_seconds() - start_cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20, help="times the fixture set is processed per run")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="write the section into bench/RESULTS.md")
    args = ap.parse_args()

    cases = fixture_texts()
    # Checked before anything is timed: a wrong or invalid output is never counted.
    for expected, text in cases:
        tei, problems = convert_validate(text)
        if tei != expected or problems:
            sys.exit("bench: a fixture does not give its golden, valid TEI; not timing")
    docs = [text for _, text in cases] * args.rounds
    size = sum(len(t.encode("utf-8")) for t in docs)
    load_start = os.getloadavg()
    started = datetime.datetime.now(datetime.timezone.utc)
    workloads = [(f"{name}, {'1 thread' if threads == 1 else 'pool of 2 threads'}", work, threads)
                 for name, work in (("text → TEI", convert), ("text → TEI + validation", convert_validate))
                 for threads in (1, 2)]
    # The workloads take turns within each run, so that a change in the machine's load falls
    # on all of them alike.
    walls = {name: [] for name, _, _ in workloads}
    cpus = {name: [] for name, _, _ in workloads}
    for _ in range(args.runs):
        for name, work, threads in workloads:
            wall, cpu = timed(work, docs, threads)
            walls[name].append(wall)
            cpus[name].append(cpu)
    rows = []
    for name, _, _ in workloads:
        med = statistics.median(walls[name])
        cpu = statistics.mean(cpus[name])
        busy = statistics.median(c / w for c, w in zip(cpus[name], walls[name]))
        rows.append(f"| {name} | {len(docs):,} | {med:.2f} s | {min(walls[name]):.2f}–{max(walls[name]):.2f} s | "
                    f"{cpu:.2f} s | {busy:.2f} | {len(docs) / med:,.0f} | {size / med / 1e6:.1f} |")
    load_end = os.getloadavg()
    ended = datetime.datetime.now(datetime.timezone.utc)

    command = " ".join(["python3", "bench/python_bench.py"] + sys.argv[1:])
    section = "\n".join([
        BEGIN,
        "## Python",
        "",
        f"`PYTHONPATH=build/python {command}`, run {started:%Y-%m-%d %H:%M}–{ended:%H:%M} UTC on "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, archtei {archtei.__version__} "
        f"(Release build); load average {load_start[0]:.2f} at the start and {load_end[0]:.2f} at the end. "
        f"Documents: the {len(cases)} golden fixtures' texts, {args.rounds} times over, in memory (no file is "
        "read or written while timed); each checked first to give its golden TEI, valid against archtei's "
        f"schema. {args.runs} runs, the four workloads taking turns in each: median wall time with min–max, "
        "mean user + system CPU of the process, cores busy (CPU / wall time, median), docs/s and MB/s from the "
        "median wall time. Validation is `archtei.validate(tei)` (archtei's own schema with "
        "its Schematron rules, compiled once per process).",
        "",
        "| workload | docs | median | spread | CPU | cores busy | docs/s | MB/s |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        END,
    ])
    if not args.write:
        print(section)
        return
    results = RESULTS.read_text(encoding="utf-8")
    if BEGIN in results and END in results:
        head, rest = results.split(BEGIN, 1)
        results = head + section + rest.split(END, 1)[1]
    else:
        results = results.rstrip("\n") + "\n\n" + section + "\n"
    RESULTS.write_text(results, encoding="utf-8")
    print(section)


if __name__ == "__main__":
    main()
