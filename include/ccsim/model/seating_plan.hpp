#pragma once
// A restaurant's tables and the combinations of adjacent tables that may be
// pushed together for a large party; which tables are free, and where a party
// is seated.
#include <cstdint>
#include <vector>

namespace ccsim {

/// Places a party can take: every single table, then every joinable
/// combination (a run of two or more consecutive tables of a row of adjacent
/// tables). A joined combination seats the sum of its tables' seats.
///
/// Seating order, for a party of n guests: the smallest free single table
/// with at least n seats (tables are kept in ascending order of seats, the
/// first one wins a tie); only if there is none, the free combination with
/// the fewest seats that fits, ties going to the one with fewer tables, then
/// to the one listed first (rows in the order given, runs by their first
/// table, shorter runs first).
class SeatingPlan {
public:
  /// `seats`: seats of each table, ascending. `join_rows`: rows of adjacent
  /// tables as positions in `seats` (each row lists distinct positions).
  SeatingPlan(std::vector<int> seats, const std::vector<std::vector<int>>& join_rows);

  /// The place a party of `size` would take now, or -1 when none is free.
  int choose(int size) const;
  /// The tables (positions in `seats`) of a place: one for a single table,
  /// the first one hosting the party.
  const std::vector<int>& tables_of(int place) const { return places_[static_cast<std::size_t>(place)].tables; }
  int seats_of(int place) const { return places_[static_cast<std::size_t>(place)].seats; }
  /// Marks the place's tables busy (all must be free) or free again.
  void occupy(int place);
  void release(int place);
  bool busy(int table) const { return busy_[static_cast<std::size_t>(table)] != 0; }
  int tables() const { return static_cast<int>(busy_.size()); }
  /// Places 0 .. tables() - 1 are the single tables.
  bool joined(int place) const { return place >= tables(); }

  /// The most guests one place seats: the largest table or combination.
  static int largest_place(const std::vector<int>& seats, const std::vector<std::vector<int>>& join_rows);

private:
  struct Place {
    int seats = 0;
    std::vector<int> tables;
  };
  bool free(const Place& p) const;

  std::vector<Place> places_;  // single tables in order, then combinations in seating order
  std::vector<std::uint8_t> busy_;
};

}  // namespace ccsim
