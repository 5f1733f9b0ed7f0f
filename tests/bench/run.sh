#!/usr/bin/env bash
# tests/bench/run.sh PLAN: the benchmark behind `make bench` (docs/performance.md).
#
# Builds the generator and the helpers, generates the corpora into
# build/bench-corpus/ (seeded: the same bytes on every machine), measures plan
# and the baselines on the same files in the same run, and prints a table of
# medians, ratios, peak RSS and PASS/MISS per target. It never fails on a
# time: the exit status is non-zero only when something could not run at all.
#
# Environment: BENCH_RUNS (default 5) and BENCH_SLOW_RUNS (default 3) runs per
# figure; BENCH_QUICK=1 for one run each; BENCH_NO_INSTALL=1 to skip installing
# the optional baselines (Node packages, Taskwarrior); BENCH_COUNT_PARSES=0 to
# skip counting parses under callgrind.
set -u

plan=$(realpath "${1:?usage: run.sh PATH/TO/plan}")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/build/bench-corpus"
tools="$root/build/bench-tools"
runs=${BENCH_RUNS:-5}
slow=${BENCH_SLOW_RUNS:-3}
if [ "${BENCH_QUICK:-0}" = 1 ]; then runs=1; slow=1; fi
cxx=${CXX:-c++}
mkdir -p "$out" "$tools"
results="$out/results.txt"
: >"$results"

say() { printf '%s\n' "bench: $*" >&2; }
die() { say "$*"; exit 1; }

# ---- helpers -------------------------------------------------------------------
build_tool() {  # name, extra flags
    local src="$here/$1.cpp" bin="$tools/$1"
    if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ]; then
        say "compiling $1"
        $cxx -std=c++17 -O2 -o "$bin" "$src" "${@:2}" || die "cannot compile $src"
    fi
}
build_tool gen_corpus
build_tool timeit
build_tool bare_parse -lyaml-cpp

# ---- optional baselines: Node packages, Taskwarrior ------------------------------
if [ "${BENCH_NO_INSTALL:-0}" != 1 ]; then
    command -v task >/dev/null 2>&1 || "$root/tools/install-deps" taskwarrior >&2 ||
        say "could not install taskwarrior; its baseline is skipped"
    command -v node >/dev/null 2>&1 || "$root/tools/install-deps" nodejs npm >&2 ||
        say "could not install Node; its baselines are skipped"
    if command -v npm >/dev/null 2>&1 && [ ! -d "$here/node/node_modules/ajv-cli" ]; then
        (cd "$here/node" && npm ci --no-audit --no-fund >&2) || say "npm ci failed; the Node baselines are skipped"
    fi
fi
have_node=no
command -v node >/dev/null 2>&1 && [ -d "$here/node/node_modules/ajv-cli" ] && have_node=yes
have_task=no
command -v task >/dev/null 2>&1 && have_task=yes

# ---- corpora -------------------------------------------------------------------
gen="$tools/gen_corpus"
if [ ! -f "$out/.stamp" ] || [ "$gen" -nt "$out/.stamp" ]; then
    say "generating the corpora in $out"
    rm -rf "$out/stress" "$out/typical" "$out/history" "$out/typical-json"
    "$gen" stress "$out/stress" || die "generator failed"
    "$gen" typical "$out/typical" || die "generator failed"
    git init -q -b main "$out/history" || die "git init failed"
    "$gen" history /dev/stdout | git -C "$out/history" fast-import --quiet || die "git fast-import failed"
    git -C "$out/history" reset -q --hard main || die "git reset failed"
    touch "$out/.stamp"
fi
stress="$out/stress"
typical="$out/typical"
hist="$out/history"
as_of=2019-06-30
hist_as_of=2020-03-31
first=$(git -C "$hist" rev-list --max-parents=0 HEAD)
commits=$(git -C "$hist" rev-list --count HEAD)

# The corpora must validate (warnings are expected).
for repo in "$stress" "$typical"; do
    "$plan" validate "$repo" --as-of $as_of >/dev/null 2>"$out/validate.log"
    [ $? -eq 0 ] || { tail -5 "$out/validate.log" >&2; die "$repo does not validate"; }
done
"$plan" validate "$hist" --as-of $hist_as_of >/dev/null 2>"$out/validate.log" || die "the history corpus does not validate"

# ---- measuring -----------------------------------------------------------------
# measure KEY RUNS COMMAND...: one line "KEY wall cpu rss status" in $results.
measure() {
    local key=$1 n=$2
    shift 2
    say "measuring $key ($n runs)"
    local line
    line=$("$tools/timeit" "$n" "$@") || die "timeit failed on $key"
    echo "$key $line" >>"$results"
}

measure typical.bare "$runs" "$tools/bare_parse" "$typical"
measure typical.validate "$runs" "$plan" validate "$typical" --as-of $as_of
if [ $have_node = yes ]; then
    node "$here/node/to_json.js" "$typical" "$out/typical-json"
    ajv="$here/node/node_modules/.bin/ajv"
    cat >"$tools/ajv-cli-typical.sh" <<EOF
#!/bin/sh
# ajv-cli on the typical repository: one run per schema, as a CI job would.
set -e
a="$ajv validate --spec=draft7 --strict=false --all-errors"
\$a -s "$root/schemas/plan.schema.json" -d "$out/typical-json/plan.json"
\$a -s "$root/schemas/actions.schema.json" -d "$out/typical-json/actions/*.json"
\$a -s "$root/schemas/kpi.schema.json" -d "$out/typical-json/kpis/*.json"
EOF
    chmod +x "$tools/ajv-cli-typical.sh"
    measure typical.ajvcli "$runs" "$tools/ajv-cli-typical.sh"
    measure typical.node "$runs" node "$here/node/validate.js" "$root/schemas" "$typical"
fi

measure stress.bare "$slow" "$tools/bare_parse" "$stress"
measure stress.validate "$slow" "$plan" validate "$stress" --as-of $as_of
[ $have_node = yes ] && measure stress.node "$slow" node "$here/node/validate.js" "$root/schemas" "$stress"
measure stress.overdue "$slow" "$plan" overdue "$stress" --as-of $as_of
measure stress.status "$slow" "$plan" status "$stress" --as-of $as_of
measure stress.html "$slow" "$plan" report "$stress" --as-of $as_of --format html --no-history
measure stress.md "$slow" "$plan" report "$stress" --as-of $as_of --format md --no-history
if [ $have_task = yes ]; then
    taskdata=$(mktemp -d)
    "$gen" tasks "$out/tasks.json" "$(date +%F)"
    TASKRC=/dev/null TASKDATA="$taskdata" task rc.verbose=nothing rc.confirmation=off rc.hooks=off \
        import "$out/tasks.json" >/dev/null 2>&1 || say "task import failed"
    measure stress.task "$slow" env TASKRC=/dev/null TASKDATA="$taskdata" task rc.verbose=nothing rc.gc=off \
        rc.hooks=off overdue
    rm -rf "$taskdata"
fi

measure history.changes "$slow" "$plan" changes "$hist" --since "$first" --as-of $hist_as_of
measure history.slippage "$slow" "$plan" changes "$hist" --since "$first" --slippage --as-of $hist_as_of
measure history.report "$slow" "$plan" report "$hist" --since "$first" --as-of $hist_as_of --format html

# ---- parses per distinct blob (callgrind's call counts) ----------------------------
parses_line=""
if [ "${BENCH_COUNT_PARSES:-1}" = 1 ] && command -v valgrind >/dev/null 2>&1; then
    # Distinct plan-file blobs the history holds, and those the slippage reads
    # (every version of every action file).
    distinct_all=$(git -C "$hist" rev-list --objects HEAD -- plan.yaml actions kpis |
        awk 'NF==2 && ($2=="plan.yaml" || $2 ~ /^(actions|kpis)\//) {print $1}' | sort -u | wc -l)
    distinct_actions=$(git -C "$hist" rev-list --objects HEAD -- actions |
        awk 'NF==2 && $2 ~ /^actions\// {print $1}' | sort -u | wc -l)
    count_parses() {  # command...: calls of plan::strict_parse
        local f="$out/callgrind.out"
        valgrind --tool=callgrind --callgrind-out-file="$f" "$@" >/dev/null 2>&1
        awk '/^fn=|^cfn=/ { s=$0; sub(/^c?fn=/, "", s); id=s; name=s
                            if (match(s, /^\([0-9]+\) /)) { id=substr(s, 1, RLENGTH-1); name=substr(s, RLENGTH+1) }
                            if (name != "" && id != name) names[id]=name
                            if (name == "" || id == name) name=names[id]
                            iscall = ($0 ~ /^cfn=/) && (name ~ /plan::strict_parse\(/); next }
             /^calls=/ { if (iscall) { split($0, a, /[= ]/); n += a[2] } iscall=0 }
             END { print n+0 }' "$f"
        rm -f "$f"
    }
    say "counting parses under callgrind (slow)"
    p_changes=$(count_parses "$plan" changes "$hist" --since "$first" --as-of $hist_as_of)
    p_slip=$(count_parses "$plan" changes "$hist" --since "$first" --slippage --as-of $hist_as_of)
    echo "parses changes $p_changes slippage $p_slip distinct_all $distinct_all distinct_actions $distinct_actions" >>"$results"
fi

# ---- the table -----------------------------------------------------------------
stress_mb=$(du -sb "$stress" | awk '{printf "%.1f", $1/1048576}')
typical_kb=$(du -sb "$typical" | awk '{printf "%.0f", $1/1024}')
awk -v runs="$runs" -v slow="$slow" -v smb="$stress_mb" -v tkb="$typical_kb" -v commits="$commits" '
function have(k) { return (k in wall) }
function ms(s) { return s < 1 ? sprintf("%.1f ms", s * 1000) : sprintf("%.2f s", s) }
function row(label, k) {
    if (!have(k)) { printf "| %-44s | %10s | %10s | %9s |\n", label, "skipped", "", ""; return }
    printf "| %-44s | %10s | %10s | %6.1f MiB |\n", label, ms(wall[k]), ms(cpu[k]), rss[k] / 1024
}
# target(label, ratio a/b must be <= limit) as PASS/MISS, by wall-clock medians
function target(label, a, b, limit, words,    r, verdict) {
    if (!have(a) || !have(b)) { printf "| %-62s | %9s | %-5s |\n", label, "n/a", "SKIP"; return }
    r = wall[a] / wall[b]
    verdict = r <= limit ? "PASS" : "MISS"
    printf "| %-62s | %8.2fx | %-5s |\n", label, r, verdict
}
$1 == "parses" { pc=$3; ps=$5; da=$7; dact=$9; next }
{ wall[$1]=$2; cpu[$1]=$3; rss[$1]=$4; st[$1]=$5 }
END {
    printf "\nplan benchmark: medians of %d runs (%d for the stress and history corpora), wall clock and CPU (user+system)\n", runs, slow
    printf "stress corpus %s MiB (701 files, 20,000 actions, 500 KPIs); typical %s KiB (16 files); history %d commits\n\n", smb, tkb, commits
    printf "| %-44s | %10s | %10s | %9s |\n", "command", "wall", "CPU", "peak RSS"
    printf "|%s|%s|%s|%s|\n", "----------------------------------------------", "------------", "------------", "-----------"
    row("typical: bare yaml-cpp event parse", "typical.bare")
    row("typical: plan validate", "typical.validate")
    row("typical: ajv-cli (3 runs, one per schema)", "typical.ajvcli")
    row("typical: Node js-yaml + ajv", "typical.node")
    row("stress: bare yaml-cpp event parse", "stress.bare")
    row("stress: plan validate", "stress.validate")
    row("stress: Node js-yaml + ajv", "stress.node")
    row("stress: plan overdue", "stress.overdue")
    row("stress: task overdue (Taskwarrior)", "stress.task")
    row("stress: plan status", "stress.status")
    row("stress: plan report --format html", "stress.html")
    row("stress: plan report --format md", "stress.md")
    row("history: plan changes --since FIRST", "history.changes")
    row("history: plan changes --since FIRST --slippage", "history.slippage")
    row("history: plan report --since FIRST (html)", "history.report")
    printf "\n| %-62s | %9s | %-5s |\n", "target (ratio of wall-clock medians)", "ratio", ""
    printf "|%s|%s|%s|\n", "----------------------------------------------------------------", "-----------", "-------"
    target("typical: plan validate / ajv-cli <= 0.10 (10x faster)", "typical.validate", "typical.ajvcli", 0.10)
    if (have("typical.validate")) printf "| %-62s | %9s | %-5s |\n", "typical: plan validate under 20 ms", ms(wall["typical.validate"]), wall["typical.validate"] < 0.020 ? "PASS" : "MISS"
    target("stress: plan validate / bare yaml-cpp parse <= 1.3", "stress.validate", "stress.bare", 1.3)
    target("stress: plan validate / Node js-yaml + ajv <= 1.0", "stress.validate", "stress.node", 1.0)
    target("stress: plan overdue / task overdue <= 0.667 (1.5x faster)", "stress.overdue", "stress.task", 1 / 1.5)
    target("stress: plan report html / plan validate <= 1.5", "stress.html", "stress.validate", 1.5)
    if (have("stress.validate")) printf "| %-62s | %7.1f M | %-5s |\n", "stress: plan validate peak RSS under 64 MiB", rss["stress.validate"] / 1024, rss["stress.validate"] < 65536 ? "PASS" : "MISS"
    if (pc != "") {
        printf "| %-62s | %9s | %-5s |\n", sprintf("history: changes parses %d files (distinct blobs in history %d)", pc, da), pc, "info"
        printf "| %-62s | %9s | %-5s |\n", sprintf("history: --slippage parses %d (distinct action blobs %d)", ps, dact), ps, (ps - pc <= dact) ? "PASS" : "MISS"
    }
    printf "\nOther ratios: stress plan validate / Node %.2fx, typical plan validate / Node %.2fx; CPU ratio stress validate / bare %.2fx\n",
        have("stress.node") ? wall["stress.validate"] / wall["stress.node"] : 0,
        have("typical.node") ? wall["typical.validate"] / wall["typical.node"] : 0,
        cpu["stress.validate"] / cpu["stress.bare"]
    printf "Load average while measuring: see the line below; figures are noisy when other work shares the cores.\n"
}' "$results"
printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
exit 0
