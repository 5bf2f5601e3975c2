// restaurant.join_tables and restaurant.kitchen.
#include "restaurant_reader.hpp"

#include <algorithm>
#include <string>

#include "distribution_reader.hpp"
#include "interval_values_reader.hpp"

namespace ccsim::scenario_detail {
namespace {

constexpr std::size_t max_row = 20;  // tables in one row of adjacent tables
constexpr std::size_t max_rows = 10000;
constexpr long long max_cooks = 10000;

std::vector<int> read_row(const Field& row, const std::vector<int>& position_of) {
  const std::string tables = "tables 1 to " + std::to_string(position_of.size());
  if (!row.is_list() || row.node().size() < 2 || row.node().size() > max_row)
    row.fail_must_be("a list of 2 to " + std::to_string(max_row) + " table numbers, e.g. [1, 2, 3]");
  std::vector<int> numbers;
  for (const Field& item : row.items()) {
    const auto n = integer_in(item);
    if (!n) item.fail_must_be("a table number from 1 to " + std::to_string(position_of.size()));
    if (*n < 1 || *n > static_cast<long long>(position_of.size()))
      item.fail(item.path() + " names table " + item.text() + " but the restaurant has " + tables +
                " only (numbered in the order restaurant.tables lists them)");
    if (std::find(numbers.begin(), numbers.end(), *n) != numbers.end())
      item.fail(row.path() + " names table " + item.text() + " twice; a row of adjacent tables names each table once");
    numbers.push_back(static_cast<int>(*n));
  }
  std::vector<int> positions;
  for (int n : numbers) positions.push_back(position_of[static_cast<std::size_t>(n - 1)]);
  return positions;
}

}  // namespace

std::vector<std::vector<int>> read_join_rows(const Field& f, const std::vector<int>& position_of) {
  if (!f.is_list() || f.node().size() == 0 || f.node().size() > max_rows)
    f.fail_must_be("a list of rows of adjacent tables by number, e.g. [[1, 2, 3], [9, 10]] (tables are numbered 1, "
                   "2, ... in the order restaurant.tables lists them)");
  std::vector<std::vector<int>> rows;
  for (const Field& row : f.items()) rows.push_back(read_row(row, position_of));
  return rows;
}

Kitchen read_kitchen(const Field& f, const Clock& clock) {
  const MapReader m(
      f, MapSpec{"restaurant.kitchen", {"cooks", "per_order"}, {"cooks", "per_order"}, "restaurant.kitchen"});
  Kitchen k;
  const Field cooks = m.at("cooks");
  k.cooks = read_per_interval<int>(cooks, clock, "a whole number of cooks from 0 to " + std::to_string(max_cooks),
                                   [](const Field& v, const std::string& allowed) {
                                     return static_cast<int>(read_integer(v, 0, max_cooks, allowed));
                                   });
  if (*std::max_element(k.cooks.begin(), k.cooks.end()) == 0)
    cooks.fail(cooks.path() + " must be at least 1 in some interval (otherwise no order is ever cooked), got " +
               (cooks.is_scalar() ? cooks.found() : std::string("only zeros")));
  k.per_order = read_distribution(m.at("per_order"), DurationRole::patience);
  return k;
}

}  // namespace ccsim::scenario_detail
