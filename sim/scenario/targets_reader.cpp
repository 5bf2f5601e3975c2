#include "targets_reader.hpp"

#include <vector>

namespace ccsim::scenario_detail {
namespace {

// `daily: true`: the target holds for the day's figure, not each interval's.
bool daily(const MapReader& m) {
  const auto d = m.get("daily");
  return d && read_bool(*d);
}

}  // namespace

Targets read_targets(const Field& f, const std::string& where, bool of_class) {
  if (of_class && f.is_map() && f.node()["occupancy"])
    f.child(f.node()["occupancy"], where + ".occupancy")
        .fail(where + ".occupancy: occupancy is the agents' busy share, not a class's; set it in the scenario's "
                      "targets (a class may have service_level, abandonment and asa)");
  const std::vector<std::string> keys =
      of_class ? std::vector<std::string>{"service_level", "abandonment", "asa"}
               : std::vector<std::string>{"service_level", "abandonment", "asa", "occupancy", "lane_queue", "food_wait"};
  const MapReader m(f, MapSpec{where, keys, {}, where});
  Targets targets;
  if (const auto sl = m.get("service_level")) {
    const MapReader s(*sl, MapSpec{where + ".service_level",
                                   {"answered_within", "at_least", "daily"},
                                   {"answered_within", "at_least"},
                                   where + ".service_level"});
    targets.service_level =
        ServiceLevelTarget{read_duration_s(s.at("answered_within")), read_fraction(s.at("at_least"))};
    targets.daily.service_level = daily(s);
  }
  if (const auto ab = m.get("abandonment")) {
    const MapReader a(*ab, MapSpec{where + ".abandonment", {"at_most", "daily"}, {"at_most"}, where + ".abandonment"});
    targets.abandonment_at_most = read_fraction(a.at("at_most"));
    targets.daily.abandonment = daily(a);
  }
  if (const auto asa = m.get("asa")) {
    const MapReader a(*asa, MapSpec{where + ".asa", {"at_most", "daily"}, {"at_most"}, where + ".asa"});
    targets.asa_at_most_s = read_duration_s(a.at("at_most"));
    targets.daily.asa = daily(a);
  }
  if (const auto occ = m.get("occupancy")) {
    const MapReader o(*occ, MapSpec{where + ".occupancy", {"at_most", "daily"}, {"at_most"}, where + ".occupancy"});
    targets.occupancy_at_most = read_fraction(o.at("at_most"));
    targets.daily.occupancy = daily(o);
  }
  if (const auto lane = m.get("lane_queue")) {
    const MapReader q(
        *lane, MapSpec{where + ".lane_queue", {"mean_at_most", "max_below", "daily"}, {}, where + ".lane_queue"});
    if (const auto mean = q.get("mean_at_most"))
      targets.lane_queue_mean_at_most = read_number(*mean, 0, 1e6, false, "a number of customers from 0 to 1000000");
    if (const auto max = q.get("max_below"))
      targets.lane_queue_max_below =
          static_cast<int>(read_integer(*max, 1, 1000000, "a whole number of customers from 1 to 1000000"));
    if (!targets.lane_queue_mean_at_most && !targets.lane_queue_max_below)
      lane->fail(where + ".lane_queue needs mean_at_most (customers waiting per open lane, time average) or "
                         "max_below (fewer than this many waiting at any lane), or both");
    targets.daily.lane_queue = daily(q);
  }
  if (const auto food = m.get("food_wait")) {
    const MapReader w(*food, MapSpec{where + ".food_wait", {"at_most", "daily"}, {"at_most"}, where + ".food_wait"});
    targets.food_wait_at_most_s = read_duration_s(w.at("at_most"));
    targets.daily.food_wait = daily(w);
  }
  return targets;
}

void check_targets_fit_floor(const MapReader& top, const Scenario& s) {
  const auto targets = top.get("targets");
  if (!targets || !targets->is_map()) return;
  const bool kitchen = s.floor.kind == FloorKind::restaurant && s.floor.restaurant.kitchen;
  const std::string own = s.floor.kind == FloorKind::checkout ? ", occupancy and lane_queue"
                          : kitchen                          ? ", occupancy and food_wait"
                                                             : " and occupancy";
  const std::string has = std::string("a ") + floor_name(s.floor.kind) +
                          (s.floor.kind == FloorKind::restaurant && !kitchen ? " floor without a kitchen" : " floor") +
                          " has service_level, abandonment, asa" + own + " targets";
  if (targets->node()["lane_queue"] && s.floor.kind != FloorKind::checkout)
    targets->child(targets->node()["lane_queue"], "lane_queue")
        .fail("targets.lane_queue is a checkout's target (the customers waiting per lane); " + has);
  if (targets->node()["food_wait"] && !kitchen)
    targets->child(targets->node()["food_wait"], "food_wait")
        .fail("targets.food_wait is a restaurant kitchen's target (from sitting down to the food); " + has);
}

}  // namespace ccsim::scenario_detail
