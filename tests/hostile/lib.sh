# Helpers for hostile cases' make.sh and check.sh (sourced by run-case, in
# bash, from the case's work folder). Set by run-case:
#   PLAN      the plan binary          WORK   the case's temporary folder
#   REPO      $WORK/repo, the plan repository the case is run on
#   CASE      the case folder          FIXTURES, EXAMPLE, HOSTILE, SOURCE_ROOT
# and for check.sh: CODE, STDOUT, STDERR (files of the run).
set -eu

die() { echo "$*" >&2; exit 1; }

# valid_repo [DIR]: a copy of tests/fixtures/valid (valid at 2017-10-31).
# (The sources may be read-only: see tests/safety/read-only.sh.)
valid_repo() { local d=${1:-$REPO}; rm -rf "$d"; cp -r "$FIXTURES/valid" "$d"; chmod -R u+w "$d"; }

# example_repo [DIR]: a copy of the Leicestershire example.
example_repo() { local d=${1:-$REPO}; rm -rf "$d"; cp -r "$EXAMPLE" "$d"; chmod -R u+w "$d"; }

# put PATH: standard input becomes $REPO/PATH (folders made as needed).
put() { mkdir -p "$(dirname "$REPO/$1")"; cat > "$REPO/$1"; }

# edit PATH PERL: rewrites $REPO/PATH with `perl -0pe PERL` (the whole file is
# one string, so \n matches line ends); fails when nothing changed, so that a
# case cannot silently stop testing what it says when the fixture moves on.
edit() {
  local f=$REPO/$1 before
  [ -f "$f" ] || die "edit: no file $1"
  before=$(cksum < "$f")
  perl -0pi -e "$2" "$f"
  [ "$(cksum < "$f")" != "$before" ] || die "edit: '$2' changed nothing in $1"
}

# yaml_quote TEXT: TEXT as a YAML double-quoted scalar.
yaml_quote() {
  TEXT=$1 perl -e '
    my $s = $ENV{TEXT};
    $s =~ s/\\/\\\\/g; $s =~ s/"/\\"/g; $s =~ s/\n/\\n/g; $s =~ s/\t/\\t/g;
    print "\"$s\"";'
}

# text_repo PAYLOAD [DIR]: templates/all-text, a valid plan whose every text
# field (titles, names, leads, notes, reasons, descriptions...) is PAYLOAD.
text_repo() {
  local d=${2:-$REPO} q
  q=$(yaml_quote "$1")
  rm -rf "$d"; cp -r "$HOSTILE/templates/all-text" "$d"; chmod -R u+w "$d"
  find "$d" -name '*.yaml' -print0 | xargs -0 perl -pi -e 'BEGIN { $q = shift @ARGV } s/\@T\@/$q/g' "$q"
}

# git_repo [DIR]: makes DIR a git repository with a fixed identity and no
# user or system configuration; commit DATE MESSAGE commits everything.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
git_repo() {
  local d=${1:-$REPO}
  git -C "$d" init -q -b main
  git -C "$d" config user.name "Test"; git -C "$d" config user.email test@example.org
  git -C "$d" config commit.gpgsign false
}
commit() {
  local d=${3:-$REPO}
  git -C "$d" add -A
  GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" git -C "$d" commit -q --allow-empty -m "$2"
}

# changes_history [DIR]: makes DIR (a text_repo) a git repository with a
# meeting's worth of changes: committed on 2017-09-20, then on 2017-10-25 a
# due date moved later and a progress note added (repeating the last note's
# text, so the payload is in it too).
changes_history() {
  local d=${1:-$REPO}
  git_repo "$d"
  commit 2017-09-20 "Before the meeting" "$d"
  perl -0pi -e 's/due: 2017-11-15/due: 2018-01-15/; s/(        note: )(.*)\n(  - id: T-4)/$1$2\n      - date: 2017-10-20\n        rag: red\n        note: $2\n$3/' "$d/actions/all.yaml"
  commit 2017-10-25 "After the meeting" "$d"
}

# run_plan ARGS...: runs plan as run-case does (clean environment), output to
# $WORK/run.out and $WORK/run.err; returns its exit code.
run_plan() {
  env -i PATH="$PATH" HOME="$WORK/home" LC_ALL=C.UTF-8 TZ=UTC \
    ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} ${UBSAN_OPTIONS:+UBSAN_OPTIONS=$UBSAN_OPTIONS} \
    timeout 60 "$PLAN" "$@" >"$WORK/run.out" 2>"$WORK/run.err" </dev/null
}

# same_structure_md BASELINE PAYLOAD: the Markdown files have the same
# CommonMark block and inline structure (text aside), and no raw HTML,
# images or links: plan text could not add a heading, a list, a table cell,
# emphasis, a link or markup.
same_structure_md() {
  local tool=$HOSTILE_TOOLS/md-outline
  [ -x "$tool" ] || die "md-outline is not built"
  "$tool" "$1" > "$WORK/outline.base" || die "md-outline failed on $1"
  "$tool" "$2" > "$WORK/outline.payload" || die "md-outline failed on $2"
  if grep -E '^ *(html_block|html_inline|image|link)' "$WORK/outline.payload" | head -n 5 | grep -q .; then
    echo "the Markdown has raw HTML, an image or a link:"
    grep -E '^ *(html_block|html_inline|image|link)' "$WORK/outline.payload" | head -n 5
    return 1
  fi
  if ! diff -u "$WORK/outline.base" "$WORK/outline.payload" | head -n 30; then :; fi
  cmp -s "$WORK/outline.base" "$WORK/outline.payload" || { echo "the payload changed the Markdown's structure (above)"; return 1; }
}

# safe_html BASELINE PAYLOAD: see tools/html-check.
safe_html() { perl "$HOSTILE/tools/html-check" "$1" "$2"; }

# paper_matches_baseline FORMAT ARGS...: runs plan ARGS on a copy of the
# all-text template holding harmless words ($WORK/baseline, written
# @BASE@ in ARGS) and compares the structure of its output with this case's
# stdout, for FORMAT md or html.
paper_matches_baseline() {
  local format=$1; shift
  text_repo "Plain words" "$WORK/baseline"
  local args=() a
  for a in "$@"; do args+=("${a//@BASE@/$WORK/baseline}"); done
  run_plan "${args[@]}" || die "baseline run failed ($?): $(head -n 5 "$WORK/run.err")"
  cp "$WORK/run.out" "$WORK/baseline.out"
  case $format in
    md) same_structure_md "$WORK/baseline.out" "$STDOUT" ;;
    html) safe_html "$WORK/baseline.out" "$STDOUT" ;;
    *) die "paper_matches_baseline: format md or html" ;;
  esac
}
