#!/usr/bin/env bash
# tests/bench/compare.sh OLD_PLAN NEW_PLAN [MUTANTS]: a differential check for
# performance work. Runs two builds of plan on the same inputs and reports any
# difference in stdout, stderr or exit code: every fixture and example, the
# typical benchmark repository, and MUTANTS (default 400) seeded mutants of
# them: a value turned into a number, a float, an octal or hexadecimal number,
# .nan, true, null or an empty value; a key added, a line deleted or repeated;
# a control character, invalid UTF-8, a stray byte order mark, a bidi
# control or a lone carriage return; a duplicate list item; an overlong
# value or id. Exit status 0 when the outputs are identical everywhere.
set -u
old=$(realpath "${1:?usage: compare.sh OLD_PLAN NEW_PLAN [MUTANTS]}")
new=$(realpath "${2:?usage: compare.sh OLD_PLAN NEW_PLAN [MUTANTS]}")
mutants=${3:-400}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

differences=0
runs=0
failing=0  # runs where plan found errors (or failed)
schema=0   # runs with a schema finding
# run_both DIR ARGS...: the same command with both builds, compared.
run_both() {
    local dir=$1
    shift
    local a="$work/a" b="$work/b"
    (cd "$dir" && env -i PATH="$PATH" HOME=/tmp LC_ALL=C.UTF-8 TZ=UTC "$old" "$@" >"$a.out" 2>"$a.err" </dev/null; echo $? >"$a.code")
    (cd "$dir" && env -i PATH="$PATH" HOME=/tmp LC_ALL=C.UTF-8 TZ=UTC "$new" "$@" >"$b.out" 2>"$b.err" </dev/null; echo $? >"$b.code")
    runs=$((runs + 1))
    [ "$(cat "$a.code")" = 0 ] || failing=$((failing + 1))
    grep -qo '"check": *"schema"' "$a.out" && schema=$((schema + 1))
    if ! cmp -s "$a.out" "$b.out" || ! cmp -s "$a.err" "$b.err" || ! cmp -s "$a.code" "$b.code"; then
        differences=$((differences + 1))
        echo "DIFFERENT: (in $dir) plan $*"
        diff <(cat "$a.code" "$a.out" "$a.err") <(cat "$b.code" "$b.out" "$b.err") | head -20
    fi
}

check_repo() {  # DIR: the commands whose output depends on the loader
    local d=$1
    run_both "$d" validate . --as-of 2017-10-31
    run_both "$d" validate . --as-of 2017-10-31 --format json
    run_both "$d" status . --as-of 2017-10-31 --format json
    run_both "$d" overdue . --as-of 2017-10-31 --format json
    run_both "$d" report . --as-of 2017-10-31 --format md --no-history
}

repos=()
while IFS= read -r p; do repos+=("$(dirname "$p")"); done < <(
    find "$root/tests/fixtures" "$root/examples" -name plan.yaml -not -path '*/node_modules/*' | sort)
[ -d "$root/build/bench-corpus/typical" ] && repos+=("$root/build/bench-corpus/typical")
for d in "${repos[@]}"; do check_repo "$d"; done
echo "compare: ${#repos[@]} repositories checked"

# Mutants: one change to one file of a copy of a source repository.
sources=("$root/examples/leicestershire-2017")
[ -d "$root/build/bench-corpus/typical" ] && sources+=("$root/build/bench-corpus/typical")
values=('42' '1.5' '010' '0x1F' '0o17' '.nan' '-.inf' 'true' 'no' '~' '' '"x"' '[1, 1]' '{a: 1}' '2017-02-30'
        '99999999999999999999' '-1' '"3-5"' '3-5' 'all' '"2017"' '2017' 'year-on-year' 'finished' '"  "')
for ((m = 0; m < mutants; m++)); do
    src=${sources[$((m % ${#sources[@]}))]}
    rm -rf "$work/repo"
    cp -r "$src" "$work/repo"
    mapfile -t files < <(cd "$work/repo" && find plan.yaml actions kpis -type f -name '*.yaml' | sort)
    file=${files[$(((m * 7919 + 13) % ${#files[@]}))]}
    lines=$(wc -l <"$work/repo/$file")
    line=$(((m * 104729 + 7) % lines + 1))
    kind=$((m % 12))
    value=${values[$(((m / 12) % ${#values[@]}))]}
    awk -v line="$line" -v kind="$kind" -v value="$value" -v seed="$m" '
        function indent(s) { match(s, /^[ -]*/); return substr(s, 1, RLENGTH) }
        NR != line { print; next }
        kind == 0 || kind == 1 || kind == 2 { if (match($0, /: /)) { print substr($0, 1, RSTART + 1) value } else print; next }
        kind == 3 { next }                                   # line deleted
        kind == 4 { print; print; next }                     # line repeated
        kind == 5 { ind = indent($0); gsub(/-/, " ", ind); print; print ind "colour: red"; next }
        kind == 6 { printf "%s\001\n", $0; next }
        kind == 7 { printf "%s\303(\n", $0; next }           # invalid UTF-8
        kind == 8 { printf "%s\357\273\277\n", $0; next }    # a byte order mark mid-file
        kind == 9 { printf "%s\342\200\256x\n", $0; next }   # U+202E
        kind == 10 { printf "%s\r\n", $0; next }             # CRLF on one line
        kind == 11 { if (match($0, /: /)) { s = ""; for (i = 0; i < 70 + seed % 600; i++) s = s "x"; print substr($0, 1, RSTART + 1) s } else print; next }
    ' "$work/repo/$file" >"$work/mutant" && mv "$work/mutant" "$work/repo/$file"
    run_both "$work/repo" validate . --as-of 2017-10-31 --format json
    run_both "$work/repo" validate . --as-of 2017-10-31
done
echo "compare: $mutants mutants checked; $runs runs ($failing with errors, $schema with schema findings), $differences with different output"
[ "$differences" -eq 0 ]
