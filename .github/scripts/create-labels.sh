#!/usr/bin/env bash
# Creates (or updates) the labels the issue forms and workflows apply: GitHub does not create a label an issue form names,
# it silently leaves it off. Run once per repository, by a maintainer, with the GitHub CLI logged in:
#   bash .github/scripts/create-labels.sh                # the repository of the current folder
#   bash .github/scripts/create-labels.sh OWNER/REPO     # another one
set -euo pipefail
repo=("${1:+--repo}" "${1:-}")
[ -z "${1:-}" ] && repo=()
# ${repo[@]+…}: an empty array under set -u is an error in bash before 4.4 (macOS ships 3.2).
label() { gh label create "$1" ${repo[@]+"${repo[@]}"} --color "$2" --description "$3" --force; }
label "entry proposal" 0E8A16 "A proposed new entry (issue form: Propose an entry)"
label "correction"     D93F0B "A reported factual error (issue form: Report a correction)"
label "link-rot"       B60205 "Broken links and unarchived sources, from the weekly link check"
label "dependencies"   0366D6 "Dependency updates (Dependabot)"
