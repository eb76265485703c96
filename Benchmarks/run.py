#!/usr/bin/env python3
"""docloc benchmark runner (`make bench`).

For each corpus -- the real one (CORPUS, default ../shared/corpus/m365) and generated ones of N article pairs
(Benchmarks/generate.py) -- times, in one run and interleaved round by round:

  cmark-gfm   cmark-gfm's CLI on every article body (front matter stripped) concatenated into one file, one process
  check       docloc check --content X --format json > /dev/null
  build       docloc build --content X --out TMP               (n/a if this docloc has no build command)
  again       docloc build into the site the previous run of it wrote (a writer's build on save, a kept workspace)
  incremental docloc build --incremental, after changing one source article (only if build offers --incremental)
  hugo        hugo --quiet -d TMP on a generated two-language Hugo site over the same article files

and prints a Markdown table of medians (wall time, user+sys CPU time, peak RSS from GNU time) with the
ratios docloc/cmark-gfm and Hugo/docloc, also written to Benchmarks/out/results.md (raw data: results.json).
Earlier outputs are moved aside (Benchmarks/out/set-aside) and deleted only after the last timed command: on a
journal-less ext4 a deletion slows every file created in the next minutes (see set_aside).

Environment overrides: BENCH_SIZES=1000,10000,50000 (0 or empty: real corpus only), BENCH_RUNS=3, BENCH_WARMUP=1,
BENCH_TOOLS=cmark-gfm,check,build,again,incremental,hugo, BENCH_TIMEOUT=1800 (seconds per command),
BENCH_HUGO_MAX_PAIRS=10000 (Hugo needs
several GB above that), BENCH_NO_BUILD=1 (do not run swift build), DOCLOC=/path/to/docloc (use this binary), CORPUS=dir ("" to skip it).
"""

import argparse
import datetime
import hashlib
import itertools
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
TRASH = os.path.join(OUT, "set-aside")
TIME = "/usr/bin/time"
ALL_TOOLS = ["cmark-gfm", "check", "build", "again", "incremental", "hugo", "linkchecker"]
CMARK_ARGS = ["--sourcepos", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------------------
# Tools
# ------------------------------------------------------------------------------------------------------------

def ensure_packages(tools):
    """Installs hugo, cmark-gfm, GNU time (and linkchecker) from Debian if dpkg does not report them installed."""
    wanted = {"hugo": "hugo", "cmark-gfm": "cmark-gfm", "time": TIME}
    if "linkchecker" in tools:
        wanted["linkchecker"] = "linkchecker"
    missing = []
    for pkg in wanted:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg], capture_output=True, text=True)
        if "install ok installed" not in r.stdout:
            missing.append(pkg)
    if not missing:
        return
    log("installing " + " ".join(missing))
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
    subprocess.run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq"] + missing,
                   check=True)


def docloc_binary(no_build):
    if os.environ.get("DOCLOC"):
        return os.path.abspath(os.environ["DOCLOC"])
    swift = os.environ.get("SWIFT", "swift")
    if not no_build:
        # As `make build` builds it (the Swift runtime built in; a build without the flag compiles everything again).
        log("swift build -c release --static-swift-stdlib --product docloc")
        subprocess.run([swift, "build", "-c", "release", "--static-swift-stdlib", "--product", "docloc"], cwd=REPO, check=True)
    bin_dir = subprocess.run([swift, "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "docloc")


def build_features(docloc):
    """(has build command, build supports --incremental)."""
    r = subprocess.run([docloc, "build", "--help"], capture_output=True, text=True)
    text = r.stdout + r.stderr
    # An unknown subcommand may print the root command's help with status 0: look for the build usage line.
    if r.returncode != 0 or not re.search(r"USAGE: \S*docloc build", text):
        return False, False
    return True, "--incremental" in text


def first_line(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True)
        return (r.stdout or r.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def machine_info(docloc):
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "?"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    debian = "?"
    try:
        with open("/etc/debian_version") as f:
            debian = "Debian " + f.read().strip()
    except OSError:
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True,
                           text=True).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu, "cores": os.cpu_count(), "memory": mem, "os": f"{debian}, Linux {platform.release()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "swift": first_line([os.environ.get("SWIFT", "swift"), "--version"]),
        "docloc": f"{commit}{' (modified)' if dirty else ''}",
        "cmark-gfm": first_line(["cmark-gfm", "--version"]),
        "hugo": first_line(["hugo", "version"]),
    }


# ------------------------------------------------------------------------------------------------------------
# Corpora
# ------------------------------------------------------------------------------------------------------------

def generated_corpus(pairs):
    """Generates Benchmarks/out/corpora/gen-N unless it exists from the same generator source."""
    path = os.path.join(OUT, "corpora", f"gen-{pairs}")
    with open(os.path.join(HERE, "generate.py"), "rb") as f:
        stamp = hashlib.sha1(f.read() + str(pairs).encode()).hexdigest()
    stamp_file = os.path.join(OUT, "corpora", f"gen-{pairs}.stamp")
    if os.path.isdir(path) and os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        return path
    log(f"generating {pairs} pairs into {path}")
    t0 = time.time()
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--pairs", str(pairs), "--out", path],
                   check=True)
    log(f"generated in {time.time() - t0:.0f} s")
    with open(stamp_file, "w") as f:
        f.write(stamp)
    return path


LOCALE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def locale_dirs(root):
    return sorted(d for d in os.listdir(root) if LOCALE_RE.match(d) and os.path.isdir(os.path.join(root, d)))


def markdown_files(root):
    files = []
    for loc in locale_dirs(root):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, loc)):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.lower().endswith(".md") and not name.startswith("."):
                    files.append(os.path.join(dirpath, name))
    return files


def strip_front_matter(data):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith(b"---"):
        m = re.search(rb"\r?\n---[ \t]*(\r?\n|$)", data[3:])
        if m:
            return data[3 + m.end():]
    return data


def prepare_bodies(root, work):
    """All article bodies, front matter stripped, concatenated: cmark-gfm's input. Returns (path, n files, bytes)."""
    files = markdown_files(root)
    path = os.path.join(work, "bodies.md")
    total = 0
    with open(path, "wb") as out:
        for p in files:
            with open(p, "rb") as f:
                data = f.read()
            total += len(data)
            out.write(strip_front_matter(data))
            out.write(b"\n\n")
    return path, len(files), total


HUGO_SINGLE = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
{{ end }}</head><body>
<nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a> {{ end }}</nav>
<main><h1>{{ .Title }}</h1>
{{ .Content }}
</main></body></html>
"""
HUGO_LIST = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
<ul>{{ range .RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main></body></html>
"""


def hugo_safe(data):
    """The bytes Hugo should read instead of data, or None when data is fine as it is. Hugo rejects a file that
    starts with an HTML comment (some DocFX includes do) and would run '{{<' / '{{%' as shortcodes."""
    fixed = data
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<!--"):
        fixed = b"---\n---\n" + fixed
    if b"{{<" in fixed or b"{{%" in fixed:
        fixed = fixed.replace(b"{{<", b"{ {<").replace(b"{{%", b"{ {%")
    return None if fixed is data else fixed


def mirror_for_hugo(src, dst):
    """dst mirrors src: real folders, symbolic links to every file, except Markdown files Hugo cannot take as
    they are, which are written patched (see hugo_safe). Returns the number of patched files."""
    patched = 0
    for dirpath, dirnames, filenames in os.walk(src):
        rel = os.path.relpath(dirpath, src)
        target = os.path.join(dst, rel) if rel != "." else dst
        os.makedirs(target, exist_ok=True)
        for name in filenames:
            s, d = os.path.join(dirpath, name), os.path.join(target, name)
            if name.lower().endswith(".md"):
                with open(s, "rb") as f:
                    fixed = hugo_safe(f.read())
                if fixed is not None:
                    with open(d, "wb") as f:
                        f.write(fixed)
                    patched += 1
                    continue
            os.symlink(os.path.abspath(s), d)
    return patched


def prepare_hugo(root, work):
    """A two-language Hugo site over the corpus's locale folders (front matter kept as is; see mirror_for_hugo)."""
    site = os.path.join(work, "hugo-site")
    set_aside(site)
    os.makedirs(os.path.join(site, "layouts", "_default"))
    locs = locale_dirs(root)
    patched = sum(mirror_for_hugo(os.path.join(root, loc), os.path.join(site, "content", loc)) for loc in locs)
    if patched:
        log(f"hugo: {patched} Markdown files patched so that Hugo renders them (HTML comment first, '{{{{<')")
    source = "en-US" if "en-US" in locs else locs[0]
    ordered = [source] + [l for l in locs if l != source]
    cfg = ['baseURL = "http://localhost/"', 'title = "Benchmark"', 'disableKinds = ["taxonomy", "term", "RSS"]',
           # <path>.html pages and relative links, like docloc's site; LinkChecker can then walk it over file://
           "uglyURLs = true", "relativeURLs = true",
           f'defaultContentLanguage = "{source.lower()}"', "defaultContentLanguageInSubdir = true",
           "[markup.goldmark.renderer]", "  unsafe = true", "[languages]"]
    for i, loc in enumerate(ordered, 1):
        cfg += [f'  [languages.{loc.lower()}]', f'    languageCode = "{loc}"', f'    languageName = "{loc}"',
                f'    contentDir = "content/{loc}"', f"    weight = {i}"]
    with open(os.path.join(site, "config.toml"), "w") as f:
        f.write("\n".join(cfg) + "\n")
    with open(os.path.join(site, "layouts", "_default", "single.html"), "w") as f:
        f.write(HUGO_SINGLE)
    with open(os.path.join(site, "layouts", "_default", "list.html"), "w") as f:
        f.write(HUGO_LIST)
    with open(os.path.join(site, "layouts", "index.html"), "w") as f:
        f.write(HUGO_LIST)
    return site


# ------------------------------------------------------------------------------------------------------------
# Measuring
# ------------------------------------------------------------------------------------------------------------

def set_aside(path):
    """Moves an earlier output out of the way instead of deleting it; `remove_set_aside` deletes it all at the end of
    the run. On this machine's ext4 (no journal), a file created within 60-300 s of deletions in the same block group
    waits while the kernel skips every recently deleted inode (`recently_deleted` in fs/ext4/ialloc.c): creating 1,200
    files took 0.2 s in a fresh folder and 0.9-1.2 s just after 2,400 were deleted. Deleting the previous run's site
    right before a timed build (docloc's or Hugo's) charged the harness's own clean-up to the tool being timed."""
    if not os.path.lexists(path):
        return
    os.makedirs(TRASH, exist_ok=True)
    for n in itertools.count():
        target = os.path.join(TRASH, f"{n}-{os.path.basename(path)}")
        if not os.path.lexists(target):
            os.rename(path, target)
            return


def remove_set_aside():
    """Deletes what set_aside moved away (also what an interrupted run left), after the last timed command."""
    shutil.rmtree(TRASH, ignore_errors=True)


def measure(cmd, stdout_path, timeout, ok_codes=(0,)):
    """Runs cmd under GNU time; returns dict(wall, cpu, rss_mb, code) or dict(error=...).

    The wall time is taken around it with a monotonic clock (starting it included: `launch_overhead_ms`) and the CPU
    time from wait4(2) (GNU time's own share, a fraction of a millisecond, included): GNU time rounds `%e %U %S` to 10 ms, which was a sixth of an incremental build of
    the real corpus. The peak memory is GNU time's `%M`, the tool's own: the process this script forks starts as a
    copy of Python, and wait4's peak would never be below Python's ~20 MB."""
    tfile = os.path.join(OUT, ".time")
    with open(stdout_path, "wb") as so, open(stdout_path + ".err", "wb") as se:
        started = time.perf_counter()
        child = subprocess.Popen([TIME, "-f", "%M", "-o", tfile] + cmd, stdout=so, stderr=se, start_new_session=True)

        def kill():
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended as the timer fired
                pass
        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode == -signal.SIGKILL and wall >= timeout:
        return {"error": f"timeout after {timeout} s"}
    if child.returncode not in ok_codes:
        tail = open(stdout_path + ".err", errors="replace").read().strip().splitlines()[-3:]
        return {"error": f"exit {child.returncode}: {' / '.join(tail)[:200]}"}
    try:
        with open(tfile) as f:
            rss = int([l for l in f.read().splitlines() if l.strip()][-1].split()[-1])
    except (OSError, IndexError, ValueError):
        return {"error": f"no peak memory (exit {child.returncode})"}
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": rss / 1024.0, "code": child.returncode}


def launch_overhead_ms():
    """What `measure` adds to every wall time: the median wall time of `/bin/true`, in ms."""
    out = os.path.join(OUT, ".launch")
    walls = [m["wall"] for m in (measure(["/bin/true"], out, 10) for _ in range(21)) if "wall" in m]
    return statistics.median(walls) * 1000 if walls else 0.0


class Corpus:
    def __init__(self, name, root, label, pairs=0):
        self.name, self.root, self.label, self.pairs = name, os.path.abspath(root), label, pairs
        self.skipped, self.notes, self.real = {}, {}, False
        self.work = os.path.join(OUT, "work", name)


def corpus_jobs(corpus, docloc, tools, features, timeout, hugo_max):
    """The commands to time for one corpus: list of (tool, prepare(run_index) -> cmd or None, ok_codes)."""
    os.makedirs(corpus.work, exist_ok=True)
    has_build, has_incremental = features
    jobs = []
    devnull_out = os.path.join(corpus.work, "stdout")
    bodies, nfiles, nbytes = prepare_bodies(corpus.root, corpus.work)
    corpus.files, corpus.bytes = nfiles, nbytes
    if "cmark-gfm" in tools:
        jobs.append(("cmark-gfm", lambda i: ["cmark-gfm"] + CMARK_ARGS + [bodies], (0,)))
    if "check" in tools:
        jobs.append(("docloc check", lambda i: [docloc, "check", "--content", corpus.root, "--format", "json"], (0, 1)))
    if "build" in tools:
        docloc_site = os.path.join(corpus.work, "site-docloc")

        def build_cmd(i):
            set_aside(docloc_site)
            return [docloc, "build", "--content", corpus.root, "--out", docloc_site]
        jobs.append(("docloc build", build_cmd if has_build else None, (0, 1)))
    if "again" in tools and has_build:
        jobs.append(("docloc build (again)", again_job(corpus, docloc, timeout), (0, 1)))
    if "incremental" in tools and has_build:
        jobs.append(("docloc build (1 changed)", incremental_job(corpus, docloc, timeout) if has_incremental else None,
                     (0, 1)))
    if "hugo" in tools and corpus.pairs > hugo_max:
        jobs.append(("hugo", None, (0,)))
        corpus.skipped["hugo"] = f"skipped above {hugo_max:,} pairs (BENCH_HUGO_MAX_PAIRS)"
    elif "hugo" in tools:
        hugo_site = prepare_hugo(corpus.root, corpus.work)
        hugo_dest = os.path.join(corpus.work, "site-hugo")

        def hugo_cmd(i):
            set_aside(hugo_dest)
            return ["hugo", "--quiet", "-s", hugo_site, "-d", hugo_dest]
        jobs.append(("hugo", hugo_cmd, (0,)))
    if "linkchecker" in tools and corpus.real:
        jobs.append(("linkchecker", linkchecker_job(corpus, docloc, has_build, timeout), (0, 1)))
    return jobs, devnull_out


def linkchecker_job(corpus, docloc, has_build, timeout):
    """LinkChecker (links and anchors, no external URLs) over the built site of the corpus: docloc's when this docloc
    has a build command, else Hugo's. The site is built once, untimed."""
    site = os.path.join(corpus.work, "site-linkcheck")
    cfg = os.path.join(corpus.work, "linkcheckerrc")
    state = {}

    def prepare(i):
        if not state:
            set_aside(site)
            if has_build:
                cmd, state["by"] = [docloc, "build", "--content", corpus.root, "--out", site], "docloc"
            else:
                cmd, state["by"] = ["hugo", "--quiet", "-s", os.path.join(corpus.work, "hugo-site"), "-d", site], "Hugo"
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
            with open(cfg, "w") as f:
                f.write("[output]\nwarnings=0\nstatus=0\n[AnchorCheck]\n")
            starts = [os.path.join(site, "index.html")] + sorted(
                os.path.join(site, d, "index.html") for d in os.listdir(site)
                if os.path.exists(os.path.join(site, d, "index.html")))
            state["urls"] = ["file://" + p for p in starts if os.path.exists(p)]
            corpus.notes["linkchecker"] = f"{state['by']}'s site"
        # Only the site's own links and anchors: external URLs are not fetched (no network dependence).
        return (["linkchecker", "-f", cfg, "--no-status", "--no-warnings", "-o", "none",
                 "--ignore-url", "^(https?|mailto|ftp|tel):"] + state["urls"])
    return prepare


def again_job(corpus, docloc, timeout):
    """Full builds (no --incremental) into the same --out, each into the site the one before wrote, as a writer's
    build on save or a pipeline's kept workspace does: the first, untimed, fills an empty folder."""
    site = os.path.join(corpus.work, "site-again")
    state = {"ready": False}

    def prepare(i):
        cmd = [docloc, "build", "--content", corpus.root, "--out", site]
        if not state["ready"]:
            set_aside(site)
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
            state["ready"] = True
        return cmd
    return prepare


def incremental_job(corpus, docloc, timeout):
    """Incremental builds work on a private copy of the corpus (the real corpus is never written to): a full
    --incremental build first, then each timed run appends one more newline to one source article."""
    copy = os.path.join(corpus.work, "incremental-content")
    site = os.path.join(corpus.work, "site-incremental")
    state = {"ready": False, "article": None, "original": None}

    def prepare(i):
        if not state["ready"]:
            set_aside(copy)
            set_aside(site)
            shutil.copytree(corpus.root, copy, symlinks=True)
            files = [p for p in markdown_files(copy) if os.sep + "en-US" + os.sep in p] or markdown_files(copy)
            state["article"] = files[len(files) // 2]
            with open(state["article"], "rb") as f:
                state["original"] = f.read()
            subprocess.run([docloc, "build", "--incremental", "--content", copy, "--out", site],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
            state["ready"] = True
        with open(state["article"], "wb") as f:
            f.write(state["original"] + b"\n" * (i + 2))
        return [docloc, "build", "--incremental", "--content", copy, "--out", site]
    return prepare


def median(values):
    return statistics.median(values) if values else None


# ------------------------------------------------------------------------------------------------------------
# Report
# ------------------------------------------------------------------------------------------------------------

def fmt(v, digits=2):
    if v is None:
        return "n/a"
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    if v < 1:
        return f"{v:.{digits + 1}f}"
    return f"{v:.{digits}f}"


def table(results, machine, runs):
    lines = [
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory']} RAM, {machine['os']}; "
        f"load average {machine['load']} before the run"
        + (f", {machine['load_after']} after" if machine.get("load_after") else "") + ".  ",
        f"Software: {machine['swift']}; docloc {machine['docloc']}; {machine['cmark-gfm']}; {machine['hugo']}.  ",
        f"Run: {machine['date']}, median of {runs} runs (after {machine['warmup']} warm-up run) per cell, "
        f"{machine.get('duration_s', 0) / 60:.0f} min in all; `make bench` (Benchmarks/run.py); every wall time includes "
        f"starting a command under GNU time from this script ({machine.get('launch_ms', 0):.1f} ms for `/bin/true`).",
        "",
        "| Corpus | Articles (MB) | Tool | Wall s | CPU s | Peak MB | docloc / cmark-gfm (wall, CPU) | Hugo / docloc (wall) |",
        "|---|---:|---|---:|---:|---:|---:|---:|",
    ]
    for c in results:
        cm = c["tools"].get("cmark-gfm", {})
        hugo = c["tools"].get("hugo", {})
        first = True
        for tool, m in c["tools"].items():
            corpus_cell = f"{c['label']}" if first else ""
            size_cell = f"{c['files']:,} ({c['bytes'] / 1e6:.1f})" if first else ""
            first = False
            if "error" in m or "wall" not in m:
                note = m.get("error", "n/a")
                lines.append(f"| {corpus_cell} | {size_cell} | {tool} | n/a | n/a | n/a | {note} | |")
                continue
            ratio_cm = ratio_hugo = ""
            if tool.startswith("docloc"):
                if "wall" in cm:
                    ratio_cm = (f"{m['wall'] / max(cm['wall'], 0.01):.2f}x, "
                                f"{m['cpu'] / max(cm['cpu'], 0.01):.2f}x")
                if "wall" in hugo and not tool.endswith(("(1 changed)", "(again)")):
                    ratio_hugo = f"{hugo['wall'] / max(m['wall'], 0.01):.1f}x"
            if m.get("note"):
                tool = f"{tool} ({m['note']})"
            lines.append(f"| {corpus_cell} | {size_cell} | {tool} | {fmt(m['wall'])} | {fmt(m['cpu'])} | "
                         f"{m['rss_mb']:.0f} | {ratio_cm} | {ratio_hugo} |")
    lines.append("")
    lines += goals(results)
    return "\n".join(lines) + "\n"


def goals(results):
    """The done-criteria of issue 6 that this run can measure."""
    out = ["Goals of issue 6, as measured by this run:", ""]
    real = next((c for c in results if c["real"]), None)

    def get(c, tool):
        m = c["tools"].get(tool, {}) if c else {}
        return m if "wall" in m else None

    def mark(ok):
        return "n/a (no `docloc build` in this binary)" if ok is None else ("met" if ok else "NOT met")

    b, cm, hg, ch = get(real, "docloc build"), get(real, "cmark-gfm"), get(real, "hugo"), get(real, "docloc check")
    r1 = b["wall"] / max(cm["wall"], 0.01) if b and cm else None
    out.append(f"- build of the real corpus <= 1.5x cmark-gfm (wall): "
               + (f"{fmt(r1)}x -- {mark(r1 <= 1.5)}" if r1 else mark(None)))
    r2 = hg["wall"] / max(b["wall"], 0.01) if b and hg else None
    out.append(f"- build of the real corpus >= 10x faster than Hugo: "
               + (f"{fmt(r2)}x -- {mark(r2 >= 10)}" if r2 else mark(None)))
    gen = sorted((c for c in results if not c["real"]), key=lambda c: c["pairs"])
    if len(gen) >= 2:
        lo, hi = gen[0], gen[-1]
        for tool in ("docloc check", "docloc build"):
            a, z = get(lo, tool), get(hi, tool)
            if a and z:
                ok = z["rss_mb"] <= 2 * a["rss_mb"] and z["rss_mb"] < 500
                out.append(f"- {tool} peak memory at {hi['pairs']:,} pairs <= 2x the peak at {lo['pairs']:,} and "
                           f"< 500 MB: {z['rss_mb']:.0f} MB vs {a['rss_mb']:.0f} MB "
                           f"({z['rss_mb'] / a['rss_mb']:.1f}x) -- {mark(ok)}")
            else:
                out.append(f"- {tool} peak memory ({hi['pairs']:,} vs {lo['pairs']:,} pairs): "
                           + ("n/a" if tool == "docloc check" else mark(None)))
    lc = get(real, "linkchecker")
    if ch and lc:
        ch = dict(ch, wall=max(ch["wall"], 0.01))
        out.append(f"- docloc check of the real corpus >= 100x faster than LinkChecker on the built site "
                   f"({lc.get('note', '')}): {lc['wall'] / ch['wall']:.0f}x -- {mark(lc['wall'] / ch['wall'] >= 100)}")
    elif ch and real:
        # The reference: LinkChecker needs 155 s for 2,619 nl-NL articles; scaled to this corpus's size.
        ref = 155.0 * real["files"] / 2619
        out.append(f"- docloc check of the real corpus >= 100x faster than LinkChecker (155 s per 2,619 articles in "
                   f"the issue, so ~{ref:.0f} s for {real['files']} articles): {ref / ch['wall']:.0f}x -- "
                   f"{mark(ref / ch['wall'] >= 100)} (estimate, LinkChecker not run)")
    inc, full = get(real, "docloc build (1 changed)"), b
    if inc and full:
        out.append(f"- incremental build after one change < 10% of a full build: "
                   f"{100 * inc['wall'] / full['wall']:.1f}% -- {mark(inc['wall'] < 0.1 * full['wall'])}")
    else:
        out.append("- incremental build after one change < 10% of a full build: n/a (no `docloc build --incremental`)")
    return out


# ------------------------------------------------------------------------------------------------------------
# Main
# ------------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.environ.get("CORPUS", os.path.join(REPO, "..", "shared", "corpus", "m365")),
                    help="the real corpus ('' to skip)")
    ap.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000,10000,50000"))
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "3")))
    ap.add_argument("--warmup", type=int, default=int(os.environ.get("BENCH_WARMUP", "1")))
    ap.add_argument("--tools", default=os.environ.get("BENCH_TOOLS", ",".join(ALL_TOOLS)))
    ap.add_argument("--timeout", type=int, default=int(os.environ.get("BENCH_TIMEOUT", "1800")))
    ap.add_argument("--hugo-max-pairs", type=int, default=int(os.environ.get("BENCH_HUGO_MAX_PAIRS", "10000")),
                    help="skip Hugo on generated corpora larger than this (it needs GBs of memory)")
    ap.add_argument("--report", action="store_true",
                    help="only print the table again from Benchmarks/out/results.json (no measuring)")
    ap.add_argument("--no-build", action="store_true", default=os.environ.get("BENCH_NO_BUILD", "") not in ("", "0"))
    args = ap.parse_args()

    if args.report:
        with open(os.path.join(OUT, "results.json")) as f:
            saved = json.load(f)
        text = table(saved["results"], saved["machine"], saved["machine"].get("runs", args.runs))
        with open(os.path.join(OUT, "results.md"), "w") as f:
            f.write(text)
        print(text)
        return
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    sizes = [int(s) for s in args.sizes.replace(" ", "").split(",") if s and int(s) > 0]
    os.makedirs(OUT, exist_ok=True)
    ensure_packages(tools)
    docloc = docloc_binary(args.no_build)
    features = build_features(docloc)
    log(f"docloc: {docloc} (build: {'yes' if features[0] else 'no'}, incremental: {'yes' if features[1] else 'no'})")
    machine = machine_info(docloc)
    machine["warmup"] = args.warmup
    machine["runs"] = args.runs
    machine["launch_ms"] = launch_overhead_ms()

    corpora = []
    if args.corpus:
        name = os.path.basename(os.path.normpath(args.corpus))
        real_corpus = Corpus(name, args.corpus, f"{name} (real)")
        real_corpus.real = True
        corpora.append((real_corpus, True, 0))
    for n in sizes:
        label = f"generated {n // 1000}k pairs" if n % 1000 == 0 else f"generated {n} pairs"
        corpora.append((Corpus(f"gen-{n}", generated_corpus(n), label, n), False, n))

    results = []
    started = time.time()
    for corpus, real, pairs in corpora:
        jobs, stdout_path = corpus_jobs(corpus, docloc, tools, features, args.timeout, args.hugo_max_pairs)
        log(f"{corpus.label}: {corpus.files} articles, {corpus.bytes / 1e6:.1f} MB; "
            f"{args.warmup} warm-up + {args.runs} runs of {', '.join(j[0] for j in jobs)}")
        samples = {tool: [] for tool, _, _ in jobs}
        errors = {}
        for i in range(args.warmup + args.runs):
            for tool, prepare, ok in jobs:
                if prepare is None or tool in errors:
                    continue
                m = measure(prepare(i), stdout_path, args.timeout, ok)
                if "error" in m:
                    errors[tool] = m["error"]
                    log(f"  {tool}: {m['error']}")
                    continue
                if i >= args.warmup:
                    samples[tool].append(m)
                log(f"  {'warm-up' if i < args.warmup else f'run {i - args.warmup + 1}'} {tool}: "
                    f"{m['wall']:.2f} s wall, {m['cpu']:.2f} s CPU, {m['rss_mb']:.0f} MB")
        entry = {"name": corpus.name, "label": corpus.label, "real": real, "pairs": pairs, "files": corpus.files,
                 "bytes": corpus.bytes, "tools": {}}
        for tool, prepare, _ in jobs:
            if tool in errors:
                entry["tools"][tool] = {"error": errors[tool]}
            elif tool in corpus.skipped:
                entry["tools"][tool] = {"error": corpus.skipped[tool]}
            elif prepare is None or not samples[tool]:
                entry["tools"][tool] = {"error": "n/a (not in this docloc)"}
            else:
                s = samples[tool]
                entry["tools"][tool] = {"wall": median([x["wall"] for x in s]), "cpu": median([x["cpu"] for x in s]),
                                        "rss_mb": median([x["rss_mb"] for x in s]), "runs": s}
            if tool in corpus.notes:
                entry["tools"][tool]["note"] = corpus.notes[tool]
        results.append(entry)
        # The built sites of big corpora are large: out of the way now, deleted at the end (see set_aside).
        for d in ("site-docloc", "site-again", "site-hugo"):
            set_aside(os.path.join(corpus.work, d))

    machine["duration_s"] = round(time.time() - started)
    machine["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = table(results, machine, args.runs)
    with open(os.path.join(OUT, "results.md"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump({"machine": machine, "results": results}, f, indent=1)
    print(text)
    remove_set_aside()
    log(f"done in {machine['duration_s']} s; wrote {os.path.relpath(os.path.join(OUT, 'results.md'), REPO)}")


if __name__ == "__main__":
    main()
