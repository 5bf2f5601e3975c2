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
               : std::vector<std::string>{"service_level", "abandonment", "asa", "occupancy"};
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
  return targets;
}

}  // namespace ccsim::scenario_detail
