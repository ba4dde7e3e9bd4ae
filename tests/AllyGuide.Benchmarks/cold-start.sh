#!/usr/bin/env bash
# Cold start of `allyguide render listening --format text` as a whole process, against hello-world programs that
# print the very same bytes, each built the same two ways: NativeAOT (the tool's linux-x64 package) and
# framework-dependent (the tool's "any" fallback, started by dotnet). Runs are interleaved, so a busy moment of the
# machine falls on every program alike; prints the median and range of each and the ratios.
# Usage: tests/AllyGuide.Benchmarks/cold-start.sh [RUNS]     (default 20; needs clang and zlib1g-dev for NativeAOT)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
rid=linux-x64
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

echo "building (NativeAOT and framework-dependent) ..." >&2
dotnet publish src/AllyGuide.Cli -c Release -r "$rid" -o "$work/tool-aot" >/dev/null
dotnet publish src/AllyGuide.Cli -c Release -p:PublishAot=false -o "$work/tool-jit" >/dev/null
"$work/tool-aot/AllyGuide.Cli" render listening --format text >"$work/expected.txt"

# Hello world: the same bytes, written to standard output in one call, and nothing else. Outside the repository,
# so none of its build settings apply.
mkdir -p "$work/hello"
cat >"$work/hello/Hello.csproj" <<'PROJECT'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>false</InvariantGlobalization>
  </PropertyGroup>
</Project>
PROJECT
python3 - "$work/expected.txt" "$work/hello/Program.cs" <<'PYTHON'
import sys
data = open(sys.argv[1], 'rb').read()
body = ','.join(str(b) for b in data)
open(sys.argv[2], 'w').write(
    'using var output = System.Console.OpenStandardOutput();\n'
    f'output.Write(new byte[] {{ {body} }});\n')
PYTHON
dotnet publish "$work/hello" -c Release -r "$rid" -p:PublishAot=true -o "$work/hello-aot" >/dev/null
dotnet publish "$work/hello" -c Release -o "$work/hello-jit" >/dev/null

names=("allyguide, NativeAOT" "hello world, NativeAOT" "allyguide, framework-dependent" "hello world, framework-dependent")
commands=(
  "$work/tool-aot/AllyGuide.Cli render listening --format text"
  "$work/hello-aot/Hello"
  "dotnet $work/tool-jit/AllyGuide.Cli.dll render listening --format text"
  "dotnet $work/hello-jit/Hello.dll"
)
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086
  if ! cmp -s <($command) "$work/expected.txt"; then
    echo "cold-start: '$command' does not print the same bytes" >&2
    exit 1
  fi
done

python3 - "$runs" "${names[@]}" -- "${commands[@]}" <<'PYTHON'
import statistics, subprocess, sys, time
runs = int(sys.argv[1])
split = sys.argv.index('--')
names, commands = sys.argv[2:split], [c.split() for c in sys.argv[split + 1:]]
for command in commands:                      # one warm-up each: the file cache, not the program, is warmed
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
times = [[] for _ in commands]
for _ in range(runs):
    for i, command in enumerate(commands):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times[i].append((time.perf_counter() - start) * 1000)
median = [statistics.median(t) for t in times]
print(f"| program ({runs} interleaved runs each) | wall time, median | range |")
print("|---|---|---|")
for name, t, m in zip(names, times, median):
    print(f"| {name} | {m:.1f} ms | {min(t):.1f}-{max(t):.1f} ms |")
print()
print(f"allyguide NativeAOT / hello world NativeAOT: {median[0] / median[1]:.1f}x (goal: at most 2x)")
print(f"allyguide framework-dependent / hello world framework-dependent: {median[2] / median[3]:.1f}x")
print(f"allyguide framework-dependent / allyguide NativeAOT: {median[2] / median[0]:.1f}x")
PYTHON
