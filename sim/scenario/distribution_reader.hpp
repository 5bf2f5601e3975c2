#pragma once
// Reads a distribution written as a one-key map, e.g. {lognormal: {mean: 4min, cv: 1}}.
#include "ccsim/model/distribution.hpp"
#include "yaml_reader.hpp"

namespace ccsim::scenario_detail {

/// What the distribution describes: a service time must have a mean > 0;
/// a patience may be 0 (e.g. {fixed: 0s}: nobody waits).
enum class DurationRole { service, patience };

/// The distribution at `f` (named by f.path(), e.g. "service"), checked so that
/// the Distribution factories never see invalid parameters.
Distribution read_distribution(const Field& f, DurationRole role);

}  // namespace ccsim::scenario_detail
