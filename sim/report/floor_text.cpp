#include "floor_text.hpp"

#include <algorithm>
#include <functional>

#include <cmath>

#include <fmt/format.h>

#include "ccsim/scenario/floor_descriptor.hpp"

namespace ccsim {

const Estimate& floor_kpi(const std::vector<Estimate>& values, const Floor& floor, FloorKpi kpi) {
  static const Estimate none{NAN, NAN, 0};
  const auto& table = floor_kpis(floor);
  for (std::size_t k = 0; k < table.size() && k < values.size(); ++k)
    if (table[k].kpi == kpi) return values[k];
  return none;
}

std::string describe_service(const Scenario& s, const Demand& d) {
  const double mean = mean_service_s(s.floor, d);
  switch (s.floor.kind) {
  case FloorKind::checkout: {
    const CheckoutFloor& c = s.floor.checkout;
    return fmt::format("mean {} s: {} + {} s per item x basket {}{}", mean, d.service.describe(), c.per_item_s,
                       c.basket.describe(), c.payment ? " + payment " + c.payment->describe() : "");
  }
  case FloorKind::restaurant:
    return fmt::format("mean {} s: meal {} over party sizes {}{}", mean, d.service.describe(),
                       s.floor.restaurant.party_size.describe(),
                       s.floor.restaurant.kitchen ? " + order " + s.floor.restaurant.kitchen->per_order.describe()
                                                  : "");
  case FloorKind::call_center: break;
  }
  return d.service.describe();
}

nlohmann::ordered_json floor_json(const Floor& floor) {
  using nlohmann::ordered_json;
  ordered_json out = {{"kind", floor_name(floor.kind)}};
  if (floor.kind == FloorKind::checkout) {
    const CheckoutFloor& c = floor.checkout;
    out.update({{"lanes", c.lanes},
                {"express_lanes", c.express_lanes},
                {"express_max_items", c.express_max_items},
                {"open_at_start", c.open_at_start},
                {"open_at", c.open_at},
                {"close_below", c.close_below},
                {"standard", c.standard},
                {"join", c.join == CheckoutFloor::Join::fewest_items ? "fewest_items"
                         : c.join == CheckoutFloor::Join::random     ? "random"
                                                                     : "shortest_queue"},
                {"jockeying", c.jockeying},
                {"basket", c.basket.describe()},
                {"per_item_s", c.per_item_s}});
    out["payment"] = c.payment ? ordered_json(c.payment->describe()) : ordered_json(nullptr);
    if (c.every_cashier_at_a_till) out["open_lanes"] = "every_cashier";  // (by_rule: the key is left out)
  }
  if (floor.kind == FloorKind::restaurant) {
    const RestaurantFloor& r = floor.restaurant;
    int seats = 0;
    for (int t : r.tables) seats += t;
    out.update({{"tables", r.tables.size()},
                {"seats", seats},
                {"party_size", r.party_size.describe()},
                {"seating", r.strict_fifo ? "strict_fifo" : "first_fit"}});
    out["tables_per_waiter"] = r.tables_per_waiter ? ordered_json(*r.tables_per_waiter) : ordered_json(nullptr);
    out["spend_per_guest"] = r.spend_per_guest ? ordered_json(*r.spend_per_guest) : ordered_json(nullptr);
    // Only when given, so restaurants without them keep their output.
    if (!r.join_rows.empty()) out["join_rows"] = r.join_rows.size();
    if (r.kitchen) {
      // One number when the cooks stay all day, as restaurants without a plan have always written it.
      const std::vector<int>& cooks = r.kitchen->cooks;
      const bool all_day = std::adjacent_find(cooks.begin(), cooks.end(), std::not_equal_to<>()) == cooks.end();
      out["kitchen"] = {{"cooks", all_day ? ordered_json(cooks.front()) : ordered_json(cooks)},
                        {"per_order", r.kitchen->per_order.describe()}};
    }
  }
  return out;
}

}  // namespace ccsim
