#!/usr/bin/env bash
# "Reproduce with" reproduces: the command ccsim records in summary.json,
# report.html, sweep.html, comparison.html and staffing.json (every option that changes the
# result, --set included, shell-quoted) gives the same bytes when run.
# Usage: bash reproduce.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
cd "$WORK"
mkdir "my scenarios"  # a path with a space, and an override with a quote
cp "$SRC/scenarios/overload_demo.yaml" "my scenarios/desk.yaml"
# the recorded command, run with this build's binary, into another folder
rerun() {  # rerun SUMMARY_JSON KEY OUT_DIR
  local command
  command=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2")
  [[ "$command" == ccsim\ * ]] || fail "not a ccsim command: $command"
  echo "$command" >>"$WORK/commands"
  bash -c "${command/#ccsim/$(printf '%q' "$CCSIM")} --quiet --out $(printf '%q' "$3")" || fail "the recorded command failed: $command"
}

expect_exit 0 "$CCSIM" run "my scenarios/desk.yaml" --seed 9 --replications 4 --set staff.agents.count=9 \
  --set "name=Tom's desk" --quiet --out first
grep -qF -- "--set staff.agents.count=9 --set 'name=Tom'\\\\''s desk'" first/summary.json \
  || fail "the command misses an override: $(grep reproduce first/summary.json)"
grep -q "Reproduce with <code>ccsim run &#39;my scenarios/desk.yaml&#39; --seed 9 --replications 4" first/report.html \
  || fail "report.html's command: $(grep -o 'Reproduce with <code>[^<]*' first/report.html)"
rerun first/summary.json reproduce again
cmp first/summary.json again/summary.json || fail "the recorded run gives other bytes"
cmp first/report.html again/report.html || fail "the recorded run's report differs"

expect_exit 0 "$CCSIM" staff "my scenarios/desk.yaml" --method simulation --criterion mean --replications 8 \
  --set staff.agents.absenteeism=5% --quiet --out staff1
grep -q '"reproduce": "ccsim staff '"'"'my scenarios/desk.yaml'"'"' --method simulation --criterion mean' staff1/staffing.json \
  || fail "staffing.json's command: $(grep reproduce staff1/staffing.json)"
rerun staff1/staffing.json reproduce staff2
cmp staff1/staffing.json staff2/staffing.json || fail "the recorded staff command gives other bytes"

expect_exit 0 "$CCSIM" sweep "my scenarios/desk.yaml" --vary staff.agents.count=9..10 --replications 3 --quiet --out sweep1
grep -q "Reproduce with <code>ccsim sweep &#39;my scenarios/desk.yaml&#39; --vary staff.agents.count=9..10" sweep1/sweep.html \
  || fail "sweep.html's command: $(grep -o 'Reproduce with <code>[^<]*' sweep1/sweep.html)"
# compare records A, B and the overrides; its page's command gives the same bytes.
cp "my scenarios/desk.yaml" "my scenarios/desk b.yaml"
expect_exit 0 "$CCSIM" compare "my scenarios/desk.yaml" "my scenarios/desk b.yaml" --set staff.agents.count=9 \
  --replications 3 --quiet --out cmp1
python3 -c 'import html, re, sys, json
page = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps({"reproduce": html.unescape(re.search(r"Reproduce with <code>([^<]*)</code>", page).group(1))}))' \
  cmp1/comparison.html >cmp1.json || fail "comparison.html has no command"
grep -qF "ccsim compare 'my scenarios/desk.yaml' 'my scenarios/desk b.yaml' --seed" cmp1.json \
  || fail "comparison.html's command: $(cat cmp1.json)"
rerun cmp1.json reproduce cmp2
cmp cmp1/comparison.csv cmp2/comparison.csv || fail "the recorded compare gives other bytes"
cmp cmp1/comparison.html cmp2/comparison.html || fail "the recorded compare's page differs"
echo "cli reproduce: ok ($(wc -l <"$WORK/commands") recorded commands rerun)"
