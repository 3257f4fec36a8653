#!/usr/bin/env bash
# Times the CLI's `score cvss --stdin` and ae-cvss-calculator (node) on the same 100,000 mixed CVSS 3.1/4.0 vectors,
# as whole processes, in one run, and prints both timings and the ratio. Usage: bench/cvss-side-by-side.sh [COUNT] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release -v q --nologo src/Clearinghouse.Cli >/dev/null
dotnet build -c Release -v q --nologo bench/Clearinghouse.Benchmarks >/dev/null
[ -d tests/peers/node_modules/ae-cvss-calculator ] || npm ci --prefix tests/peers --no-audit --no-fund --loglevel=error
dotnet bench/Clearinghouse.Benchmarks/bin/Release/net10.0/Clearinghouse.Benchmarks.dll generate-vectors "$count" "$work/vectors.txt"

cli=(dotnet src/Clearinghouse.Cli/bin/Release/net10.0/Clearinghouse.Cli.dll score cvss --stdin)
node=(node tests/peers/cvss-scores.js)

best() { # best-of-N wall time in seconds of "$@" < vectors
  local best=""
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" < "$work/vectors.txt" > "$work/out.txt"
    end=$(date +%s.%N)
    best=$(echo "$start $end $best" | awk '{t=$2-$1; if ($3=="" || t<$3) print t; else print $3}')
  done
  echo "$best"
}

# Both must have scored every vector, and the same way (the CLI prints vector, score, severity; node prints the scores).
"${cli[@]}" < "$work/vectors.txt" | cut -f2 > "$work/ours.txt"
"${node[@]}" < "$work/vectors.txt" | awk '{print $NF}' > "$work/theirs.txt"
if ! cmp -s "$work/ours.txt" "$work/theirs.txt"; then
  echo "The two implementations disagree on some vectors:" >&2
  diff <(paste "$work/vectors.txt" "$work/ours.txt") <(paste "$work/vectors.txt" "$work/theirs.txt") | head >&2
  exit 1
fi

ours=$(best "${cli[@]}")
theirs=$(best "${node[@]}")
echo "vectors: $count mixed CVSS 3.1/4.0 (best of $runs runs, whole processes)"
printf 'clearinghouse score cvss --stdin: %.3f s\n' "$ours"
printf 'ae-cvss-calculator (node %s):    %.3f s\n' "$(node --version)" "$theirs"
echo "$ours $theirs" | awk '{printf "ratio: %.1fx\n", $2/$1}'
