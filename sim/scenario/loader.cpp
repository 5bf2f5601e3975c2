#include "ccsim/scenario/loader.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ccsim/scenario/scenario_error.hpp"
#include "distribution_reader.hpp"
#include "spelling.hpp"
#include "yaml_document.hpp"
#include "yaml_reader.hpp"
#include "overrides.hpp"
#include "floor_reader.hpp"
#include "shift_rules_reader.hpp"
#include "targets_reader.hpp"
#include "demand_profile_reader.hpp"
#include "caller_behaviour_reader.hpp"
#include "capacity_reader.hpp"
#include "interval_values_reader.hpp"

namespace ccsim {
namespace {

using namespace scenario_detail;

// Limits that keep a run finite and its memory bounded; far beyond any real
// call center, so they only catch slips (a missing unit, a stray digit).
constexpr double max_length_s = 87600.0 * 3600;  // 10 years
constexpr long long max_intervals = 100000;
constexpr long long max_replications = 100000;
constexpr long long max_capacity = 1000000000;

const std::vector<std::string> top_keys = {
    "name",    "clock", "seed",     "replications", "warmup",     "demand", "staff",       "lines",    "queue_capacity",
    "targets", "floor", "checkout", "restaurant",   "max_agents", "cost",   "shift_rules", "busyness", "rushing"};
const std::vector<std::string> demand_keys = {
    "name",    "rate_per_hour", "profile",  "forecast", "arrival_times",        "service",       "patience",
    "wrap_up", "redial",        "priority", "route",    "aht_includes_wrap_up", "volume_factor", "targets"};
const std::vector<std::string> staff_keys = {"name",        "count",   "shifts",    "skills",
                                             "absenteeism", "fatigue", "max_agents"};

bool is_whole(double x) { return std::abs(x - std::round(x)) <= 1e-9 * std::max(1.0, std::abs(x)); }

std::string describe_number(double x) {
  std::ostringstream out;
  out.precision(4);
  out << x;
  return out.str();
}

// "about 1.2e+09", for the expected-calls message.
std::string fmt_calls(double calls) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3g", calls);
  return std::string("about ") + buf;
}

// ---- clock -------------------------------------------------------------------

double read_day_length_s(const MapReader& m, Clock& clock) {
  if (m.has("length")) {
    if (m.has("start") || m.has("end"))
      m.field().fail("clock must give either start and end (times of day) or length (a duration), not both");
    const Field length = m.at("length");
    const double length_s = read_duration_s(length, true);
    if (length_s > max_length_s) length.fail_must_be("a duration > 0 and at most 87600h (10 years)");
    return length_s;
  }
  const std::string hint = "give start and end as times of day, or length as a duration";
  if (!m.has("start")) m.fail_missing("start", hint);
  if (!m.has("end")) m.fail_missing("end", hint);
  const Field start = m.at("start"), end = m.at("end");
  const double start_s = read_time_of_day_s(start);
  const double end_s = read_time_of_day_s(end);
  if (end_s <= start_s) end.fail_must_be("a time of day after clock.start (" + start.text() + ")");
  clock.start_of_day_s = start_s;
  return end_s - start_s;
}

Clock read_clock(const Field& f) {
  const MapReader m(f, MapSpec{"clock",
                               {"start", "end", "length", "interval"},
                               {"interval"},
                               "clock",
                               "a map, either {start: \"08:00\", end: \"20:00\", interval: 15min} or "
                               "{length: 400h, interval: 1h}"});
  Clock clock;
  clock.length_s = read_day_length_s(m, clock);
  const Field interval = m.at("interval");
  clock.interval_s = read_duration_s(interval, true);
  const double count = clock.length_s / clock.interval_s;
  const std::string day = describe_duration(clock.length_s);
  if (!is_whole(count) || std::round(count) < 1)
    interval.fail("clock.interval must divide the day (" + day + ") into whole intervals, got " + interval.found() +
                  " (" + describe_number(count) + " intervals)");
  if (std::round(count) > max_intervals)
    interval.fail("clock.interval is too short: " + day + " in intervals of " + interval.text() + " makes " +
                  std::to_string(std::llround(count)) + " intervals, at most " + std::to_string(max_intervals) +
                  " are allowed");
  clock.length_s = std::round(count) * clock.interval_s;  // exact multiple, whatever the rounding of the input
  return clock;
}

double read_warmup_s(const Field& f, const Clock& clock) {
  const double warmup_s = read_duration_s(f);
  if (!is_whole(warmup_s / clock.interval_s))
    f.fail_must_be("a whole number of intervals (" + describe_duration(clock.interval_s) + " each)");
  if (std::round(warmup_s / clock.interval_s) >= clock.intervals())
    f.fail_must_be("shorter than the day (" + describe_duration(clock.length_s) + ")");
  return std::round(warmup_s / clock.interval_s) * clock.interval_s;
}

// ---- lists of named entries ------------------------------------------------------

// Names identify classes and groups in every output: unique and non-empty.
class NameRegistry {
public:
  explicit NameRegistry(std::string kind) : kind_(std::move(kind)) {}
  std::string add(const Field& f) {
    std::string name = read_text(f);
    if (const auto seen = lines_.find(name); seen != lines_.end())
      f.fail("duplicate " + kind_ + " name \"" + name + "\" (first given at line " + std::to_string(seen->second) +
             "); names must be unique");
    lines_.emplace(name, f.line());
    return name;
  }

private:
  std::string kind_;
  std::map<std::string, int> lines_;
};

std::vector<Field> read_entries(const Field& f, const std::string& what) {
  if (!f.is_list() || f.node().size() == 0) f.fail_must_be("a list of at least one " + what);
  std::vector<Field> entries;
  for (const Field& item : f.items()) entries.push_back(item.child(item.node(), f.path() + " entry"));
  return entries;
}

// Exactly one of the ways to give arrivals: rate_per_hour, profile, forecast, arrival_times.
// The forecast's AHT per interval, when it has one (0: keep the service distribution).
std::vector<double> read_arrivals(const MapReader& m, const Clock& clock, const std::string& file, Demand& d) {
  std::vector<std::string> given;
  for (const char* key : {"rate_per_hour", "profile", "forecast", "arrival_times"})
    if (m.has(key)) given.push_back(key);
  if (given.size() > 1)
    m.field().fail("demand \"" + d.name + "\" has both " + given[0] + " and " + given[1] +
                   "; give exactly one (a Poisson rate, a profile, a forecast file, or a trace of arrival times)");
  if (given.empty())
    m.field().fail("missing key \"rate_per_hour\", \"profile\", \"forecast\" or \"arrival_times\" in demand \"" +
                   d.name +
                   "\" (give exactly one: a Poisson rate, a profile, a forecast file, or a trace of arrival times)");
  if (given[0] == "rate_per_hour") {
    d.rate_per_s = read_rates_per_s(m.at("rate_per_hour"), clock);
  } else if (given[0] == "arrival_times") {
    d.arrival_times_s = read_arrival_times_s(m.at("arrival_times"), clock);
    d.rate_per_s = trace_rates_per_s(d.arrival_times_s, clock);
  } else {
    ProfileRates p =
        given[0] == "profile" ? read_profile(m.at("profile"), clock) : read_forecast(m.at("forecast"), clock, file);
    d.rate_per_s = std::move(p.rate_per_s);
    return std::move(p.aht_s);
  }
  return {};
}

Demand read_demand_entry(const Field& f, const Clock& clock, const std::string& file, NameRegistry& names,
                         std::optional<Field>& route) {
  const MapReader m(f, MapSpec{"demand", demand_keys, {"name", "service"}, ""});
  Demand d;
  d.name = names.add(m.at("name"));
  d.service = read_distribution(m.at("service"), DurationRole::service);
  const std::vector<double> aht_s = read_arrivals(m, clock, file, d);
  // "A day 20% busier" for any rate, profile or forecast, without a new file.
  if (const auto factor = m.get("volume_factor")) {
    if (!d.arrival_times_s.empty())
      factor->fail("volume_factor scales a rate, a profile or a forecast; a trace of arrival times is replayed as "
                   "given");
    const double k = read_number(*factor, 0, 1000, true, "a factor above 0 and at most 1000, e.g. 1.2 for 20% more");
    for (double& rate : d.rate_per_s) rate *= k;
  }
  if (const auto patience = m.get("patience")) d.patience = read_distribution(*patience, DurationRole::patience);
  if (const auto wrap = m.get("wrap_up")) d.wrap_up = read_distribution(*wrap, DurationRole::patience);
  apply_forecast_aht(m, aht_s, clock, d);
  if (const auto redial = m.get("redial")) d.redial = read_redial(*redial);
  if (const auto priority = m.get("priority")) d.priority = read_priority(*priority);
  if (const auto targets = m.get("targets")) d.targets = read_targets(*targets, "demand." + d.name + ".targets", true);
  route = m.get("route");  // read once the groups are known
  return d;
}

std::vector<Demand> read_demand(const Field& f, const Clock& clock, const std::string& file,
                                std::vector<std::optional<Field>>& routes) {
  NameRegistry names("demand");
  std::vector<Demand> demand;
  for (const Field& entry : read_entries(f, "customer class {name, rate_per_hour or arrival_times, service, patience}"))
    demand.push_back(read_demand_entry(entry, clock, file, names, routes.emplace_back()));
  return demand;
}

std::vector<StaffGroup> read_staff(const Field& f, const Clock& clock, const std::vector<Demand>& demand) {
  NameRegistry names("staff");
  std::vector<StaffGroup> staff;
  for (const Field& entry : read_entries(f, "agent group {name, count}")) {
    const MapReader m(entry, MapSpec{"staff", staff_keys, {"name"}, ""});
    StaffGroup& g = staff.emplace_back();
    g.name = names.add(m.at("name"));
    if (m.has("count")) g.count = read_counts(m.at("count"), clock);
    read_group_capacity(m, clock, demand, g);  // shifts instead of count, skills, absenteeism, fatigue
    if (const auto cap = m.get("max_agents"))
      g.max_agents = static_cast<int>(read_integer(*cap, 0, max_agents,
                                                   "a whole number of agents from 0 to " + std::to_string(max_agents) +
                                                       " (the most `ccsim staff` may put in this group)"));
  }
  return staff;
}

// ---- the rest ------------------------------------------------------------------------

Cost read_cost(const Field& f) {
  const MapReader m(f, MapSpec{"cost", {"per_agent_hour"}, {"per_agent_hour"}, "cost"});
  return Cost{read_number(m.at("per_agent_hour"), 0, 1e9, false, "a cost per agent-hour from 0 to 1000000000")};
}

// A scenario that would run for days is refused up front, not simulated into a
// hang: at ~600k calls/s, 1e9 calls is about half an hour per replication.
constexpr double max_expected_calls = 1e9;

void check_expected_calls(const Field& f, const Scenario& s) {
  double expected = 0;
  for (const Demand& d : s.demand)
    for (double rate : d.rate_per_s) expected += rate * s.clock.interval_s;
  if (expected > max_expected_calls)
    f.fail(fmt_calls(expected) +
           " calls expected per replication; at most 1e9 are allowed (shorten the clock or lower the rates)");
}

// Skills may leave a class with nobody to answer it: its callers would only
// wait and hang up. Refuse that instead of simulating it.
void check_every_class_served(const Field& staff, const Scenario& s) {
  for (std::size_t c = 0; c < s.demand.size(); ++c) {
    const bool served =
        std::any_of(s.staff.begin(), s.staff.end(), [c](const StaffGroup& g) { return g.serves(static_cast<int>(c)); });
    if (!served)
      staff.fail("no group serves class \"" + s.demand[c].name +
                 "\": every group lists skills without it; add it to "
                 "a group's skills, or give one group no skills (it then serves every class)");
  }
}

// The groups' own caps (max_agents 0: a group staff must leave empty) may
// leave a class that nobody may answer in any plan; refuse that before any
// search is tried. A routed class reaches its primary and overflow groups.
void check_caps_serve_every_class(const Field& staff, const Scenario& s) {
  const std::vector<Field> groups = staff.items();
  for (std::size_t c = 0; c < s.demand.size(); ++c) {
    const Demand& d = s.demand[c];
    std::string reaching;
    std::optional<std::size_t> first;
    bool open = false;
    for (std::size_t g = 0; g < s.staff.size(); ++g) {
      const bool reaches = d.route ? (static_cast<int>(g) == d.route->primary ||
                                      (d.route->overflow && static_cast<int>(g) == *d.route->overflow))
                                   : s.staff[g].serves(static_cast<int>(c));
      if (!reaches) continue;
      open = open || s.staff[g].max_agents.value_or(1) > 0;
      reaching += (reaching.empty() ? "" : ", ") + s.staff[g].name;
      if (!first) first = g;
    }
    if (open || !first) continue;
    const Field& group = groups.at(*first);
    group.child(group.node()["max_agents"], "max_agents")
        .fail("class \"" + d.name + "\" could be answered by nobody in a staffing plan: every group that takes it (" +
              reaching + ") has max_agents 0; raise one of them, or add the class to another group's skills");
  }
}

std::uint64_t read_seed(const Field& f) {
  const std::string text = f.text();
  std::uint64_t seed = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seed);
  if (!f.is_scalar() || text.empty() || ec != std::errc() || end != text.data() + text.size())
    f.fail_must_be("a whole number from 0 to 18446744073709551615");
  return seed;
}

std::string default_name(const std::string& file) {
  const std::string stem = std::filesystem::path(file).stem().string();
  return stem.empty() ? "scenario" : stem;
}

Scenario read_scenario(const Field& top, const std::string& file) {
  const MapReader m(top, MapSpec{"the scenario", top_keys, {"clock", "demand", "staff"}, ""});
  Scenario s;
  s.source_file = file;
  s.name = m.has("name") ? read_text(m.at("name")) : default_name(file);
  s.clock = read_clock(m.at("clock"));
  if (const auto seed = m.get("seed")) s.seed = read_seed(*seed);
  if (const auto r = m.get("replications"))
    s.replications = static_cast<int>(
        read_integer(*r, 1, max_replications, "a whole number from 1 to " + std::to_string(max_replications)));
  if (const auto warmup = m.get("warmup")) s.warmup_s = read_warmup_s(*warmup, s.clock);
  std::vector<std::optional<Field>> routes;
  s.demand = read_demand(m.at("demand"), s.clock, file, routes);
  check_expected_calls(m.at("demand"), s);
  if (s.demand.size() == 1 && s.demand[0].targets.any()) {
    const Field entry = m.at("demand").items().at(0);
    entry.child(entry.node()["targets"], "targets")
        .fail("a class's own targets need two or more classes; with one, they are the scenario's: move them to "
              "the top-level targets");
  }
  s.staff = read_staff(m.at("staff"), s.clock, s.demand);
  check_every_class_served(m.at("staff"), s);
  for (std::size_t c = 0; c < routes.size(); ++c)
    if (routes[c]) s.demand[c].route = read_route(*routes[c], s, static_cast<int>(c));
  check_caps_serve_every_class(m.at("staff"), s);
  if (const auto lines = m.get("lines"))
    s.lines =
        static_cast<int>(read_integer(*lines, 1, max_capacity, "a whole number of trunk lines from 1 to 1000000000"));
  if (const auto q = m.get("queue_capacity"))
    s.queue_capacity =
        static_cast<int>(read_integer(*q, 0, max_capacity, "a whole number of waiting places from 0 to 1000000000"));
  if (const auto targets = m.get("targets")) s.targets = read_targets(*targets, "targets", false);
  if (const auto cap = m.get("max_agents"))
    s.max_agents = static_cast<int>(
        read_integer(*cap, 1, max_agents, "a whole number of agents from 1 to " + std::to_string(max_agents)));
  if (const auto cost = m.get("cost")) s.cost = read_cost(*cost);
  if (const auto rules = m.get("shift_rules")) s.shift_rules = read_shift_rules(*rules, s.clock);
  if (const auto busyness = m.get("busyness")) s.busyness = read_busyness(*busyness);
  if (const auto rushing = m.get("rushing")) s.rushing = read_rushing(*rushing);
  read_floor(m, s);  // floor: call_center | checkout | restaurant, and its section
  check_call_center_only(m, s);
  check_targets_fit_floor(m, s);
  return s;
}

// ---- text to YAML --------------------------------------------------------------------

}  // namespace

Scenario parse_scenario(const std::string& yaml_text, const std::string& name_for_messages) {
  const YAML::Node root = parse_yaml(yaml_text, name_for_messages);
  return read_scenario(Field(name_for_messages, root, "the scenario"), name_for_messages);
}

Scenario load_scenario(const std::string& path) { return parse_scenario(read_file(path), path); }

Scenario load_scenario(const std::string& path, const std::vector<Override>& overrides) {
  return parse_scenario(read_file(path), path, overrides);
}

Scenario parse_scenario(const std::string& yaml_text, const std::string& path, const std::vector<Override>& overrides) {
  if (overrides.empty()) return parse_scenario(yaml_text, path);
  const YAML::Node root = parse_yaml(yaml_text, path);
  for (const Override& o : overrides) scenario_detail::apply_override(root, o);
  try {
    return read_scenario(Field(path, root, "the scenario"), path);
  } catch (const ScenarioError& e) {
    // An overridden value keeps the position of the value it replaced.
    std::string given;
    for (const Override& o : overrides) given += (given.empty() ? "" : ", ") + ("--set " + o.text());
    throw ScenarioError(std::string(e.what()) + " (with " + given + ")");
  }
}

}  // namespace ccsim
