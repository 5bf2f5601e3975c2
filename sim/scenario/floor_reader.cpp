// The `floor` key and the checkout / restaurant sections.
#include "floor_reader.hpp"

#include <algorithm>
#include <string>

#include "ccsim/model/seating_plan.hpp"

#include "distribution_reader.hpp"
#include "restaurant_reader.hpp"
#include "spelling.hpp"

namespace ccsim::scenario_detail {
namespace {

constexpr long long max_lanes = 1000;
constexpr long long max_tables = 10000;
constexpr long long max_seats = 100;
constexpr long long max_waiting = 1000000;

const std::vector<std::string> kinds = {"call_center", "checkout", "restaurant"};
const std::vector<std::string> checkout_keys = {"lanes",       "express",  "open_at_start", "open_at",
                                                "close_below", "standard", "join",          "jockeying",
                                                "open_lanes",  "basket",   "per_item",      "payment"};
const std::vector<std::string> restaurant_keys = {
    "tables",      "party_size", "meal_by_party_size", "seating", "tables_per_waiter", "spend_per_guest",
    "join_tables", "kitchen"};

int whole(const Field& f, long long min, long long max, const std::string& what) {
  return static_cast<int>(read_integer(
      f, min, max, "a whole number of " + what + " from " + std::to_string(min) + " to " + std::to_string(max)));
}

std::string read_choice(const Field& f, const std::vector<std::string>& allowed) {
  const std::string text = f.is_scalar() ? f.text() : std::string();
  if (std::find(allowed.begin(), allowed.end(), text) != allowed.end()) return text;
  std::string message = f.path() + " must be one of " + join(allowed) + ", got " + f.found();
  if (const auto guess = closest_match(text, allowed); guess && !text.empty())
    message += "; did you mean \"" + *guess + "\"?";
  f.fail(message);
}

FloorKind read_kind(const Field& f) {
  const std::string kind = read_choice(f, kinds);
  return kind == "checkout"     ? FloorKind::checkout
         : kind == "restaurant" ? FloorKind::restaurant
                                : FloorKind::call_center;
}

void read_express(const Field& f, CheckoutFloor& c, const Field& lanes) {
  const MapReader m(f, MapSpec{"checkout.express", {"lanes", "max_items"}, {"lanes", "max_items"}, "checkout.express"});
  const Field n = m.at("lanes");
  c.express_lanes = whole(n, 0, max_lanes, "lanes");
  if (c.express_lanes >= c.lanes)
    n.fail_must_be("fewer than checkout.lanes (" + lanes.text() + "): at least one lane must take every basket");
  const Field items = m.at("max_items");
  c.express_max_items = whole(items, 1, 100000, "items");
  if (c.express_max_items >= c.basket.max())
    items.fail("checkout.express.max_items must be smaller than the largest basket (" + std::to_string(c.basket.max()) +
               " items), got " + items.found() + ": an express lane that takes every basket is an ordinary lane");
}

void read_lane_policy(const MapReader& m, CheckoutFloor& c) {
  if (const auto f = m.get("open_at")) c.open_at = whole(*f, 1, max_waiting, "customers waiting");
  c.standard = c.open_at;
  if (const auto f = m.get("standard")) c.standard = whole(*f, 1, max_waiting, "customers waiting");
  c.close_below = std::min(2, c.open_at);
  if (const auto f = m.get("close_below")) {
    c.close_below = whole(*f, 0, max_waiting, "customers waiting");
    if (c.close_below > c.open_at)
      f->fail_must_be("at most checkout.open_at (" + std::to_string(c.open_at) +
                      "), or lanes would open and close at once");
  }
  if (const auto f = m.get("open_at_start")) {
    c.open_at_start = whole(*f, 0, max_lanes, "lanes");
    if (c.open_at_start > c.lanes) f->fail_must_be("at most checkout.lanes (" + std::to_string(c.lanes) + ")");
  }
  if (const auto f = m.get("join")) {
    const std::string join = read_choice(*f, {"shortest_queue", "fewest_items", "random"});
    c.join = join == "fewest_items" ? CheckoutFloor::Join::fewest_items
             : join == "random"     ? CheckoutFloor::Join::random
                                    : CheckoutFloor::Join::shortest_queue;
  }
  if (const auto f = m.get("open_lanes"))
    c.every_cashier_at_a_till = read_choice(*f, {"by_rule", "every_cashier"}) == "every_cashier";
  if (const auto f = m.get("jockeying")) c.jockeying = read_bool(*f);
}

CheckoutFloor read_checkout(const Field& f) {
  const MapReader m(f, MapSpec{"checkout", checkout_keys, {"lanes", "basket"}, "checkout"});
  CheckoutFloor c;
  const Field lanes = m.at("lanes");
  c.lanes = whole(lanes, 1, max_lanes, "lanes");
  c.basket = read_count_distribution(m.at("basket"), "items");
  if (const auto e = m.get("express")) read_express(*e, c, lanes);
  if (const auto p = m.get("per_item")) c.per_item_s = read_duration_s(*p);
  if (const auto p = m.get("payment")) c.payment = read_distribution(*p, DurationRole::patience);
  read_lane_policy(m, c);
  return c;
}

std::vector<int> read_tables(const Field& f, std::vector<std::pair<int, int>>& listed_kinds) {
  if (!f.is_list() || f.node().size() == 0)
    f.fail_must_be("a list of table kinds {seats, count}, e.g. [{seats: 2, count: 8}, {seats: 4, count: 10}]");
  std::vector<int> tables;
  for (const Field& item : f.items()) {
    const MapReader m(item, MapSpec{item.path(), {"seats", "count"}, {"seats", "count"}, item.path()});
    const int seats = whole(m.at("seats"), 1, max_seats, "seats");
    const int count = whole(m.at("count"), 1, max_tables, "tables");
    if (tables.size() + static_cast<std::size_t>(count) > static_cast<std::size_t>(max_tables))
      m.at("count").fail("restaurant.tables has more than " + std::to_string(max_tables) + " tables in all");
    tables.insert(tables.end(), static_cast<std::size_t>(count), seats);
    listed_kinds.emplace_back(seats, count);
  }
  return tables;  // in listing order: table number k + 1 is tables[k]
}

// Sorts the tables by seats (stable, so tables of a size keep their listing
// order) and returns where each table number went.
std::vector<int> sort_tables(std::vector<int>& tables) {
  std::vector<int> order(tables.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return tables[a] < tables[b]; });
  std::vector<int> sorted, position_of(tables.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    sorted.push_back(tables[static_cast<std::size_t>(order[k])]);
    position_of[static_cast<std::size_t>(order[k])] = static_cast<int>(k);
  }
  tables = std::move(sorted);
  return position_of;
}

void check_party_fits(const Field& party, const RestaurantFloor& r) {
  const int largest = SeatingPlan::largest_place(r.tables, r.join_rows);
  if (r.party_size.max() <= largest) return;
  const std::string allows = r.party_size.max() > 100000 ? std::string("any size") : std::to_string(r.party_size.max());
  if (r.join_rows.empty())
    party.fail("restaurant.party_size allows parties of " + allows + " but the largest table seats " +
               std::to_string(r.tables.back()) +
               "; every party must fit a table (add a larger table or limit the party sizes)");
  int joined = 0;  // the largest combination: a whole row
  for (const auto& row : r.join_rows) {
    int seats = 0;
    for (int t : row) seats += r.tables[static_cast<std::size_t>(t)];
    joined = std::max(joined, seats);
  }
  party.fail("restaurant.party_size allows parties of " + allows + " but the largest table seats " +
             std::to_string(r.tables.back()) + " and the largest joinable combination " + std::to_string(joined) +
             "; every party must fit a table or a combination (add a larger table, join more tables or limit the "
             "party sizes)");
}

void read_meals(const Field& f, RestaurantFloor& r) {
  if (!f.is_map())
    f.fail_must_be("a map from a party size to its meal duration, e.g. {1: {fixed: 30min}, 6: {lognormal: {mean: "
                   "75min, cv: 0.3}}}");
  const int largest = SeatingPlan::largest_place(r.tables, r.join_rows);
  r.meal_by_size.assign(static_cast<std::size_t>(largest), std::nullopt);
  for (auto it = f.node().begin(); it != f.node().end(); ++it) {
    const Field key = f.child(it->first, "a key in " + f.path());
    const int size = whole(key, 1, largest, "guests (a party size that fits a table)");
    auto& slot = r.meal_by_size[static_cast<std::size_t>(size - 1)];
    if (slot) key.fail("duplicate party size " + key.text() + " in " + f.path());
    slot = read_distribution(f.child(it->second, f.path() + "." + key.text(), it->first.Mark()), DurationRole::service);
  }
}

RestaurantFloor read_restaurant(const Field& f, const Clock& clock) {
  const MapReader m(f, MapSpec{"restaurant", restaurant_keys, {"tables", "party_size"}, "restaurant"});
  RestaurantFloor r;
  r.tables = read_tables(m.at("tables"), r.listed_kinds);
  const std::vector<int> position_of = sort_tables(r.tables);
  if (const auto j = m.get("join_tables")) r.join_rows = read_join_rows(*j, position_of);
  if (const auto k = m.get("kitchen")) r.kitchen = read_kitchen(*k, clock);
  const Field party = m.at("party_size");
  r.party_size = read_count_distribution(party, "guests");
  check_party_fits(party, r);
  r.meal_by_size.assign(static_cast<std::size_t>(SeatingPlan::largest_place(r.tables, r.join_rows)), std::nullopt);
  if (const auto meals = m.get("meal_by_party_size")) read_meals(*meals, r);
  if (const auto s = m.get("seating")) r.strict_fifo = read_choice(*s, {"first_fit", "strict_fifo"}) == "strict_fifo";
  if (const auto t = m.get("tables_per_waiter")) r.tables_per_waiter = whole(*t, 1, max_tables, "tables");
  if (const auto s = m.get("spend_per_guest"))
    r.spend_per_guest = read_number(*s, 0, 1e9, false, "an amount per guest from 0 to 1000000000, e.g. 18.50");
  return r;
}

}  // namespace

void read_floor(const MapReader& top, Scenario& s) {
  if (const auto f = top.get("floor")) s.floor.kind = read_kind(*f);
  const std::string kind = floor_name(s.floor.kind);
  for (const char* section : {"checkout", "restaurant"})
    if (const auto f = top.get(section); f && kind != section)
      f->fail(std::string(section) + " is given but the floor is " + kind + "; add floor: " + section +
              " or remove this section");
  if (s.floor.kind == FloorKind::call_center) return;
  if (!top.has(kind)) top.fail_missing(kind, "a " + kind + " floor needs its " + kind + " section");
  if (s.floor.kind == FloorKind::checkout) s.floor.checkout = read_checkout(top.at(kind));
  if (s.floor.kind == FloorKind::restaurant) s.floor.restaurant = read_restaurant(top.at(kind), s.clock);
  for (const char* key : {"lines", "queue_capacity"})
    if (const auto f = top.get(key))
      f->fail(std::string(key) + " applies to a call center only, not to a " + kind + " floor");
}

}  // namespace ccsim::scenario_detail
