#include "caller_behaviour_reader.hpp"

#include "distribution_reader.hpp"

namespace ccsim::scenario_detail {

Busyness read_busyness(const Field& f) {
  const MapReader m(f, MapSpec{"busyness", {"cv"}, {"cv"}, "busyness", "a map like {cv: 0.15}"});
  // Beyond cv 1 the gamma factor is mostly near 0 with rare huge days: not a forecast error.
  return Busyness{read_number(m.at("cv"), 0, 1, false, "a coefficient of variation from 0 to 1, e.g. 0.15")};
}

Redial read_redial(const Field& f) {
  const MapReader m(f, MapSpec{"redial",
                               {"probability", "delay", "max_tries"},
                               {"probability", "delay", "max_tries"},
                               "redial",
                               "a map like {probability: 60%, delay: {exponential: {mean: 2min}}, max_tries: 3}"});
  Redial r;
  r.probability = read_fraction(m.at("probability"));
  r.delay = read_distribution(m.at("delay"), DurationRole::patience);
  r.max_tries = static_cast<int>(read_integer(
      m.at("max_tries"), 1, 1000, "a whole number of attempts in all (the first call included) from 1 to 1000"));
  return r;
}

Rushing read_rushing(const Field& f) {
  const MapReader m(f, MapSpec{"rushing",
                               {"queue_at_least", "factor", "repeat", "repeat_delay"},
                               {"queue_at_least", "factor"},
                               "rushing",
                               "a map like {queue_at_least: 10, factor: 0.8, repeat: 20%, repeat_delay: {fixed: 1h}}"});
  Rushing r;
  r.queue_at_least = static_cast<int>(
      read_integer(m.at("queue_at_least"), 1, 1000000000, "a whole number of callers waiting from 1 to 1000000000"));
  r.factor = read_number(m.at("factor"), 0, 1, true, "a number > 0 and at most 1 (the share of the usual talk time)");
  if (const auto repeat = m.get("repeat")) r.repeat = read_fraction(*repeat);
  if (const auto delay = m.get("repeat_delay")) {
    r.repeat_delay = read_distribution(*delay, DurationRole::patience);
  } else if (r.repeat > 0) {
    m.fail_missing("repeat_delay", "when repeat is above 0, say how long after a rushed call the customer calls back");
  }
  return r;
}

void check_call_center_only(const MapReader& top, const Scenario& s) {
  if (s.floor.kind == FloorKind::call_center) return;
  const auto refuse = [](const Field& f, const std::string& key) {
    f.fail(key + " is for call centers only (floor: call_center); remove it from this floor");
  };
  // (busyness applies on every floor: its arrivals scale by the day's factor.)
  if (const auto f = top.get("rushing")) refuse(*f, "rushing");
  const std::vector<Field> entries = top.at("demand").items();
  for (std::size_t c = 0; c < entries.size() && c < s.demand.size(); ++c) {
    const Field& entry = entries[c];
    for (const char* key : {"wrap_up", "redial"})
      if (entry.node()[key]) refuse(entry.child(entry.node()[key], key), key);
    if (!s.demand[c].service_scale.empty())
      refuse(entry.child(entry.node()["forecast"], "forecast"), "a forecast with an aht_s column");
    for (const char* key : {"priority", "route"})
      if (entry.node()[key]) refuse(entry.child(entry.node()[key], key), key);
    if (entry.node()["targets"])  // a class's own targets, not the scenario's
      refuse(entry.child(entry.node()["targets"], "targets"), "demand." + s.demand[c].name + ".targets");
  }
  // Lanes and tables follow per-interval counts: shift breaks, absences,
  // skills and fatigue would be silently ignored there (and the floor's one
  // group is capped by the top-level max_agents, the lanes or the tables).
  for (const Field& group : top.at("staff").items())
    for (const char* key : {"shifts", "skills", "absenteeism", "fatigue", "max_agents"})
      if (group.node()[key]) refuse(group.child(group.node()[key], key), key);
}

}  // namespace ccsim::scenario_detail
