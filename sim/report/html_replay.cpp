#include "ccsim/report/html_replay.hpp"

#include <cmath>
#include <map>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ccsim/report/html_escape.hpp"
#include "replay_js.hpp"

namespace ccsim {
namespace {

// Each server (an agent of a group, a lane, a table) a row of the replay, in
// group then number order; -1 for events of no server.
class ServerRows {
public:
  ServerRows(const Scenario& s, const std::vector<FloorEvent>& events) {
    for (const FloorEvent& e : events)
      if (const auto key = key_of(s, e)) rows_.emplace(*key, 0);
    int row = 0;
    for (auto& [key, r] : rows_) {
      r = row++;
      labels_.push_back(label(s, key));
    }
  }
  int row_of(const Scenario& s, const FloorEvent& e) const {
    const auto key = key_of(s, e);
    return key ? rows_.at(*key) : -1;
  }
  const std::vector<std::string>& labels() const { return labels_; }

private:
  using Key = std::pair<int, int>;  // (group, agent); lanes and tables: (position, 0)
  static std::optional<Key> key_of(const Scenario& s, const FloorEvent& e) {
    if (e.group < 0) return std::nullopt;
    if (s.floor.kind == FloorKind::call_center)
      return e.agent < 0 ? std::nullopt : std::optional<Key>({e.group, e.agent});
    return Key{e.group, 0};
  }
  static std::string label(const Scenario& s, const Key& k) {
    switch (s.floor.kind) {
    case FloorKind::checkout: return fmt::format("lane {}", k.first + 1);
    case FloorKind::restaurant:
      return fmt::format("table {} ({} seats)", k.first + 1,
                         s.floor.restaurant.tables.at(static_cast<std::size_t>(k.first)));
    default: return fmt::format("{} {}", s.staff.at(static_cast<std::size_t>(k.first)).name, k.second + 1);
    }
  }
  std::map<Key, int> rows_;
  std::vector<std::string> labels_;
};

// The events as column arrays, times in centiseconds (the replay draws, it
// does not measure), customers numbered in order of first appearance.
nlohmann::json replay_data(const Scenario& s, const std::vector<FloorEvent>& events) {
  const ServerRows rows(s, events);
  std::map<std::pair<int, std::uint64_t>, long long> customers;
  nlohmann::json t = nlohmann::json::array(), k = nlohmann::json::array(), c = nlohmann::json::array(),
                 u = nlohmann::json::array(), srv = nlohmann::json::array(), end = nlohmann::json::array(),
                 on_break = nlohmann::json::array();
  for (const FloorEvent& e : events) {
    const bool has_customer = e.interval >= 0;
    t.push_back(std::llround(e.t_s * 100));
    k.push_back(static_cast<int>(e.kind));
    c.push_back(has_customer ? e.demand_class : -1);
    long long id = -1;
    if (has_customer) id = customers.emplace(std::pair{e.demand_class, e.customer}, customers.size()).first->second;
    u.push_back(id);
    srv.push_back(rows.row_of(s, e));
    end.push_back(e.kind == FloorEvent::answered ? std::llround(e.end_s * 100) : 0);
    on_break.push_back(e.on_break ? 1 : 0);
  }
  nlohmann::json classes = nlohmann::json::array();
  for (const Demand& d : s.demand) classes.push_back(d.name);
  return {{"floor", s.floor.kind == FloorKind::call_center ? "call_center"
                    : s.floor.kind == FloorKind::checkout  ? "checkout"
                                                           : "restaurant"},
          {"start_of_day_s", s.clock.start_of_day_s.value_or(0)},
          {"length_s", s.clock.length_s},
          {"classes", classes},
          {"servers", rows.labels()},
          {"events", {{"t", t}, {"k", k}, {"c", c}, {"u", u}, {"s", srv}, {"e", end}, {"b", on_break}}}};
}

// JSON inside a <script> element: no '<', '>' or '&' may appear as such (a
// name like "<!--<script>" would change how the page parses), so each is
// written as its \u escape, which JSON reads back as the same character.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    if (c == '<')
      out += "\\u003c";
    else if (c == '>')
      out += "\\u003e";
    else if (c == '&')
      out += "\\u0026";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string replay_section(const Scenario& s, const std::vector<FloorEvent>& events) {
  const bool calls = s.floor.kind == FloorKind::call_center;
  const bool tables = s.floor.kind == FloorKind::restaurant;
  const char* customers = calls ? "callers" : tables ? "parties" : "shoppers";
  const char* servers = calls ? "agent" : tables ? "table" : "lane";
  std::string legend;
  for (std::size_t c = 0; c < s.demand.size(); ++c) {
    static const char* colors[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd",
                                   "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};
    legend += fmt::format("<span style=\"color:{}\">&#9679;</span> {} ", colors[c % 8], html_escape(s.demand[c].name));
  }
  const std::string states =
      calls ? "(talking, by class); <span style=\"color:#fdd835\">&#9632;</span> wrap-up; <span "
              "style=\"color:#a5d6a7\">&#9632;</span> idle; <span style=\"color:#bdbdbd\">&#9632;</span> on a break; "
              "<span style=\"color:#e0e0e0\">&#9632;</span> off duty"
            : "(serving, by class); <span style=\"color:#a5d6a7\">&#9632;</span> free";
  std::string out = fmt::format(
      "<section id=\"replay\"><h2>Replay of replication 1</h2><p>Every event of replication 1 (the trace "
      "written with <code>--trace</code>) played back: the {} waiting as a line (first in line on the left), each "
      "{} as a seat coloured by what it does, and below, each {}'s day. Colours: {}{}. Play it, or drag the bar to "
      "a moment; a link ending in <code>#replay=12:45</code> opens it there.</p>",
      customers, servers, servers, legend, states);
  out += "<p><button id=\"replay-play\" type=\"button\">Play</button> speed <select id=\"replay-speed\">"
         "<option value=\"60\">1 min/s</option><option value=\"300\" selected>5 min/s</option>"
         "<option value=\"900\">15 min/s</option><option value=\"3600\">1 h/s</option></select> "
         "<input id=\"replay-scrub\" type=\"range\" min=\"0\" step=\"1\" value=\"0\" style=\"width:55%\" "
         "aria-label=\"time of the replay\"> <strong id=\"replay-clock\"></strong></p>";
  out += fmt::format(
      "<p class=\"replay-counters\">so far: arrived <b id=\"replay-arrived\">0</b> · {} <b id=\"replay-answered\">0</b>"
      " · {} <b id=\"replay-abandoned\">0</b> · {} <b id=\"replay-blocked\">0</b>; now: waiting <b "
      "id=\"replay-waiting\">0</b>, {} <b id=\"replay-talking\">0</b>, wrap-up <b id=\"replay-wrap\">0</b>, idle <b "
      "id=\"replay-idle\">0</b>, on a break <b id=\"replay-away\">0</b>, staff on duty <b "
      "id=\"replay-staff\">0</b></p>",
      calls    ? "answered"
      : tables ? "seated"
               : "served",
      calls ? "abandoned" : "walked away", calls ? "blocked" : "turned away", calls ? "talking" : "serving");
  out += "<canvas id=\"replay-floor\" style=\"width:100%\"></canvas>"
         "<h3>Each " +
         std::string(servers) + "'s day</h3><canvas id=\"replay-gantt\" style=\"width:100%\"></canvas>";
  out += "<script type=\"application/json\" id=\"replay-data\">" +
         script_safe(replay_data(s, events).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)) +
         "</script><script>" + replay_js + "</script></section>";
  return out;
}

}  // namespace ccsim
