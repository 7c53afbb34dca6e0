#!/usr/bin/env bash
# The exercises, checked both ways (.ci/run calls this):
#  0. Every exercise has its check beside it, its solution, and its blank in exercises/_blanks/,
#     the same bytes as the file shipped (deno task exercise --reset NN copies it back).
#  1. As shipped, every exercise reads "not started" in deno task exercises, and deno task
#     exercise stops at exercise 01 with exit code 1.
#  2. With every solution copied over its exercise, in a temporary copy of the project, every
#     exercise reads "done", the progress reads all done, and deno task exercise exits with 0.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() {
  echo "exercises: $*" >&2
  exit 1
}

shopt -s nullglob
blanks=()
for file in exercises/[0-9][0-9]_*.ts; do
  case "$file" in *.check.ts) ;; *) blanks+=("$file") ;; esac
done
count=${#blanks[@]}
[ "$count" -gt 0 ] || fail "no exercise files in exercises/"
solutions=(exercises/solutions/[0-9][0-9]_*.ts)
[ "${#solutions[@]}" -eq "$count" ] || fail "$count exercises but ${#solutions[@]} solutions"
for file in "${blanks[@]}"; do
  name=$(basename "$file")
  [ -f "${file%.ts}.check.ts" ] || fail "$file has no check beside it (${file%.ts}.check.ts)"
  [ -f "exercises/solutions/$name" ] || fail "$file has no solution in exercises/solutions/"
  cmp -s "$file" "exercises/_blanks/$name" ||
    fail "$file differs from its blank exercises/_blanks/$name (a blank is shipped as is)"
done
echo "$count exercises, each with its check, its solution and its blank"

echo "As shipped: deno task exercises"
listing=$(deno task -q exercises)
echo "$listing"
started=$(grep -c '  not started$' <<<"$listing" || true)
[ "$started" -eq "$count" ] || fail "$started of $count exercises read 'not started'"
grep -qx "0/$count done\. .*" <<<"$listing" || fail "the progress does not read 0/$count done"

echo
echo "As shipped: deno task exercise"
code=0
output=$(deno task -q exercise) || code=$?
echo "$output"
[ "$code" -eq 1 ] || fail "deno task exercise exited with $code, not 1, with every blank in place"
grep -qx "Exercise 01, .*: not started" <<<"$output" || fail "exercise 01 does not read 'not started'"

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
tar --exclude=./.git --exclude=./exercises/.progress.json -cf - . | tar -xf - -C "$copy"
cp "${solutions[@]}" "$copy/exercises/"

echo
echo "With the solutions copied in (a temporary copy): deno task exercises"
listing=$(cd "$copy" && deno task -q exercises)
echo "$listing"
done=$(grep -c '  done$' <<<"$listing" || true)
[ "$done" -eq "$count" ] || fail "$done of $count exercises read 'done' with the solutions in place"
grep -qx "$count/$count done\. All done! .*" <<<"$listing" || fail "the progress is not all done"

echo
echo "With the solutions copied in (a temporary copy): deno task exercise"
(cd "$copy" && deno task -q exercise) || fail "deno task exercise failed with the solutions in place"

echo
echo "An endless loop in exercise 01 (a temporary copy): deno task exercise 01 --time-limit 1"
# The worker is stopped at the time limit; the checker must then print its verdict and exit,
# not hold the terminal (a terminated worker keeps Deno's process open: main.ts calls Deno.exit).
sed -i '0,/^export function dot(.*{$/s//&\n  while (true) { \/* never ends *\/ }/' "$copy/exercises/01_prediction.ts"
grep -q "never ends" "$copy/exercises/01_prediction.ts" || fail "the endless loop was not planted"
code=0
output=$(cd "$copy" && timeout 60 deno task -q exercise 01 --time-limit 1) || code=$?
echo "$output"
[ "$code" -ne 124 ] || fail "deno task exercise did not exit within 60 s after its 1 s time limit"
[ "$code" -eq 1 ] || fail "deno task exercise exited with $code, not 1, on an endless loop"
grep -q "did not finish within 1 s" <<<"$output" || fail "the endless loop was not reported"
