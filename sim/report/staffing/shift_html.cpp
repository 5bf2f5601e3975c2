// The roster in report.html of `ccsim staff --shifts`: every shift worked,
// with its start, end, breaks and paid hours, as a planner publishes it.
#include <algorithm>

#include <fmt/format.h>

#include "shift_report.hpp"
#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/run_summary.hpp"

namespace ccsim {
namespace {

// "12:30–13:00 (unpaid)" for each break the shift takes, in the rules' order.
std::string breaks_text(const Scenario& s, const ShiftCount& k) {
  std::vector<const BreakRule*> applying;
  for (const BreakRule& b : s.shift_rules->breaks)
    if (k.length_s >= b.after_length_s - 1e-9) applying.push_back(&b);
  std::string out;
  for (std::size_t i = 0; i < k.break_starts_s.size() && i < applying.size(); ++i) {
    const double from = k.break_starts_s[i];
    out += fmt::format("{}{}–{} ({})", out.empty() ? "" : ", ", clock_label(s, from),
                       clock_label(s, from + applying[i]->length_s), applying[i]->paid ? "paid" : "unpaid");
  }
  return out.empty() ? "none" : out;
}

}  // namespace

std::string roster_html(const Scenario& s, const StaffingResult& r) {
  const ShiftPlan& sp = *r.shifts;
  const bool grouped =
      std::any_of(sp.shifts.begin(), sp.shifts.end(), [](const ShiftCount& k) { return !k.group.empty(); });
  std::string out = "<table id=\"roster\"><thead><tr>";
  if (grouped) out += "<th>group</th>";
  out += "<th>start</th><th>end</th><th>length</th><th>breaks</th><th>people</th><th>paid h each</th>"
         "<th>paid h</th></tr></thead><tbody>";
  int people = 0;
  double paid = 0;
  for (const ShiftCount& k : sp.shifts) {
    out += "<tr>";
    if (grouped) out += "<th>" + html_escape(k.group) + "</th>";
    out +=
        fmt::format("<td>{}</td><td>{}</td><td class=\"num\">{:g} h</td><td>{}</td><td class=\"num\">{}</td>"
                    "<td class=\"num\">{:.2f}</td><td class=\"num\">{:.1f}</td></tr>",
                    html_escape(clock_label(s, k.start_s)), html_escape(clock_label(s, k.start_s + k.length_s)),
                    k.length_s / 3600, html_escape(breaks_text(s, k)), k.agents, k.paid_hours, k.agents * k.paid_hours);
    people += k.agents;
    paid += k.agents * k.paid_hours;
  }
  out += fmt::format("</tbody><tfoot><tr><th colspan=\"{}\">total</th><td class=\"num\">{}</td><td></td>"
                     "<td class=\"num\">{:.1f}</td></tr></tfoot></table>",
                     grouped ? 5 : 4, people, paid);
  const CoverSolution& c = sp.solution;
  out += fmt::format(
      "<p>The cheapest shifts under the scenario's shift_rules covering the {} plan in every "
      "interval ({} patterns, integer program {}{}). On duty means present and not on break; a "
      "break covering part of an interval takes the person off the whole interval.</p>",
      html_escape(sp.requirement_method), sp.patterns, cover_status_name(c.status),
      c.status == CoverStatus::optimal ? "" : fmt::format(", at most {:.1f}% above the optimum", 100 * c.gap));
  return out;
}

}  // namespace ccsim
