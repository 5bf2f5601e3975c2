#pragma once
// The most agents `ccsim staff` may put on duty in one interval: the
// scenario's max_agents, and the groups' own max_agents (seats at a desk)
// once every group has one, since the plan can then place no more.
#include <optional>
#include <string>

#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// min(max_agents, the sum of the groups' max_agents when every group has
/// one); absent when neither caps the floor.
std::optional<int> agents_cap(const Scenario& scenario);

/// What the cap is, for messages: "max_agents", or "the groups' max_agents
/// (6 + 30)" when those bind.
std::string agents_cap_name(const Scenario& scenario);

}  // namespace ccsim
