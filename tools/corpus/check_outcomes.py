#!/usr/bin/env python3
"""Checks an import over a corpus of foreign spreadsheets (issue 12): every file named in the manifest ends in
exactly one outcome line, on the console (standard output + standard error) and in the log file, and tallies
the outcomes; with a fifth argument, also how each file's outcome in the manifest changed.

    java -jar target/investpromo.jar import --input CORPUS --data DATA > out.txt 2> err.txt
    python3 tools/corpus/check_outcomes.py CORPUS/manifest.tsv out.txt err.txt DATA/logs/investpromo.log [compare]

An outcome line is `错误 / error: <file>：<cause>` or `<file>：已导入，…`. Exit status 1 when a file is named
other than once."""
import sys, re, collections
manifest, out, err, logf = sys.argv[1:5]
files = [l.split('\t')[0] for l in open(manifest, encoding='utf-8').read().splitlines()[1:]]
old = {l.split('\t')[0]: (l.split('\t')[6], l.split('\t')[7]) for l in open(manifest, encoding='utf-8').read().splitlines()[1:]}
def outcomes(lines):
    found = collections.defaultdict(list)
    for line in lines:
        m = re.match(r'^(?:.*investpromo\.console )?错误 / error: (.+?)：(.*)$', line)
        if m:
            found[m.group(1)].append(('refused', m.group(2)))
            continue
        m = re.match(r'^.*?(?:INFO  |LedgerItemWriter )(?:\[[^\]]*\] )?(.+?)：已导入，(.*)$', line)
        if m:
            found[m.group(1)].append(('imported', m.group(2)))
    return found
console = outcomes(open(out, encoding='utf-8', errors='replace').read().splitlines() + open(err, encoding='utf-8', errors='replace').read().splitlines())
log = outcomes(open(logf, encoding='utf-8', errors='replace').read().splitlines())
bad = 0
for name, where in (('console', console), ('log', log)):
    for f in files:
        n = len(where.get(f, []))
        if n != 1:
            bad += 1
            print(f'{name}: {f} named {n} times', where.get(f))
    extra = set(where) - set(files)
    for f in sorted(extra):
        print(f'{name}: outcome for a file not in the manifest: {f} {where[f]}')
print('files', len(files), 'problems', bad)
def cls(kind, msg):
    if kind == 'imported': return 'imported'
    if msg.startswith('没有可识别的台账工作表'): return 'no ledger sheet' + (' (no sheet at all)' if '工作簿中没有工作表' in msg else '')
    return 'refused: ' + re.sub(r'工作表 \S+ ', '工作表 X ', msg.split(' / ')[0])
tally = collections.Counter(cls(*console[f][0]) for f in files if console.get(f))
for k, v in tally.most_common():
    print(f'{v:5d}  {k}')
if len(sys.argv) > 5:
    trans = collections.Counter((old[f][0] + ' ' + old[f][1]).strip() + '  ->  ' + cls(*console[f][0]) for f in files if console.get(f))
    for k, v in sorted(trans.items()):
        print(f'{v:5d}  {k}')
sys.exit(1 if bad else 0)
