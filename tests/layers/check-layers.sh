#!/usr/bin/env bash
# check-layers.sh ROOT: every #include "..." under lib/ and cli/ against the
# arrows docs/layers.txt allows, and docs/architecture.md's copy of the rules
# against that file. Prints each forbidden arrow as file:line; exit 1 if any.
set -u
root=${1:?usage: check-layers.sh ROOT}
rules=$root/docs/layers.txt
status=0

declare -A allowed listed
while IFS= read -r line; do
  case $line in '#'* | '') continue ;; esac
  folder=${line%%:*}
  listed[$folder]=$(echo ${line#*:})
  allowed[$folder]=" $folder ${listed[$folder]} "
done < "$rules"
[ -n "${allowed[cli]:-}" ] || { echo "$rules: no rule for cli"; exit 1; }

# lib/ files name their includes from lib/ ("query/calendar.hpp"); cli/
# files also include their own headers without a folder ("common.hpp").
check_file() {
  local file=$1 folder=$2 n=0 line target layer
  while IFS= read -r line; do
    n=$((n + 1))
    [[ $line =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([^\"]+)\" ]] || continue
    target=${BASH_REMATCH[1]}
    if [[ $target != */* ]]; then
      [ "$folder" = cli ] && continue
      echo "${file#$root/}:$n: includes \"$target\" without its folder; write \"$folder/$target\""
      status=1
      continue
    fi
    layer=${target%%/*}
    if [[ $layer == .* ]]; then
      echo "${file#$root/}:$n: includes \"$target\" by a relative path; name it from lib/"
      status=1
    elif [ -z "${allowed[$layer]:-}" ]; then
      echo "${file#$root/}:$n: includes \"$target\": $layer/ is not a folder of lib/ in docs/layers.txt"
      status=1
    elif [[ ${allowed[$folder]} != *" $layer "* ]]; then
      echo "${file#$root/}:$n: $folder -> $layer is forbidden (docs/layers.txt: $folder may use ${listed[$folder]:-nothing else in lib})"
      status=1
    fi
  done < "$file"
}

for dir in "$root"/lib/*/; do
  folder=$(basename "$dir")
  if [ -z "${allowed[$folder]:-}" ]; then
    echo "lib/$folder/: no rule in docs/layers.txt; add one"
    status=1
    continue
  fi
  while IFS= read -r -d '' f; do check_file "$f" "$folder"; done < <(find "$dir" -name '*.[ch]pp' -print0 | sort -z)
done
while IFS= read -r -d '' f; do check_file "$f" cli; done < <(find "$root/cli" -name '*.[ch]pp' -print0 | sort -z)

# The page shows the rules as they are: the block between the markers is
# the file's rule lines.
page=$root/docs/architecture.md
shown=$(sed -n '/^<!-- layers.txt -->$/,/^<!-- end layers.txt -->$/p' "$page" | grep -v '^<!--' | grep -v '^```')
wanted=$(grep -v '^#' "$rules" | grep -v '^$')
if [ "$shown" != "$wanted" ]; then
  echo "docs/architecture.md: the rules between <!-- layers.txt --> and <!-- end layers.txt --> differ from docs/layers.txt:"
  diff <(echo "$wanted") <(echo "$shown")
  status=1
fi
[ $status = 0 ] && echo "layers: every include follows docs/layers.txt"
exit $status
