#include "ccsim/scenario/floor_descriptor.hpp"

#include "ccsim/scenario/floor.hpp"

namespace ccsim {
namespace {

const std::vector<FloorKpiInfo>& no_kpis(const Floor&) {
  static const std::vector<FloorKpiInfo> none;
  return none;
}
const std::vector<FloorKpiInfo>& checkout_kpis_of(const Floor&) { return checkout_kpis(); }
const std::vector<FloorKpiInfo>& restaurant_kpis_of(const Floor& f) {
  return restaurant_kpis(f.restaurant.kitchen.has_value());
}

const FloorDescriptor call_center{
    FloorKind::call_center, "call_center", "call center", "answered", "calls", "", "", "", true, no_kpis};
const FloorDescriptor checkout{
    FloorKind::checkout,
    "checkout",
    "checkout lanes: offered = customers arriving, answered = customers served, abandoned = customers who walked "
    "away from a queue, blocked = customers who found no lane open; waits end at the till; agents = lanes open (a "
    "cashier at the till), occupancy = cashiers serving / lanes open; queue = customers waiting at all lanes together",
    "served",
    "customers arrived",
    "customers served",
    "walked away from a queue",
    "until the till",
    false,
    checkout_kpis_of};
const FloorDescriptor restaurant{
    FloorKind::restaurant,
    "restaurant",
    "restaurant: offered = parties arriving, answered = parties seated, abandoned = parties that walked away, "
    "blocked = 0; waits end when seated; agents = tables, occupancy = table occupancy; queue = parties waiting",
    "seated",
    "parties arrived",
    "parties seated",
    "parties walked away",
    "until seated",
    false,
    restaurant_kpis_of};

}  // namespace

const FloorDescriptor& floor_descriptor(FloorKind kind) {
  switch (kind) {
  case FloorKind::checkout: return checkout;
  case FloorKind::restaurant: return restaurant;
  case FloorKind::call_center: break;
  }
  return call_center;
}

}  // namespace ccsim
