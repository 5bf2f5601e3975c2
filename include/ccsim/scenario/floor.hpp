#pragma once
// The service floor of a scenario: a call center (the default), supermarket
// checkout lanes, or a restaurant's tables. Plain data, in seconds.
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "ccsim/model/count_distribution.hpp"
#include "ccsim/model/distribution.hpp"
#include "ccsim/model/floor_kpi.hpp"

namespace ccsim {

struct Demand;
struct Scenario;

/// Checkout lanes: each lane is a till with its own FIFO queue; the staff count
/// is the cashiers on duty per interval.
struct CheckoutFloor {
  int lanes = 1;              ///< tills, express ones included
  int express_lanes = 0;      ///< lanes that take only small baskets, < lanes
  int express_max_items = 0;  ///< largest basket an express lane takes
  int open_at_start = 1;      ///< lanes open at t = 0 (no more than the cashiers on duty)
  int open_at = 6;            ///< open one more lane when a queue reaches this many waiting
  int close_below = 2;        ///< close one lane when every open lane has fewer than this waiting
  int standard = 6;           ///< house standard: fewer than this many waiting per lane
  /// How a customer picks a lane among the open ones that take the basket.
  enum class Join { shortest_queue, fewest_items, random };
  Join join = Join::shortest_queue;
  /// Lanes open: by the rule (open_at, close_below) within the cashiers on
  /// duty, or every cashier on duty at a till (a staffing plan's lanes).
  bool every_cashier_at_a_till = false;
  bool jockeying = false;               ///< a newly opened lane takes the last customers of longer queues
  CountDistribution basket;             ///< items per customer
  double per_item_s = 0;                ///< scanning time per item; service = demand's service + items x this + payment
  std::optional<Distribution> payment;  ///< payment time, absent: included in the demand's service
};

/// A restaurant's kitchen: a second stage after seating. A party's order (one
/// per party, whatever its size) queues first come, first served for the
/// cooks; the meal starts when the order is ready.
struct Kitchen {
  /// Cooks on duty, one value per interval, >= 0 (one or more in some
  /// interval). A cook going off duty finishes the order in hand; after the
  /// close the last interval's cooks, at least one, finish the orders left.
  std::vector<int> cooks;
  Distribution per_order = Distribution::fixed(0);  ///< time a cook takes to prepare one party's order
};

/// A restaurant: tables are the servers; the staff count is the waiters on duty.
struct RestaurantFloor {
  std::vector<int> tables;  ///< seats of each table, ascending, each >= 1
  /// Each entry of restaurant.tables as the file lists it, {seats, count}
  /// (tables are numbered in that order, so more of the last kind renumbers none).
  std::vector<std::pair<int, int>> listed_kinds;
  CountDistribution party_size;  ///< guests per party; never more than the largest table
  /// Meal duration by party size (index size - 1); absent: the demand's service.
  std::vector<std::optional<Distribution>> meal_by_size;
  bool strict_fifo =
      false;  ///< seat only the party at the head; default: first come first served among parties that fit a free table
  std::optional<int> tables_per_waiter;  ///< tables a waiter serves at once; absent: no cap (but no waiter, no seating)
  std::optional<double> spend_per_guest;  ///< for the revenue lost to walk-aways
  /// Rows of adjacent tables that may be pushed together, as positions in
  /// `tables`; any run of two or more consecutive tables of a row is a
  /// joinable combination. Empty: tables are never joined.
  std::vector<std::vector<int>> join_rows;
  std::optional<Kitchen> kitchen;  ///< absent: the meal starts when the party sits down
};

struct Floor {
  FloorKind kind = FloorKind::call_center;
  CheckoutFloor checkout;      ///< when kind == checkout
  RestaurantFloor restaurant;  ///< when kind == restaurant
};

/// "call_center", "checkout", "restaurant".
const char* floor_name(FloorKind kind);

/// Mean service time of a class on the floor, seconds: the demand's service on
/// a call center; + items x per item + payment at a checkout; the meal over
/// the party-size mix at a restaurant, + the kitchen's preparation time.
double mean_service_s(const Floor& floor, const Demand& demand);

/// Mean time an agent (cashier, table) is held by one customer of the class
/// arriving in interval `interval`, seconds: the mean service time scaled by
/// the forecast's AHT for that interval, plus the mean wrap-up.
double mean_holding_s(const Floor& floor, const Demand& demand, std::size_t interval);

/// The forecast's load of interval `interval` in erlangs: every class's rate x
/// its mean holding time.
double forecast_load_erl(const Scenario& scenario, std::size_t interval);

/// The floor's own KPIs, in output order (its descriptor's).
const std::vector<FloorKpiInfo>& floor_kpis(const Floor& floor);

/// The customer classes a replication records separately: the call center's
/// classes (one or more); 0 on checkout and restaurant floors, whose
/// customers are reported as one stream.
int recorded_classes(const Scenario& scenario);

/// True when the groups differ in what the engine or a staffing plan uses: a
/// group with skills, fatigue, absenteeism or seats (max_agents), or a class
/// with a route.
bool groups_differ(const Scenario& scenario);

/// The agent groups a replication records apart (busy and present time, for
/// each group's occupancy): a call center's, when it has two or more that
/// differ (groups_differ); else 0.
int recorded_groups(const Scenario& scenario);

/// The meal duration of a party of `size` at a restaurant.
const Distribution& meal_of(const RestaurantFloor& floor, const Demand& demand, int size);

}  // namespace ccsim
