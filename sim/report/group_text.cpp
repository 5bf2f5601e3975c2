#include "group_text.hpp"

#include <cmath>

#include <fmt/format.h>

#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/html_escape.hpp"

namespace ccsim {
namespace {

using nlohmann::ordered_json;

ordered_json number(double v) { return std::isnan(v) ? ordered_json(nullptr) : ordered_json(v); }

ordered_json estimates_json(const GroupEstimates& e) {
  ordered_json out;
  for (const auto& [name, est] :
       {std::pair{"present", e.present}, {"answered", e.answered}, {"occupancy", e.occupancy}})
    out[name] = {{"mean", number(est.mean)}, {"ci95", number(est.ci95)}};
  return out;
}

std::string cell(const char* kpi, const Estimate& e, ValueFormat f) {
  return fmt::format("<td class=\"num\" data-kpi=\"{}\" data-mean=\"{}\" data-ci95=\"{}\">{}</td>", kpi,
                     std::isnan(e.mean) ? "" : fmt::format("{}", e.mean),
                     std::isnan(e.ci95) ? "" : fmt::format("{}", e.ci95), html_escape(with_ci(e, f)));
}

}  // namespace

void print_group_table(std::ostream& out, const RunSummary& summary) {
  if (summary.groups.empty()) return;
  out << "\nBy agent group (day, mean ± 95% CI half-width)\n";
  out << fmt::format("  {:<16} {:>17} {:>17} {:>15}\n", "group", "agents present", "calls answered", "occupancy");
  for (const GroupSummary& g : summary.groups)
    out << fmt::format("  {:<16} {:>17} {:>17} {:>15}\n", g.name, with_ci(g.overall.present, plain(1)),
                       with_ci(g.overall.answered, plain(1)), with_ci(g.overall.occupancy, percent(1)));
}

ordered_json groups_json(const Scenario& s, const RunSummary& summary) {
  ordered_json out = ordered_json::array();
  for (const GroupSummary& g : summary.groups) {
    ordered_json intervals = ordered_json::array();
    for (std::size_t i = 0; i < summary.intervals.size() && i < g.intervals.size(); ++i) {
      ordered_json row = {{"index", summary.intervals[i].index},
                          {"start", clock_label(s, summary.intervals[i].start_s)}};
      row.update(estimates_json(g.intervals[i]));
      intervals.push_back(row);
    }
    out.push_back({{"name", g.name}, {"overall", estimates_json(g.overall)}, {"intervals", intervals}});
  }
  return out;
}

std::string group_section(const RunSummary& summary) {
  if (summary.groups.empty()) return "";
  std::string out = "<section id=\"groups\"><h2>By agent group</h2><table class=\"groups\"><thead><tr><th>group</th>"
                    "<th>agents present</th><th>calls answered</th><th>occupancy</th></tr></thead><tbody>";
  for (const GroupSummary& g : summary.groups)
    out += fmt::format("<tr data-group=\"{}\"><th>{}</th>", html_escape(g.name), html_escape(g.name)) +
           cell("present", g.overall.present, plain(1)) + cell("answered", g.overall.answered, plain(1)) +
           cell("occupancy", g.overall.occupancy, percent(1)) + "</tr>";
  return out + "</tbody></table><p>Agents present: on duty and not on break, time average over the day; calls "
               "answered by the group's agents; occupancy: busy / present agent-time of its agents (wrap-up "
               "included).</p></section>";
}

}  // namespace ccsim
