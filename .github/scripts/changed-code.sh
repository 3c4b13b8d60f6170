#!/usr/bin/env bash
# Reads changed file paths (one per line) on standard input and prints `code=true` when any is outside input/, else
# `code=false`, for $GITHUB_OUTPUT. A pull request that changes only content then skips the full test suite; an empty list
# (nothing known) counts as code, so the suite runs whenever in doubt.
set -euo pipefail
seen=0
while IFS= read -r path; do
  [ -z "$path" ] && continue
  seen=1
  case "$path" in
    input/*) ;;
    *) echo "code=true"; exit 0 ;;
  esac
done
if [ "$seen" = 1 ]; then echo "code=false"; else echo "code=true"; fi
