#!/usr/bin/env bash
# Times whole allyguide processes (runtime start-up included) with /usr/bin/time -v and prints a Markdown table
# of the wall time (median, and the range from fastest to slowest run) and the median peak memory over several runs.
# Usage: tests/AllyGuide.Benchmarks/process-timing.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The framework-dependent build (the tool's "any" package); cold-start.sh measures the NativeAOT one.
dotnet publish src/AllyGuide.Cli -c Release -p:PublishAot=false -o "$work/cli" >/dev/null
cli=(dotnet "$work/cli/AllyGuide.Cli.dll")

# A copy of the content with one topic replaced by 100,000 nested brackets: the broken-file case.
cp -r content "$work/broken"
python3 -c "import sys; open(sys.argv[1],'w').write('schema: 1\nid: listening\ntitle: ' + '['*100000 + '\n')" "$work/broken/en/topics/listening.yaml"

measure() {
  local name=$1; shift
  local times=() rss=()
  for _ in $(seq "$runs"); do
    rm -rf "$work/site"
    /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')")
    rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")")
  done
  local t lo hi m
  t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  lo=$(printf '%s\n' "${times[@]}" | sort -n | head -n 1)
  hi=$(printf '%s\n' "${times[@]}" | sort -n | tail -n 1)
  m=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '| %s | %.2f s | %.2f-%.2f s | %d MiB |\n' "$name" "$t" "$lo" "$hi" "$((m / 1024))"
}

echo "| command ($runs runs) | wall time, median | range | peak memory (RSS), median |"
echo "|---|---|---|---|"
measure "allyguide --help" "${cli[@]}" --help
measure "allyguide validate (built-in guide)" "${cli[@]}" validate
measure "allyguide validate --content (100,000 nested brackets)" "${cli[@]}" validate --content "$work/broken"
measure "allyguide render listening --format text" "${cli[@]}" render listening --format text
measure "allyguide build (14 files)" "${cli[@]}" build --out "$work/site"
# What a new user types from a clone: the SDK checks the build first, then runs the same program.
measure "dotnet run --project src/AllyGuide.Cli -- render listening" dotnet run --project src/AllyGuide.Cli -c Release -- render listening --format text
