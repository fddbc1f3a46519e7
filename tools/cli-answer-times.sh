#!/usr/bin/env bash
# Times the command line's early answers against `report --help`, as interleaved pairs (issue 10):
# an unknown scope and a bad --lang (exit 2) on a fresh data folder, and a second launch against a data folder
# another process holds (exit 1). Prints each pair and the median ratio per case.
# Usage: tools/cli-answer-times.sh [target/investpromo.jar] [pairs]   (run it under the build lock: flock /tmp/ip-build.lock …)
set -euo pipefail
JAR=$(readlink -f "${1:-target/investpromo.jar}")
PAIRS=${2:-5}
JAVA_OPTS=${JAVA_OPTS:-}
WORK=$(mktemp -d)
trap 'kill "$HOLDER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
cd "$WORK"
mkdir held
# holds the OS lock on held/investpromo.lock as a running investpromo would (fcntl, like FileChannel.tryLock)
python3 -c '
import fcntl, sys, time
f = open("held/investpromo.lock", "a+"); fcntl.lockf(f, fcntl.LOCK_EX)
f.truncate(0); f.write("4242 run\n"); f.flush(); time.sleep(3600)' &
HOLDER=$!
sleep 0.5
seconds() { # prints the wall time of one run and checks its exit status and that it wrote one line
	local want=$1; shift
	local start end status lines
	start=$(date +%s.%N)
	set +e; java $JAVA_OPTS -jar "$JAR" "$@" >out.txt 2>err.txt; status=$?; set -e
	end=$(date +%s.%N)
	lines=$(wc -l <err.txt)
	if [[ $status -ne $want || ( $want -ne 0 && ( $lines -ne 1 || -s out.txt ) ) ]]; then
		echo "unexpected: exit $status, $lines lines for $*" >&2; cat err.txt >&2; exit 1
	fi
	echo "$end - $start" | bc
}
declare -A CASES=(
	[scope]="report --month 2019-07 --scope 火星市 --data fresh-scope:2"
	[lang]="report --month 2019-07 --lang fr --data fresh-lang:2"
	[held]="report --month 2019-07 --data held:1"
)
for name in scope lang held; do
	spec=${CASES[$name]}; args=${spec%:*}; want=${spec##*:}
	ratios=()
	for ((i = 1; i <= PAIRS; i++)); do
		rm -rf fresh-scope fresh-lang
		help=$(seconds 0 report --help)
		case=$(seconds "$want" $args)
		[[ -e fresh-scope || -e fresh-lang ]] && { echo "a data folder was created by: $args" >&2; exit 1; }
		ratio=$(echo "scale=2; $case / $help" | bc)
		ratios+=("$ratio")
		printf '%-5s pair %d: help %.2f s, case %.2f s, ratio %s\n' "$name" "$i" "$help" "$case" "$ratio"
	done
	median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
	echo "$name median ratio: $median (exit $want, one line)"
done
