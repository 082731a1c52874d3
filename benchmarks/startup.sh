#!/usr/bin/env bash
# Start-up time of a command as a process: runs it N times and prints the median and fastest wall time and the
# peak resident memory of one run. Used to compare the native-AOT coop with the framework-dependent one:
#   benchmarks/startup.sh 31 coop convert 1404/08/25
#   benchmarks/startup.sh 31 dotnet src/Coop.Domain.Cli/bin/Release/net10.0/coop.dll convert 1404/08/25
set -euo pipefail
n=${1:?usage: startup.sh RUNS COMMAND [ARGS...]}
shift
"$@" > /dev/null    # fails loudly when the command does
times=()
for _ in $(seq 1 "$n"); do
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(sed -n "$(( (n + 1) / 2 ))p" <<< "$sorted")
fastest=$(head -1 <<< "$sorted")
rss_file=$(mktemp)
/usr/bin/time -f '%M' -o "$rss_file" "$@" > /dev/null 2>&1
rss_kb=$(tail -1 "$rss_file")
rm -f "$rss_file"
echo "median ${median} ms, fastest ${fastest} ms, peak RSS $(( rss_kb / 1024 )) MB over $n runs: $*"
