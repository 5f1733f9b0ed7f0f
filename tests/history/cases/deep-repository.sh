# A plan folder so deep that its absolute path is longer than PATH_MAX
# (4,096 bytes), run from inside it and from its actions/ folder: the plan
# is found by searching upwards and read (the system refuses the absolute
# path, ENAMETOOLONG; a path from here does not). git itself cannot work
# that deep, so this is the working tree only.
. "$(dirname "$0")/../lib.sh"
cd "$work" || exit 1
name=folder-with-a-long-name-to-go-deep
for i in $(seq 1 130); do mkdir "$name" && cd "$name" || exit 1; done
echo "depth: 130 folders, over $(( 130 * ${#name} )) bytes"
base_plan
for where in . actions; do
  (cd "$where" || exit 1
   echo "== from $where"
   "$PLAN" validate --as-of 2017-04-01 >"$work/out" 2>"$work/err"; echo "validate exit $?"
   sed 's/^/stderr: /' "$work/err"
   "$PLAN" status --as-of 2017-04-01 >"$work/out" 2>"$work/err"; echo "status exit $?"
   head -n 1 "$work/out"
   sed 's/^/stderr: /' "$work/err")
done
