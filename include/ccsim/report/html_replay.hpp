#pragma once
// The replay section of report.html (ccsim run --trace): replication 1's
// events embedded as data, played back by sim/report/replay.js.
#include <string>
#include <vector>

#include "ccsim/model/floor_event.hpp"
#include "ccsim/scenario/scenario.hpp"

namespace ccsim {

/// `<section id="replay">`: a player (play, pause, speed, scrub), the
/// counters so far (ids replay-arrived, -answered, -abandoned, -blocked,
/// -waiting, -talking, -wrap, -idle, -away, -staff), the floor (the queue as
/// a line of customers, the servers as seats coloured by state) and a
/// timeline per server. The location hash "#replay=HH:MM" or "#replay=end"
/// opens it at that instant.
std::string replay_section(const Scenario& scenario, const std::vector<FloorEvent>& events);

}  // namespace ccsim
