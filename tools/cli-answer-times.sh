#!/usr/bin/env bash
# Times the command line's early answers against `report --help`, as interleaved pairs (issue 10):
# an unknown scope and a bad --lang (exit 2) on a fresh data folder, an unknown scope against a database that holds
# the sample ledgers (exit 2), and a second launch against a data folder another process holds (exit 1). Each run is timed by /usr/bin/time (wall, and CPU = user + sys); prints each pair
# and, per case, the median of the pairs' wall and CPU ratios.
# Usage: tools/cli-answer-times.sh [target/investpromo.jar] [pairs]   (run it under the build lock: flock /tmp/ip-build.lock …)
# JAVA_OPTS (e.g. -XX:SharedArchiveFile=app/investpromo.jsa) is passed to every run, --help included.
set -euo pipefail
JAR=$(readlink -f "${1:-target/investpromo.jar}")
SAMPLES=$(readlink -f "$(dirname "$0")/../input")
PAIRS=${2:-3}
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
# a database with the sample ledgers in it, made once, as a bureau's data folder is after its first run
java -jar "$JAR" import --input "$SAMPLES" --data stored >/dev/null 2>&1
timed() { # prints "wall cpu" of one run and checks its exit status and that it wrote one line
	local want=$1; shift
	local status lines wall user sys
	set +e; /usr/bin/time -o time.txt -f '%e %U %S' java $JAVA_OPTS -jar "$JAR" "$@" >out.txt 2>err.txt; status=$?; set -e
	read -r wall user sys < <(tail -n 1 time.txt)
	lines=$(wc -l <err.txt)
	if [[ $status -ne $want || ( $want -ne 0 && ( $lines -ne 1 || -s out.txt ) ) ]]; then
		echo "unexpected: exit $status, $lines lines for $*" >&2; cat err.txt >&2; exit 1
	fi
	echo "$wall $(echo "$user + $sys" | bc)"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
declare -A CASES=(
	[scope]="report --month 2019-07 --scope 火星市 --data fresh-scope:2"
	[lang]="report --month 2019-07 --lang fr --data fresh-lang:2"
	[stored]="report --month 2019-07 --scope 火星市 --data stored:2"
	[held]="report --month 2019-07 --data held:1"
)
for name in scope stored lang held; do
	spec=${CASES[$name]}; args=${spec%:*}; want=${spec##*:}
	walls=(); cpus=()
	for ((i = 1; i <= PAIRS; i++)); do
		rm -rf fresh-scope fresh-lang
		read -r help_wall help_cpu < <(timed 0 report --help)
		read -r case_wall case_cpu < <(timed "$want" $args)
		[[ -e fresh-scope || -e fresh-lang ]] && { echo "a data folder was created by: $args" >&2; exit 1; }
		wall_ratio=$(echo "scale=2; $case_wall / $help_wall" | bc)
		cpu_ratio=$(echo "scale=2; $case_cpu / $help_cpu" | bc)
		walls+=("$wall_ratio"); cpus+=("$cpu_ratio")
		printf '%-5s pair %d: help %.2f s wall %.2f s CPU, case %.2f s wall %.2f s CPU, ratio wall %s CPU %s\n' \
			"$name" "$i" "$help_wall" "$help_cpu" "$case_wall" "$case_cpu" "$wall_ratio" "$cpu_ratio"
	done
	echo "$name median ratio: wall $(printf '%s\n' "${walls[@]}" | median), CPU $(printf '%s\n' "${cpus[@]}" | median) (exit $want, one line: $(cat err.txt))"
done
