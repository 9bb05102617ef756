#!/usr/bin/env bash
# End to end at national scale, as a user runs the CLI: generates SSDA903 returns of the given sizes
# (with `csc generate`, this year's return and the previous year's of the same children, in XML and
# as CSV file sets), then times `csc validate --previous` on each as a separate process: wall time,
# CPU time (user + system) and peak RSS (from /usr/bin/time -v), findings and findings/s, and the cost
# per child.
#
#   benchmarks/national.sh [SIZE ...]          default sizes: 2675 2000 20000 100000 107000
#
# Environment:
#   CSC      the command to time (default: the launcher cli/target/csc, else java -jar cli/target/csc.jar)
#   YEAR     collection year (default 2024-25)
#   WORK     where the returns and reports go (default /tmp/csc-national; kept, and reused when present)
#   RUNS     runs per size and format (default 3); every run is listed
#   THREADS  --threads for validate (default: all processors)
#   EXTRA    more options for validate (say --no-postcodes)
#
# Build first: mvn -B -ntp -o -q install -DskipTests (the launcher and csc.jar are in cli/target).
# Prints a Markdown table on standard output; the machine, JDK, heap and load go above it.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
if [[ -z "${CSC:-}" ]]; then
  if [[ -x "$here/cli/target/csc" ]]; then CSC="$here/cli/target/csc"; else CSC="java -jar $here/cli/target/csc.jar"; fi
fi
YEAR="${YEAR:-2024-25}"
WORK="${WORK:-/tmp/csc-national}"
RUNS="${RUNS:-3}"
THREADS="${THREADS:-$(nproc)}"
EXTRA="${EXTRA:-}"
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then sizes=(2675 2000 20000 100000 107000); fi
mkdir -p "$WORK"

echo "# csc validate --previous, end to end ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "- machine: $(nproc) processors, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GB memory"
echo "- JDK: $(java -version 2>&1 | head -1)"
echo "- command: $CSC validate --year $YEAR --la 383 --threads $THREADS $EXTRA --previous PREVIOUS --format csv --output REPORT INPUT"
echo "- heap: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize /{printf "%.0f MB", $4/1048576}') default max heap (unless the command sets one)"
echo "- load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| children | format | run | wall s | CPU s | peak RSS MB | findings | findings/s | µs per child | exit | load (1 min) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

for n in "${sizes[@]}"; do
  for fmt in xml csv; do
    dir="$WORK/$n-$fmt"
    if [[ "$fmt" == xml ]]; then this="$dir/return.xml"; last="$dir/previous.xml"; else this="$dir/return"; last="$dir/previous"; fi
    if [[ ! -e "$this" || ! -e "$last" ]]; then
      rm -rf "$dir"; mkdir -p "$dir"
      # shellcheck disable=SC2086
      $CSC generate --year "$YEAR" --children "$n" --seed 903 --la 383 --format "$fmt" --output "$this" --previous-output "$last" >/dev/null
    fi
    for run in $(seq 1 "$RUNS"); do
      load=$(cut -d' ' -f1 /proc/loadavg)
      set +e
      # shellcheck disable=SC2086
      /usr/bin/time -v -o "$dir/time.txt" $CSC validate --year "$YEAR" --la 383 --threads "$THREADS" $EXTRA \
        --previous "$last" --format csv --output "$dir/report.csv" "$this" 2>"$dir/stderr.txt"
      rc=$?
      set -e
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.2f", s}' "$dir/time.txt")
      cpu=$(awk -F': ' '/User time|System time/{s+=$2} END{printf "%.2f", s}' "$dir/time.txt")
      rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$dir/time.txt")
      findings=$(( $(wc -l < "$dir/report.csv") - 1 ))
      rate=$(awk -v f="$findings" -v w="$wall" 'BEGIN{printf "%.0f", (w > 0 ? f / w : 0)}')
      per=$(awk -v n="$n" -v w="$wall" 'BEGIN{printf "%.1f", w * 1000000 / n}')
      echo "| $n | $fmt | $run | $wall | $cpu | $rss | $findings | $rate | $per | $rc | $load |"
    done
  done
done
echo
echo "- load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
