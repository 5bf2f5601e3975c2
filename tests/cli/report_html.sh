#!/usr/bin/env bash
# End-to-end: report.html from `ccsim run --out` on every bundled scenario is
# well-formed, self-contained, has every chart with one point per interval and
# the values of summary.json, and renders in headless Chromium (not blank).
# The bank hotline's screenshot is kept as report_screenshot.png in the working
# directory (build/tests under ctest), to look at.
# Usage: bash report_html.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"

source "$(dirname "${BASH_SOURCE[0]}")/lib/screenshot.sh"

for scenario in "$SRC"/scenarios/*.yaml; do
  name="$(basename "$scenario" .yaml)"
  out="$WORK/$name"
  "$CCSIM" run "$scenario" --replications 3 --intervals all --out "$out" >"$WORK/$name.txt" 2>"$WORK/err" ||
    { cat "$WORK/err" >&2; fail "run $name"; }
  [ -s "$out/report.html" ] || fail "run $name: no report.html"
  ls "$out" | grep -q '\.tmp-' && fail "run $name: temporary files left in $out"
  # Reproducible: same seed, same bytes, whatever the number of workers.
  "$CCSIM" run "$scenario" --replications 3 --jobs 1 --quiet --out "$WORK/$name-again"
  cmp -s "$out/report.html" "$WORK/$name-again/report.html" || fail "run $name: report.html differs between runs"

  python3 - "$out/report.html" "$out/summary.json" "$WORK/$name.txt" "$name" <<'PY' || fail "report.html of $name"
import json, math, re, sys
from html_page import parse_page

report, summary_path, console, name = sys.argv[1:5]
text = open(report, encoding="utf-8").read()
s = json.load(open(summary_path))
intervals = s["intervals"]
n = len(intervals)

p = parse_page(report)  # self-contained, well-formed

def close(a, b, what):
    if b is None:
        assert a == "", f"{what}: expected no value, got {a!r}"
    else:
        assert a != "" and math.isclose(float(a), b, rel_tol=1e-9, abs_tol=1e-9), f"{what}: {a} != {b}"

def series(chart):
    out = {}
    for pt in p.points[chart]: out.setdefault(pt["data-series"], []).append(pt)
    return out

scale = lambda v, k: None if v is None else k * v
interval_charts = {
    "chart-service-level": [("service_level", 100, True)],
    "chart-abandonment": [("abandon_rate", 100, True)],
    "chart-asa": [("asa_s", 1, True)],
    "chart-queue": [("mean_queue", 1, True), ("max_queue", 1, False), ("queue_at_end", 1, False)],
    "chart-demand": [(None, 1, False), ("agents", 1, False)],
}
for chart, kpis in interval_charts.items():
    assert chart in p.points, f"no {chart}"
    got = list(series(chart).values())
    assert len(got) == len(kpis), (chart, len(got))
    for pts, (kpi, k, band) in zip(got, kpis):
        assert len(pts) == n, f"{chart}: {len(pts)} points for {n} intervals"
        for pt, row in zip(pts, intervals):
            assert pt["data-x"] == f"{row['start']}–{row['end']}", (pt["data-x"], row["start"])
            if kpi is None: continue
            m, ci = row[kpi]["mean"], row[kpi]["ci95"]
            close(pt["data-value"], scale(m, k), f"{chart} {kpi} {row['start']}")
            if band and m is not None:
                lo = max(0.0, k * (m - (ci or 0)))
                hi = k * (m + (ci or 0))
                close(pt["data-lo"], lo, f"{chart} {kpi} lo")
                close(pt["data-hi"], min(100.0, hi) if k == 100 else hi, f"{chart} {kpi} hi")
    # Days with a peak have it marked; the stationary Erlang A check has none.
    assert bool(p.markers[chart]) == (name != "erlang_a_check"), f"{chart}: peak marker {p.markers[chart]}"

# Offered load = offered calls x mean holding time (talk + wrap-up) / interval
# length: exact with one class; with several, between the shortest and the
# longest class's holding time (the mix follows the forecast).
def mean_s(desc):
    m = re.search(r"mean ([0-9.e+]+) s", desc) or re.search(r"fixed\(([0-9.e+]+) s\)", desc)
    return float(m.group(1))
holding = [mean_s(d["service"]) + (mean_s(d["wrap_up"]) if d.get("wrap_up") else 0)
           for d in s["scenario"]["demand"]]
load = list(series("chart-demand").values())[0]
for pt, row in zip(load, intervals):
    per_holding = row["offered"]["mean"] / s["scenario"]["interval_s"]
    if len(holding) == 1:
        close(pt["data-value"], per_holding * holding[0], f"offered load {row['start']}")
    else:
        v = float(pt["data-value"])
        assert per_holding * min(holding) * 0.999 <= v <= per_holding * max(holding) * 1.001, \
            (row["start"], v, per_holding, holding)
if name == "bank_hotline_day":  # the forecast's peak: 1,920 calls an hour at 12:00 and at 12:15, one plateau
    peak = [i for i, row in enumerate(intervals) if row["start"] == "12:00"][0]
    close(p.markers["chart-demand"][0]["data-x"], (intervals[peak]["start_s"] + 900) / 3600, "peak marker")
    assert "peak demand 12:00–12:30" in p.markers["chart-demand"][0].get("data-label", "") or \
        "peak demand 12:00–12:30" in p.text, "the peak plateau 12:00–12:30 is not named"

# Target lines: the bundled scenarios have both targets.
assert p.levels["chart-service-level"] and p.levels["chart-abandonment"], "target lines missing"

# Waiting-time chart: the bars hold every answered call of the day (mean per day).
o = s["overall"]
T = s["definitions"]["T_s"]
waits = series("chart-waits")
assert len(waits) == 3, list(waits)
counts = sum(float(pt["data-count"]) for name, pts in waits.items() if "data-count" in pts[0] for pt in pts)
if "over 10 min" not in text:
    close(str(counts), o["answered"]["mean"], "answered calls in the histogram")
cdf = [pts for pts in waits.values() if "data-count" not in pts[0]][0]
at_T = [pt for pt in cdf if pt["data-x"] == f"wait <= {T:g} s"]
assert at_T, "no cumulative point at T"
within = float(at_T[0]["data-value"]) / 100 * o["answered"]["mean"] / o["offered"]["mean"]
# The chart pools the replications (a ratio of means), the KPI averages their
# ratios: over 3 replications of a small day (a restaurant's ~50 parties) the
# two differ by a point or two.
assert abs(within - o["service_level"]["mean"]) < 0.02, (within, o["service_level"]["mean"])
assert any(float(m["data-x"]) == T for m in p.markers["chart-waits"]), "T is not marked"
vals = [float(pt["data-value"]) for pt in cdf]
assert all(b >= a - 1e-9 for a, b in zip(vals, vals[1:])), "the cumulative share decreases"

# Day table: every KPI with the mean of summary.json.
for k, v in o.items():
    row = p.kpi_rows[k]
    close(row["data-mean"], v["mean"], f"day {k}")

# Per-interval table: one row per interval; the misses are those the terminal marks.
assert len(p.rows) == n, (len(p.rows), n)
html_missed = {int(r["data-index"]) for r in p.rows if r.get("class") == "miss"}
console_missed = {i for i, row in enumerate(intervals)
                  for line in open(console) if line.startswith(row["start"] + " ") and " < " in line}
assert {intervals[i]["index"] for i in console_missed} == html_missed, (console_missed, html_missed)
print(f"{report}: {n} intervals, {sum(len(v) for v in p.points.values())} data points, "
      f"{len(html_missed)} intervals missing a target")
PY

  # Renders: a screenshot in headless Chromium that is not blank.
  shot="$WORK/$name.png"
  screenshot_not_blank "$out/report.html" "$shot" || fail "screenshot of $name"
  if [ "$name" = bank_hotline_day ]; then cp "$shot" "$PWD/report_screenshot.png"; fi
done
echo "ok: report.html (screenshot kept as $PWD/report_screenshot.png)"
