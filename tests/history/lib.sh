# Helpers for history tests: each case builds a real git repository in a
# temporary folder with fixed authors and dates, runs plan, and prints what
# it printed; run-case compares that with the case's .expected file.
set -u
PLAN=${PLAN:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" GIT_CONFIG_NOSYSTEM=1 TZ=UTC LC_ALL=C.UTF-8
mkdir -p "$HOME"
git config --global user.name "Test" && git config --global user.email test@example.org
git config --global init.defaultBranch main

repo="$work/repo"
mkdir -p "$repo"
cd "$repo" || exit 2
git init -q

# commit DATE AUTHOR MESSAGE: commit everything as AUTHOR at noon UTC on DATE.
commit() {
  git add -A
  GIT_AUTHOR_NAME="$2" GIT_AUTHOR_EMAIL="$(echo "$2" | tr -d ' ')@example.org" \
  GIT_COMMITTER_NAME="$2" GIT_COMMITTER_EMAIL="$(echo "$2" | tr -d ' ')@example.org" \
  GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" \
    git commit -q --allow-empty -m "$3"
}

# run ARGS...: run plan, print its stdout, stderr and exit code.
run() {
  echo "\$ plan $*"
  "$PLAN" "$@" >"$work/out" 2>"$work/err"
  local code=$?
  cat "$work/out"
  sed 's/^/stderr: /' "$work/err"
  echo "exit $code"
  echo
}

# base_plan DIR: a small valid plan (3 recommendations, board meetings).
base_plan() {
  local d=${1:-.}
  mkdir -p "$d/actions" "$d/kpis"
  cat > "$d/plan.yaml" <<'YAML'
version: 1
plan:
  id: northby
  title: Northby Children's Services Improvement Plan
  authority: Northby Borough Council
  start: 2017-01-01
  end: 2018-12-31
inspection:
  body: Ofsted
  judgements:
    - {area: Overall effectiveness, grade: inadequate}
  recommendations:
    - {id: 1, title: Supervision, text: Improve the quality of supervision.}
    - {id: 2, title: Assessments, text: Make assessments timely.}
    - {id: 3, title: Care leavers, text: Improve pathway plans.}
themes:
  - {id: practice, title: Practice}
meetings:
  - id: board
    title: Improvement Board
    cadence: monthly
    dates: [2017-03-28, 2017-04-25, 2017-05-30, 2017-06-27]
YAML
  cat > "$d/actions/practice.yaml" <<'YAML'
actions:
  - id: A-1
    title: Supervision policy
    theme: practice
    recommendations: [1]
    leads: [Head of Service]
    due: 2017-04
    status: in-progress
  - id: A-2
    title: Assessment timeliness
    theme: practice
    recommendations: [2]
    leads: [Service Manager]
    due: 2017-06-30
    status: in-progress
  - id: A-3
    title: Pathway plans
    theme: practice
    recommendations: [3]
    leads: [Leaving Care Manager]
    due: 2017-09
    status: not-started
YAML
  cat > "$d/kpis/timeliness.yaml" <<'YAML'
kpi:
  id: timeliness
  title: Assessments within 45 days
  unit: percent
  better: higher
  frequency: monthly
  target: {value: 85, by: 2017-12}
  tolerance: 5
  data:
    - {period: 2017-01, value: 70}
    - {period: 2017-02, value: 72}
YAML
}
