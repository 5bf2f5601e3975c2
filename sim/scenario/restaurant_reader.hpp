#pragma once
// The restaurant's optional keys for joining tables and for the kitchen
// (private to the scenario layer).
#include <vector>

#include "ccsim/scenario/floor.hpp"
#include "ccsim/scenario/scenario.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// `restaurant.join_tables`: rows of adjacent tables by number, tables being
/// numbered 1, 2, ... in the order `restaurant.tables` lists them.
/// `position_of[k]` is where table number k + 1 sits in the sorted tables;
/// the rows come back as such positions.
std::vector<std::vector<int>> read_join_rows(const Field& f, const std::vector<int>& position_of);

/// `restaurant.kitchen`: {cooks, per_order}; cooks one number for the day or
/// one per interval of `clock`.
Kitchen read_kitchen(const Field& f, const Clock& clock);

}  // namespace ccsim::scenario_detail
