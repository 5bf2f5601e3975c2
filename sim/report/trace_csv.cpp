#include "ccsim/report/trace_csv.hpp"

#include <array>
#include <cmath>

#include <fmt/format.h>

#include "ccsim/model/call.hpp"
#include "ccsim/report/run_summary.hpp"
#include "csv_field.hpp"

namespace ccsim {
namespace {

// What each floor calls its customers, servers and events (FloorEvent::Kind order).
struct FloorWords {
  const char* customer;
  const char* server;
  std::array<const char*, 8> events;
};

const FloorWords& words_of(FloorKind kind) {
  static const FloorWords call_center{
      "caller", "group", {"arrived", "blocked", "queued", "answered", "abandoned", "ended", "on_duty", "off_duty"}};
  static const FloorWords checkout{
      "shopper", "lane", {"arrived", "turned_away", "queued", "served", "walked_away", "done", "on_duty", "off_duty"}};
  static const FloorWords restaurant{
      "party", "table", {"arrived", "turned_away", "queued", "seated", "walked_away", "left", "on_duty", "off_duty"}};
  switch (kind) {
  case FloorKind::checkout: return checkout;
  case FloorKind::restaurant: return restaurant;
  default: return call_center;
  }
}

// "08:03:07.250" from the day's start (the clock's time of day, if it has
// one), to the millisecond; whole seconds without the fraction.
std::string clock_of(const Scenario& s, double t_s) {
  const long long ms = std::llround((s.clock.start_of_day_s.value_or(0) + t_s) * 1000);
  const long long whole = ms / 1000;
  std::string out = fmt::format("{:02}:{:02}:{:02}", whole / 3600, whole / 60 % 60, whole % 60);
  if (ms % 1000) out += fmt::format(".{:03}", ms % 1000);
  return out;
}

bool has_customer(const FloorEvent& e) { return e.interval >= 0; }

}  // namespace

std::string trace_csv(const Scenario& s, const std::vector<FloorEvent>& events) {
  const FloorWords& words = words_of(s.floor.kind);
  const bool call_center = s.floor.kind == FloorKind::call_center;
  std::string out =
      fmt::format("time_s,clock,event,class,{},attempt,interval,arrival_s,wait_s,{},agent,end_s,queue_after,{}\n",
                  words.customer, words.server,
                  call_center                             ? "servers"
                  : s.floor.kind == FloorKind::restaurant ? "tables_joined"
                                                          : "servers");
  out.reserve(out.size() + events.size() * 96);
  constexpr std::uint64_t attempt_shift = 48;
  for (const FloorEvent& e : events) {
    const char* event = words.events[e.kind];
    if (e.on_break) event = e.kind == FloorEvent::off_duty ? "break_start" : "break_end";
    out += fmt::format("{},{},{},", e.t_s, clock_of(s, e.t_s), event);
    if (has_customer(e)) {
      const std::uint64_t contact = e.customer & ((std::uint64_t{1} << attempt_shift) - 1);
      const bool repeat = (contact & CallerId::repeat_bit) != 0;
      out += fmt::format("{},{}{},{},{},{},", csv_field(s.demand[static_cast<std::size_t>(e.demand_class)].name),
                         repeat ? "R" : "", contact & ~CallerId::repeat_bit, e.customer >> attempt_shift, e.interval,
                         e.arrival_s);
    } else {
      out += ",,,,,";
    }
    const bool waited = e.kind == FloorEvent::answered || e.kind == FloorEvent::abandoned;
    out += waited ? fmt::format("{},", e.t_s - e.arrival_s) : ",";
    if (e.group < 0)
      out += ",";
    else if (call_center)
      out += csv_field(s.staff[static_cast<std::size_t>(e.group)].name) + ",";
    else
      out += fmt::format("{},", e.group + 1);  // lanes and tables counted from 1, as on the floor
    out += e.agent >= 0 ? fmt::format("{},", e.agent + 1) : ",";
    out += e.kind == FloorEvent::answered ? fmt::format("{},", e.end_s) : ",";
    out += e.queue_after >= 0 ? fmt::format("{},", e.queue_after) : ",";
    const bool holds = e.kind == FloorEvent::answered || e.kind == FloorEvent::ended;
    out += holds ? fmt::format("{}\n", e.servers) : "\n";
  }
  return out;
}

}  // namespace ccsim
