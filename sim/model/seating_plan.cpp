#include "ccsim/model/seating_plan.hpp"

#include <algorithm>
#include <cassert>

namespace ccsim {
namespace {

struct Run {
  int seats;
  std::vector<int> tables;
};

// Every run of two or more consecutive tables of every row, in listing order:
// row by row, by first table, shorter runs first.
std::vector<Run> runs_of(const std::vector<int>& seats, const std::vector<std::vector<int>>& rows) {
  std::vector<Run> runs;
  for (const auto& row : rows)
    for (std::size_t first = 0; first < row.size(); ++first) {
      int total = seats[static_cast<std::size_t>(row[first])];
      for (std::size_t last = first + 1; last < row.size(); ++last) {
        total += seats[static_cast<std::size_t>(row[last])];
        runs.push_back(Run{total, std::vector<int>(row.begin() + static_cast<long>(first),
                                                   row.begin() + static_cast<long>(last) + 1)});
      }
    }
  return runs;
}

}  // namespace

SeatingPlan::SeatingPlan(std::vector<int> seats, const std::vector<std::vector<int>>& join_rows)
    : busy_(seats.size(), 0) {
  for (std::size_t t = 0; t < seats.size(); ++t) places_.push_back(Place{seats[t], {static_cast<int>(t)}});
  std::vector<Run> runs = runs_of(seats, join_rows);
  // Fewest seats first, then fewest tables; stable, so listing order breaks the remaining ties.
  std::stable_sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) {
    return a.seats != b.seats ? a.seats < b.seats : a.tables.size() < b.tables.size();
  });
  for (Run& r : runs) places_.push_back(Place{r.seats, std::move(r.tables)});
}

bool SeatingPlan::free(const Place& p) const {
  return std::none_of(p.tables.begin(), p.tables.end(), [this](int t) { return busy(t); });
}

int SeatingPlan::choose(int size) const {
  // Single tables are ascending, combinations in seating order: the first
  // free place that fits is the one to take, and a single table always
  // comes before a combination.
  for (std::size_t k = 0; k < places_.size(); ++k)
    if (places_[k].seats >= size && free(places_[k])) return static_cast<int>(k);
  return -1;
}

void SeatingPlan::occupy(int place) {
  for (int t : tables_of(place)) {
    assert(!busy(t) && "a table is never given to two parties at once");
    busy_[static_cast<std::size_t>(t)] = 1;
  }
}

void SeatingPlan::release(int place) {
  for (int t : tables_of(place)) {
    assert(busy(t));
    busy_[static_cast<std::size_t>(t)] = 0;
  }
}

int SeatingPlan::largest_place(const std::vector<int>& seats, const std::vector<std::vector<int>>& join_rows) {
  int largest = seats.empty() ? 0 : *std::max_element(seats.begin(), seats.end());
  for (const auto& row : join_rows) {
    int total = 0;
    for (int t : row) total += seats[static_cast<std::size_t>(t)];
    largest = std::max(largest, total);
  }
  return largest;
}

}  // namespace ccsim
