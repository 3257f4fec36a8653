#!/usr/bin/env bash
# Findings intake (issue 5): generates a SARIF log of COUNT results from the real logs in the shared data, then times,
# on SQLite and on PostgreSQL, the bare JsonDocument.Parse of it, SarifFindings.Read alone, and read + normalize +
# Intake.SubmitAsync into a fresh database; then the cost of one more finding at each database size in SIZES.
# Usage: bench/findings-ingest.sh [COUNT] [WARMUPS] [ITERATIONS] [SIZES]
# PostgreSQL: the throwaway cluster of the tests (fsync and synchronous_commit off), or CLEARINGHOUSE_TEST_POSTGRES.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
warmups=${2:-1}
iterations=${3:-3}
sizes=${4:-10000,100000,1000000}
export CLEARINGHOUSE_TEST_DATA=${CLEARINGHOUSE_TEST_DATA:-$(cd .. && pwd)/shared/data}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release -v q --nologo bench/Clearinghouse.Benchmarks >/dev/null
bench=(dotnet bench/Clearinghouse.Benchmarks/bin/Release/net10.0/Clearinghouse.Benchmarks.dll)
echo "# $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version)"
"${bench[@]}" generate-sarif "$count" "$work/log.sarif"
for provider in sqlite postgres; do
  "${bench[@]}" ingest-findings "$provider" "$work/log.sarif" "$warmups" "$iterations"
done

"${bench[@]}" generate-sarif 20000 2027 0 "$work/templates.sarif"
for provider in sqlite postgres; do
  "${bench[@]}" marginal-findings "$provider" "$work/templates.sarif" "$sizes"
done
