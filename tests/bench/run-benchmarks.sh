#!/bin/bash
# run-benchmarks.sh: time the framework reader and writer against json-glib, Python and jq
#
# Copyright 2026 The Skillframe authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: run-benchmarks.sh [OPTION…] [BUILD_DIR]
#
#   --no-build         do not run ninja first (the meson run_target builds)
#   --data-dir DIR     where the generated frameworks are kept and reused
#                      (default: BUILD_DIR/bench-data)
#   --count N          frameworks in the corpus (default 1000)
#   --statements N     statements in the big framework (default 10000)
#   --runs N           whole-command timings of Python and jq (default 5)
#   --smoke            a quick check that the generator, the tool and
#                      bench-format work together (the bench-smoke test)
#
# Results on stdout, progress on stderr. `ninja -C BUILD_DIR benchmarks`
# runs this script.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_root=$(cd "$here/../.." && pwd)
python=${SKILLFRAME_BENCH_PYTHON:-/usr/bin/python3}
build=
data=
build_first=1
smoke=0
count=1000
statements=10000
runs=5

usage () {
  sed -n '/^# Usage/,/^# runs this/s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --no-build) build_first=0 ;;
    --smoke) smoke=1 ;;
    --data-dir) data=$2; shift ;;
    --count) count=$2; shift ;;
    --statements) statements=$2; shift ;;
    --runs) runs=$2; shift ;;
    -h|--help) usage ;;
    -*) echo "run-benchmarks.sh: unknown option $1" >&2; usage ;;
    *) [ -z "$build" ] || usage; build=$1 ;;
  esac
  shift
done

build=$(cd "${build:-$source_root/_build}" && pwd)
bench_format=$build/tests/bench/bench-format
bench_json=$build/tests/bench/bench-json
bench_interchange=$build/tests/bench/bench-interchange
tool=$build/src/tool/skillframe-tool
gen=$here/gen-corpus.py

say () { echo "run-benchmarks: $*" >&2; }
die () { echo "run-benchmarks: $*" >&2; exit 1; }

[ -x "$python" ] || python=$(command -v python3) || die "python3 not found"

# The generated files must load and be canonical.
check_files () {
  "$tool" fmt --check "$@" >&2 || die "generated files are not canonical: $*"
  "$tool" stats "$@" >/dev/null || die "generated files do not load: $*"
}

if [ $smoke = 1 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$python" "$gen" corpus "$tmp/corpus" --count 3 2>/dev/null
  "$python" "$gen" big "$tmp/big.json" --statements 200 2>/dev/null
  check_files "$tmp/corpus" "$tmp/big.json"
  "$bench_format" --quick --check "$tmp/big.json" "$tmp/corpus"
  "$bench_format" --rss-load-save "$tmp/big.json"
  "$bench_json" --quick "$source_root/seeds/medical-and-clinical-laboratory-technologists.json" \
    "$tmp/big.json"
  if [ -x "$build/tests/bench/bench-onet" ]; then
    "$build/tests/bench/bench-onet" --smoke "$tmp/onet"
  fi
  "$tool" export --format=case "$tmp/big.json" -o "$tmp/big.case.json"
  "$bench_interchange" --quick "$tmp/corpus" "$tmp/big.case.json"
  exit 0
fi

if [ $build_first = 1 ]; then
  say "building in $build"
  ninja -C "$build" tests/bench/bench-format tests/bench/bench-validate \
    tests/bench/bench-json tests/bench/bench-interchange src/tool/skillframe-tool >&2
fi
[ -x "$bench_format" ] || die "$bench_format missing: configure with -Dbenchmarks=true"

# (b) The corpus and the big framework, reused while the generator, the
# seed and the parameters are the same.
data=${data:-$build/bench-data}
mkdir -p "$data"
corpus=$data/corpus-$count
big=$data/big-$statements.json
key=$(cat "$gen" "$source_root/seeds/medical-and-clinical-laboratory-technologists.json" |
      sha256sum | cut -c1-16)
if [ "$(cat "$corpus.stamp" 2>/dev/null)" != "$key" ]; then
  say "generating $count frameworks in $corpus"
  rm -f "$corpus.stamp"
  "$python" "$gen" corpus "$corpus" --count "$count"
  check_files "$corpus"
  echo "$key" > "$corpus.stamp"
else
  say "reusing $corpus"
fi
if [ "$(cat "$big.stamp" 2>/dev/null)" != "$key" ]; then
  say "generating $big"
  rm -f "$big.stamp"
  "$python" "$gen" big "$big" --statements "$statements"
  check_files "$big"
  echo "$key" > "$big.stamp"
else
  say "reusing $big"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$corpus" -maxdepth 1 -name '*.json' -print0 | sort -z > "$work/files"
nfiles=$(tr -cd '\0' < "$work/files" | wc -c)
corpus_bytes=$(xargs -0 -a "$work/files" cat | wc -c)

echo "== Skillframe benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) CPUs, $(uname -sr)"
buildtype=$("$python" -c 'import json, sys
print(*[o["value"] for o in json.load(open(sys.argv[1])) if o["name"] == "buildtype"])' \
  "$build/meson-info/intro-buildoptions.json" 2>/dev/null || echo unknown)
echo "build: $build (buildtype $buildtype)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine makes the figures noisy)"
echo "corpus: $corpus ($nfiles files, $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
echo "big: $big"
echo

# (c) bench-format: load, save and write of the big framework, peak RSS,
# and the reader over the corpus.
say "running bench-format"
results=$work/results.tsv
"$bench_format" --results "$results" "$big" "$corpus"
echo

# The JSON reader alone against json-glib's, on the seed and the big
# framework: the figures quoted at the top of src/core/sf-json.c.
say "running bench-json"
"$bench_json" "$source_root/seeds/medical-and-clinical-laboratory-technologists.json" "$big"
echo

# Publication and CASE export of the corpus next to reading it alone, and
# the import of the big framework's CASE package (bench-interchange.c).
say "running bench-interchange"
"$tool" export --format=case "$big" -o "$work/big.case.json"
"$bench_interchange" "$corpus" "$work/big.case.json"
echo

# The three-way merge of two versions of the big framework, 1,000 edits on
# each side (bench-merge.c; issue 11 asks for under 200 ms).
if [ -x "$build/tests/bench/bench-merge" ]; then
  say "running bench-merge"
  echo "== Merge, $big"
  "$build/tests/bench/bench-merge" "$big"
  echo
fi

# The sync against a private Apache httpd over HTTPS (tests/sync/): a pull
# of the corpus next to curl fetching the same files, and a sync with no
# change (bench-sync.c; issue 11 asks for no slower than curl, and for one
# request under 300 ms).
if [ -x "$build/tests/bench/bench-sync" ] && command -v apache2 >/dev/null && command -v curl >/dev/null; then
  say "running bench-sync"
  echo "== Sync, $corpus, local Apache httpd over HTTPS"
  server=$(mktemp -d)
  sync_url=$("$source_root/tests/sync/webdav-fixture.sh" start apache "$server")
  "$build/tests/bench/bench-sync" --url "$sync_url" --ca "$server/ca.pem" \
    --password-file "$server/password" "$corpus" || echo "bench-sync failed"
  "$source_root/tests/sync/webdav-fixture.sh" stop "$server"
  rm -rf "$server"
  echo
fi

# The corpus exported to CSV next to reading it alone, in the same run, and
# imported back (bench-csv.c; issue 9's CSV figure).
if [ -x "$build/tests/bench/bench-csv" ]; then
  say "running bench-csv"
  echo "== CSV, $corpus"
  "$build/tests/bench/bench-csv" "$corpus"
  echo
fi

# Validation of the big framework, and one edit with incremental
# re-validation (bench-validate.c).
if [ -x "$build/tests/bench/bench-validate" ]; then
  say "running bench-validate"
  echo "== Validation, $big"
  "$build/tests/bench/bench-validate" "$big"
  echo
fi

# The editor: start-up, the big framework's first frame, memory, scrolling
# and typing (bench-editor.c), under a private display.
if [ -x "$build/tests/bench/bench-editor" ] && command -v Xvfb >/dev/null; then
  say "running bench-editor"
  echo "== Editor, $big"
  GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GTK_A11Y=none \
    "$source_root/tests/xvfb-wrapper.sh" "$build/tests/bench/bench-editor" \
    "$source_root/seeds/medical-and-clinical-laboratory-technologists.json" "$big" 2>/dev/null
  echo
fi

# Find across every statement of the big framework: the core search alone,
# and in the editor from a keystroke to the count shown (bench-search.c).
if [ -x "$build/tests/bench/bench-search" ] && command -v Xvfb >/dev/null; then
  say "running bench-search"
  echo "== Search, $big"
  GSETTINGS_SCHEMA_DIR="$build/data" GSETTINGS_BACKEND=memory GTK_A11Y=none \
    "$source_root/tests/xvfb-wrapper.sh" "$build/tests/bench/bench-search" "$big" 2>/dev/null
  echo
fi

# Importing one occupation from an O*NET database of the real size, from
# the folder and from the zip (bench-onet.c); the database is generated
# once into the data folder.
if [ -x "$build/tests/bench/bench-onet" ]; then
  say "running bench-onet"
  "$build/tests/bench/bench-onet" "$data/onet"
  echo
fi

# (d) Python's json module and jq over the same corpus.
python_code='
import json, statistics, sys, time
paths = open(sys.argv[1], "rb").read().split(b"\0")[:-1]
passes = int(sys.argv[2])
def load_all():
    for p in paths:
        with open(p, encoding="utf-8") as f:
            json.load(f)
if passes == 0:
    load_all()
    sys.exit(0)
times = []
for i in range(passes + 1):
    t = time.perf_counter()
    load_all()
    if i:
        times.append(time.perf_counter() - t)
data = []
for p in paths:
    with open(p, "rb") as f:
        data.append(f.read().decode("utf-8"))
loads = []
for i in range(passes + 1):
    t = time.perf_counter()
    for d in data:
        json.loads(d)
    if i:
        loads.append(time.perf_counter() - t)
print("python_load\t%.9f\t%.9f" % (statistics.median(times), min(times)))
print("python_loads\t%.9f\t%.9f" % (statistics.median(loads), min(loads)))
'

say "timing Python json inside the interpreter"
"$python" -c "$python_code" "$work/files" "$runs" >> "$work/other.tsv"

# Whole-command wall time: median of $runs runs after a warm-up, in seconds.
wall_time () {
  local name=$1; shift
  if command -v hyperfine >/dev/null; then
    hyperfine --style none --warmup 1 --runs "$runs" --export-json "$work/$name.json" \
      -- "$*" >/dev/null 2>&1 || die "hyperfine failed: $*"
    "$python" -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.9f\t%.9f" % (r["median"], r["min"]))' "$work/$name.json"
  else
    local times=() s e
    bash -c "$*" >/dev/null 2>&1
    for ((i = 0; i < runs; i++)); do
      s=$(date +%s.%N)
      bash -c "$*" >/dev/null 2>&1
      e=$(date +%s.%N)
      times+=("$(awk -v s="$s" -v e="$e" 'BEGIN { printf "%.9f", e - s }')")
    done
    printf '%s\n' "${times[@]}" | sort -g |
      awk '{ t[NR] = $1 } END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
                               printf "%.9f\t%.9f\n", m, t[1] }'
  fi
}
timer=$(command -v hyperfine >/dev/null && echo hyperfine || echo "bash date +%s.%N")

say "timing the whole Python command ($timer)"
printf 'python_wall\t%s\n' "$(wall_time python "'$python' -c '$python_code' '$work/files' 0")" \
  >> "$work/other.tsv"

say "timing the whole skillframe-tool stats command ($timer)"
printf 'tool_wall\t%s\n' "$(wall_time tool "'$tool' stats '$corpus'")" >> "$work/other.tsv"

if command -v jq >/dev/null; then
  say "timing jq empty ($timer)"
  printf 'jq_wall\t%s\n' "$(wall_time jq "xargs -0 -a '$work/files' jq empty")" \
    >> "$work/other.tsv"
  jq_version=$(jq --version)
else
  echo "run-benchmarks: jq is not installed, so it is left out of the table:" \
       "install it (apt-get install jq) to compare with it" >&2
  jq_version=
fi

# Full validation against ajv's JSON Schema check alone, same files, same run.
# tests/schema-check.sh installs ajv-cli into the npm cache on first use.
schema=$source_root/data/schema/skillframe-1.schema.json
npm_cache=${SKILLFRAME_NPM_CACHE:-$HOME/.cache/skillframe-npm}
first_file=$(find "$corpus" -maxdepth 1 -name '*.json' -print -quit)
if "$source_root/tests/schema-check.sh" "$schema" "$first_file" >/dev/null 2>&1; then
  say "timing skillframe-tool validate and ajv validate ($timer)"
  printf 'validate_wall\t%s\n' "$(wall_time validate "'$tool' validate '$corpus' >/dev/null 2>&1; test \$? -le 1")" \
    >> "$work/other.tsv"
  printf 'ajv_wall\t%s\n' "$(wall_time ajv "'$npm_cache/node_modules/.bin/ajv' validate -s '$schema' -d '$corpus/*.json' --spec=draft2020 -c ajv-formats --strict=false")" \
    >> "$work/other.tsv"
else
  echo "run-benchmarks: ajv-cli could not be installed (needs node and npm), so validation is not compared" >&2
fi

# The table: one row per reader, time for the whole corpus and MB/s.
echo "== Reading the corpus: $nfiles frameworks, $(awk -v b="$corpus_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
echo "   (MB = 10^6 bytes; median and best of $runs runs after a warm-up; MB/s from the median)"
"$python" - "$results" "$work/other.tsv" "$corpus_bytes" "$jq_version" "$timer" <<'EOF'
import sys
results, other, size, jq_version, timer = sys.argv[1:6]
size = int(size)
r = {}
for path in (results, other):
    for line in open(path):
        fields = line.rstrip('\n').split('\t')
        r[fields[0]] = (float(fields[1]), float(fields[2]))
pyver = sys.version.split()[0]
rows = [
    ('Skillframe sf_format_read', 'in memory: parse + model (bench-format)', 'corpus_read'),
    ('Skillframe sf_format_read + free', 'in memory: parse + model + free', 'corpus_read_free'),
    ('Skillframe sf_format_load_file', 'file read + parse + model + free', 'corpus_load_file'),
    ('Python %s json.loads' % pyver, 'in memory (str), in-process time', 'python_loads'),
    ('Python %s json.load' % pyver, 'file read + parse, in-process time', 'python_load'),
    ('Python %s json.load' % pyver, 'whole command, wall (%s)' % timer, 'python_wall'),
    ('skillframe-tool stats', 'whole command, wall (%s)' % timer, 'tool_wall'),
]
if jq_version:
    rows.append(('%s empty' % jq_version, 'whole command, wall (%s)' % timer, 'jq_wall'))
else:
    rows.append(('jq empty', 'not installed: apt-get install jq', None))
w1 = max(len(x[0]) for x in rows)
w2 = max(len(x[1]) for x in rows)
fmt = '%-*s  %-*s  %8s  %8s  %7s'
print(fmt % (w1, 'reader', w2, 'what is timed', 'median s', 'best s', 'MB/s'))
print('%s  %s  %s  %s  %s' % ('-' * w1, '-' * w2, '-' * 8, '-' * 8, '-' * 7))
for name, what, key in rows:
    if key not in r:
        print(fmt % (w1, name, w2, what, '-', '-', '-'))
    else:
        median, best = r[key]
        print('%-*s  %-*s  %8.3f  %8.3f  %7.1f' % (w1, name, w2, what, median, best,
                                                  size / median / 1e6))
print()
print('== Targets')
def target(label, value, limit, unit):
    if value is None:
        print('%-44s  not measured' % label)
        return
    print('%-44s  %8.1f %-3s  (target < %d %s)  %s'
          % (label, value, unit, limit, unit, 'ok' if value < limit else 'MISSED'))
ms = lambda k: r[k][0] * 1e3 if k in r else None
target('load the big framework (median)', ms('big_load'), 150, 'ms')
target('save over an existing file (median)', ms('big_save'), 150, 'ms')
target('save as a new file (median)', ms('big_save_new'), 150, 'ms')
rss = max(r.get('rss_maxrss_kib', (0,))[0], r.get('rss_vmhwm_kib', (0,))[0]) / 1024 or None
target('peak RSS, one load+save', rss, 100, 'MiB')

print()
print('== Validating the corpus (whole command, wall, %s)' % timer)
if 'validate_wall' in r and 'ajv_wall' in r:
    v, a = r['validate_wall'][0], r['ajv_wall'][0]
    print('%-60s  %8.3f s  (best %.3f s)' % ('skillframe-tool validate: every rule', v, r['validate_wall'][1]))
    print('%-60s  %8.3f s  (best %.3f s)' % ('ajv-cli validate: the JSON Schema alone', a, r['ajv_wall'][1]))
    print('%-60s  %s' % ('full validation no slower than the schema check',
                         'ok (%.2fx ajv)' % (v / a) if v <= a else 'MISSED (%.2fx ajv)' % (v / a)))
else:
    print('not measured: ajv-cli is not installed')
EOF
