#!/usr/bin/env bash
# Registry verbs at scale against the raw-scan floor (benchmarks/README.md, "Registry loading at scale").
#
#   benchmarks/scale.sh [COUNT]      # COUNT cooperatives, default 100000; seed 7
#
# Builds the coop tool and the raw-scan program (Release), generates the registry with `coop generate` into a temporary
# folder (or reuses it when it is already there), then times, each with /usr/bin/time -v: the raw scan (every token
# through Utf8JsonReader, nothing kept: the floor), `coop registry check`, `coop evaluate` (the reference facility
# policy with a budget) and `coop report --by year --group county --measure members`. Prints each wall time as a ratio
# to the floor with its peak resident memory. Output of the verbs goes to /dev/null; their exit codes are shown
# (registry check exits 1 when the file has invalid lines, which a generated registry has on purpose).
set -euo pipefail

count="${1:-100000}"
seed=7
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${SCALE_WORK:-${TMPDIR:-/tmp}/coop-scale}"
mkdir -p "$work"
registry="$work/registry-$count-$seed.jsonl"
policy="$root/benchmarks/Coop.Domain.Benchmarks/Eligibility/reference-facility-policy.json"

if [[ ! -x /usr/bin/time ]]; then
  echo "scale.sh needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi

dotnet build "$root/src/Coop.Domain.Cli" -c Release -v quiet -nologo >/dev/null
dotnet build "$root/benchmarks/Coop.Domain.RawScan" -c Release -v quiet -nologo >/dev/null
coop=(dotnet "$root/src/Coop.Domain.Cli/bin/Release/net10.0/coop.dll")
scan=(dotnet "$root/benchmarks/Coop.Domain.RawScan/bin/Release/net10.0/Coop.Domain.RawScan.dll")

if [[ ! -s "$registry" ]]; then
  echo "generating $count cooperatives (seed $seed) into $registry" >&2
  "${coop[@]}" generate --count "$count" --seed "$seed" --out "$registry" --force >/dev/null 2>"$work/generate.err"
fi

# run NAME COMMAND...: wall seconds and peak RSS (KB) from GNU time, the command's exit code.
declare -A wall rss code
run() {
  local name="$1"; shift
  local log="$work/$name.time"
  set +e
  /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$work/$name.err"
  code[$name]=$?
  set -e
  wall[$name]="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")"
  rss[$name]="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")"
}

run floor "${scan[@]}" "$registry"
run check "${coop[@]}" registry check "$registry"
run evaluate "${coop[@]}" evaluate --policy "$policy" --registry "$registry" --as-of 1404/08/25 --budget '500 billion rial'
run report "${coop[@]}" report --registry "$registry" --by year --group county --measure members

size=$(stat -c %s "$registry")
echo "registry: $count cooperatives, $((size / 1024 / 1024)) MiB, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-16s %10s %8s %12s %5s\n' what wall/s ratio peak-RSS/MB exit
for name in floor check evaluate report; do
  printf '%-16s %10.2f %7.2fx %12.0f %5s\n' "$name" "${wall[$name]}" \
    "$(awk -v a="${wall[$name]}" -v b="${wall[floor]}" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
    "$(awk -v k="${rss[$name]}" 'BEGIN { print k / 1024 }')" "${code[$name]}"
done
