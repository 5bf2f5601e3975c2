#include "ccsim/scenario/floor.hpp"

#include "ccsim/scenario/floor_descriptor.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

const char* floor_name(FloorKind kind) { return floor_descriptor(kind).name; }

const std::vector<FloorKpiInfo>& floor_kpis(const Floor& floor) { return floor_descriptor(floor.kind).kpis(floor); }

int recorded_classes(const Scenario& scenario) {
  return floor_descriptor(scenario.floor.kind).classes_apart ? static_cast<int>(scenario.demand.size()) : 0;
}

bool groups_differ(const Scenario& scenario) {
  for (const StaffGroup& g : scenario.staff)
    if (!g.skills.empty() || g.fatigue || g.absenteeism > 0 || g.max_agents) return true;
  for (const Demand& d : scenario.demand)
    if (d.route) return true;
  return false;
}

int recorded_groups(const Scenario& scenario) {
  const bool apart =
      scenario.floor.kind == FloorKind::call_center && scenario.staff.size() > 1 && groups_differ(scenario);
  return apart ? static_cast<int>(scenario.staff.size()) : 0;
}

const Distribution& meal_of(const RestaurantFloor& r, const Demand& d, int size) {
  const auto i = static_cast<std::size_t>(size - 1);
  return i < r.meal_by_size.size() && r.meal_by_size[i] ? *r.meal_by_size[i] : d.service;
}

double mean_service_s(const Floor& floor, const Demand& d) {
  switch (floor.kind) {
  case FloorKind::checkout: {
    const CheckoutFloor& c = floor.checkout;
    return d.service.mean() + c.per_item_s * c.basket.mean() + (c.payment ? c.payment->mean() : 0.0);
  }
  case FloorKind::restaurant: {
    const RestaurantFloor& r = floor.restaurant;
    double mean = 0;
    for (int k = r.party_size.min(); k <= r.party_size.max(); ++k)
      mean += r.party_size.probability(k) * meal_of(r, d, k).mean();
    // The table is held while the order is prepared too (the wait for a cook is not known here).
    return mean + (r.kitchen ? r.kitchen->per_order.mean() : 0.0);
  }
  case FloorKind::call_center: break;
  }
  return d.service.mean();
}

double mean_holding_s(const Floor& floor, const Demand& d, std::size_t interval) {
  const double scale = interval < d.service_scale.size() ? d.service_scale[interval] : 1.0;
  return mean_service_s(floor, d) * scale + (d.wrap_up ? d.wrap_up->mean() : 0.0);
}

double forecast_load_erl(const Scenario& s, std::size_t interval) {
  double load = 0;
  for (const Demand& d : s.demand) load += d.rate_per_s.at(interval) * mean_holding_s(s.floor, d, interval);
  return load;
}

}  // namespace ccsim
