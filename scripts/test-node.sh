#!/usr/bin/env bash
# Node tests (src/**/*.node-test.ts, through tsx): what must hold outside a browser — every
# module imports without a DOM, the schema and the checker agree, the package holds what it
# should. Prints the spec report, then a plain line `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tap="$(mktemp)"
trap 'rm -f "$tap"' EXIT
mapfile -t files < <(find src -name '*.node-test.ts' | sort)
node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" "${files[@]}"
rc=$?
passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap" | tail -1)
failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tap" | tail -1)
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
exit "$rc"
