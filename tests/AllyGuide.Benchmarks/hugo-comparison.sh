#!/usr/bin/env bash
# allyguide build against Hugo on the same pages, whole processes, side by side in one run.
# For each topic count: a content folder of that many synthetic topics (SyntheticGuide: copies of the shipped topics
# under new ids, every id in guide.yaml), the same pages written as a Hugo project (HugoSite), then RUNS interleaved
# fresh builds of each (output folder removed before every run), `cp -r` of allyguide's output as the floor, and
# `allyguide validate` of the same content (every check, editorial lints included, and a dry-run render of every page).
# Prints wall time (median and range) and peak memory (median RSS) of each, and the ratios.
# Usage: tests/AllyGuide.Benchmarks/hugo-comparison.sh [RUNS] [TOPICS...]   (default: 5 runs; 1000 10000 topics)
# Needs hugo (Debian's package), /usr/bin/time, and clang and zlib1g-dev for the NativeAOT tool.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
shift || true
sizes=("$@")
[ "${#sizes[@]}" -gt 0 ] || sizes=(1000 10000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

command -v hugo >/dev/null || { echo "hugo-comparison: hugo is not installed (apt-get install hugo)" >&2; exit 2; }
echo "building allyguide (NativeAOT, as the linux-x64 tool package) and the generator ..." >&2
dotnet publish src/AllyGuide.Cli -c Release -r linux-x64 -o "$work/tool" >/dev/null
dotnet build tests/AllyGuide.Benchmarks -c Release -o "$work/bench" >/dev/null
allyguide="$work/tool/AllyGuide.Cli"

# One measured run: wall seconds and peak RSS in KiB, appended to the named arrays' files.
measure() {
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
    echo "hugo-comparison: '$*' failed:" >&2; cat "$work/stderr.txt" >&2; exit 1; }
  cat "$work/time.txt" >>"$work/$label.runs"
}

summary() {
  python3 - "$@" <<'PYTHON'
import statistics, sys
args = sys.argv[1:]
rows = {}
for label, path in zip(args[0::2], args[1::2]):
    runs = [tuple(map(float, line.split())) for line in open(path) if line.strip()]
    wall = [r[0] for r in runs]
    rss = [r[1] for r in runs]
    rows[label] = (statistics.median(wall), min(wall), max(wall), statistics.median(rss) / 1024)
print("| program | wall time, median | range | peak memory, median |")
print("|---|---|---|---|")
for label, (m, lo, hi, mem) in rows.items():
    print(f"| {label} | {m:.2f} s | {lo:.2f}-{hi:.2f} s | {mem:.0f} MiB |")
a, h, c, v = rows["allyguide build"], rows["hugo"], rows["cp -r (allyguide's output)"], rows["allyguide validate"]
print()
print(f"allyguide / Hugo: wall {a[0] / h[0]:.2f}x, peak memory {a[3] / h[3]:.2f}x")
print(f"allyguide / cp -r: wall {a[0] / c[0]:.2f}x")
print(f"allyguide validate / allyguide build: wall {v[0] / a[0]:.2f}x, peak memory {v[3] / a[3]:.2f}x")
PYTHON
}

for topics in "${sizes[@]}"; do
  echo "== $topics synthetic topics (plus the shipped ones), $runs interleaved runs" >&2
  rm -rf "$work/content" "$work/hugo"
  dotnet "$work/bench/AllyGuide.Benchmarks.dll" generate "$topics" "$work/content" >/dev/null
  dotnet "$work/bench/AllyGuide.Benchmarks.dll" hugo "$work/content" "$work/hugo" >/dev/null
  rm -f "$work"/*.runs
  build_allyguide() { rm -rf "$work/site"; measure "allyguide" "$allyguide" build --content "$work/content" --out "$work/site" --quiet; }
  build_hugo() { rm -rf "$work/public"; measure "hugo" hugo --source "$work/hugo" --destination "$work/public" --quiet; }
  copy_site() { rm -rf "$work/copy"; measure "cp" cp -r "$work/site" "$work/copy"; }
  validate_allyguide() { measure "validate" "$allyguide" validate --content "$work/content"; }
  # One warm-up each (file cache), not counted.
  build_allyguide; build_hugo; copy_site; validate_allyguide; rm -f "$work"/*.runs
  for _ in $(seq "$runs"); do
    build_allyguide; build_hugo; copy_site; validate_allyguide
  done
  pages_a=$(find "$work/site" -name '*.html' | wc -l)
  pages_h=$(find "$work/public" -name '*.html' | wc -l)
  echo
  echo "### $topics synthetic topics: allyguide wrote $pages_a HTML pages, Hugo $pages_h"
  echo
  summary "allyguide build" "$work/allyguide.runs" "hugo" "$work/hugo.runs" "cp -r (allyguide's output)" "$work/cp.runs" "allyguide validate" "$work/validate.runs"
done
