#include "capacity_reader.hpp"

#include <cmath>
#include <cstdio>

#include "spelling.hpp"

namespace ccsim::scenario_detail {
namespace {

constexpr long long max_seats = 100000;

template <class Named>
std::vector<std::string> names_of(const std::vector<Named>& entries) {
  std::vector<std::string> names;
  for (const Named& e : entries) names.push_back(e.name);
  return names;
}

// The index of the entry named by `f`, or a refusal listing the names.
template <class Named>
int index_named(const Field& f, const std::vector<Named>& entries, const std::string& kind) {
  const std::string name = read_text(f);
  const std::vector<std::string> names = names_of(entries);
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<int>(i);
  std::string message = f.path() + " names an unknown " + kind + " \"" + name + "\"";
  if (const auto guess = closest_match(name, names)) message += "; did you mean \"" + *guess + "\"?";
  f.fail(message + " (" + (kind == "class" ? "classes" : kind + "s") + ": " + join(names) + ")");
}

std::string clock_time(const Clock& clock, double t_s) {
  const double s = clock.start_of_day_s.value_or(0) + t_s;
  char buf[48];
  const long long minutes = std::llround(s / 60);
  std::snprintf(buf, sizeof buf, "%02lld:%02lld", minutes / 60, minutes % 60);
  return buf;
}

// A time of day inside the clock, as seconds from the clock's start. With a
// `length` clock, "HH:MM" counts from the start ("00:00").
double read_clock_time_s(const Field& f, const Clock& clock) {
  const double t = read_time_of_day_s(f) - clock.start_of_day_s.value_or(0);
  if (t < -1e-9 || t > clock.length_s + 1e-9)
    f.fail_must_be("a time of day within the clock (" + clock_time(clock, 0) + " to " +
                   clock_time(clock, clock.length_s) + ")");
  return std::max(0.0, std::min(t, clock.length_s));
}

Break read_break(const Field& f, const Clock& clock, const Shift& shift) {
  const MapReader m(f, MapSpec{"a break", {"at", "length"}, {"at", "length"}, f.path()});
  Break b{read_clock_time_s(m.at("at"), clock), read_duration_s(m.at("length"), true)};
  if (b.at_s < shift.start_s || b.at_s + b.length_s > shift.end_s + 1e-9)
    f.fail(f.path() + " (" + m.at("at").text() + " for " + m.at("length").text() + ") is outside its shift (" +
           clock_time(clock, shift.start_s) + " to " + clock_time(clock, shift.end_s) +
           "); a break must start and end within the shift");
  return b;
}

Shift read_shift(const Field& f, const Clock& clock) {
  const MapReader m(f, MapSpec{"a shift", {"start", "end", "count", "breaks"}, {"start", "end", "count"}, f.path()});
  Shift shift;
  shift.start_s = read_clock_time_s(m.at("start"), clock);
  const Field end = m.at("end");
  shift.end_s = read_clock_time_s(end, clock);
  if (shift.end_s <= shift.start_s)
    end.fail_must_be("a time of day after the shift's start (" + m.at("start").text() + ")");
  shift.count =
      static_cast<int>(read_integer(m.at("count"), 0, max_seats, "a whole number of agents from 0 to 100000"));
  if (const auto breaks = m.get("breaks")) {
    if (!breaks->is_list()) breaks->fail_must_be("a list of breaks {at: \"12:00\", length: 30min}");
    for (const Field& item : breaks->items()) {
      const Break b = read_break(item, clock, shift);
      if (!shift.breaks.empty() && b.at_s < shift.breaks.back().at_s + shift.breaks.back().length_s)
        item.fail(item.path() + " starts at " + clock_time(clock, b.at_s) + ", before the previous break ends (" +
                  clock_time(clock, shift.breaks.back().at_s + shift.breaks.back().length_s) +
                  "); breaks must be in order and must not overlap");
      shift.breaks.push_back(b);
    }
  }
  return shift;
}

// The agents whose shift covers each interval's start: what charts and the
// analytic staffing see of a shift plan.
std::vector<int> nominal_counts(const std::vector<Shift>& shifts, const Clock& clock) {
  std::vector<int> count(static_cast<std::size_t>(clock.intervals()), 0);
  for (std::size_t i = 0; i < count.size(); ++i) {
    const double t = static_cast<double>(i) * clock.interval_s;
    for (const Shift& s : shifts)
      if (s.start_s <= t && t < s.end_s) count[i] += s.count;
  }
  return count;
}

std::vector<Shift> read_shifts(const Field& f, const Clock& clock) {
  if (!f.is_list() || f.node().size() == 0)
    f.fail_must_be("a list of at least one shift {start: \"08:00\", end: \"16:30\", count: 12, breaks: [...]}");
  std::vector<Shift> shifts;
  for (const Field& item : f.items()) shifts.push_back(read_shift(item, clock));
  return shifts;
}

std::vector<int> read_skills(const Field& f, const std::vector<Demand>& demand) {
  if (!f.is_list() || f.node().size() == 0) f.fail_must_be("a non-empty list of class names, e.g. [retail, business]");
  std::vector<int> skills;
  for (const Field& item : f.items()) {
    const int c = index_named(item, demand, "class");
    if (std::find(skills.begin(), skills.end(), c) == skills.end()) skills.push_back(c);
  }
  return skills;
}

Fatigue read_fatigue(const Field& f) {
  const MapReader m(
      f, MapSpec{"fatigue", {"window", "threshold", "factor"}, {"window", "threshold", "factor"}, "fatigue"});
  Fatigue fatigue;
  fatigue.window_s = read_duration_s(m.at("window"), true);
  fatigue.threshold = read_fraction(m.at("threshold"));
  fatigue.factor = read_number(m.at("factor"), 1, 10, false, "a service-time multiplier from 1 to 10");
  return fatigue;
}

Route route_of(const Field& f, const Scenario& s, int demand_class) {
  const MapReader m(f, MapSpec{"route", {"primary", "overflow"}, {"primary"}, "route"});
  const std::string class_name = s.demand[static_cast<std::size_t>(demand_class)].name;
  const auto skilled = [&](const Field& name, int g) {
    if (!s.staff[static_cast<std::size_t>(g)].serves(demand_class))
      name.fail(name.path() + " is group \"" + name.text() + "\", whose skills do not include class \"" + class_name +
                "\"; add the class to its skills or route to another group");
    return g;
  };
  Route route;
  const Field primary = m.at("primary");
  route.primary = skilled(primary, index_named(primary, s.staff, "group"));
  if (const auto overflow = m.get("overflow")) {
    const MapReader o(*overflow, MapSpec{"route.overflow", {"group", "after"}, {"group", "after"}, "route.overflow"});
    const Field group = o.at("group");
    route.overflow = skilled(group, index_named(group, s.staff, "group"));
    if (*route.overflow == route.primary)
      group.fail("route.overflow.group must differ from route.primary, got \"" + group.text() + "\" for both");
    route.overflow_after_s = read_duration_s(o.at("after"));
  }
  return route;
}

}  // namespace

void read_group_capacity(const MapReader& m, const Clock& clock, const std::vector<Demand>& demand, StaffGroup& g) {
  const auto count = m.get("count"), shifts = m.get("shifts");
  if (count && shifts)
    m.field().fail("staff \"" + g.name +
                   "\" has both count and shifts; give exactly one (agents per interval, or "
                   "shifts with start, end, count and breaks)");
  if (!count && !shifts) m.fail_missing("count", "or shifts; give exactly one: agents per interval, or shifts");
  if (shifts) {
    g.shifts = read_shifts(*shifts, clock);
    g.count = nominal_counts(g.shifts, clock);
  }
  if (const auto skills = m.get("skills")) g.skills = read_skills(*skills, demand);
  if (const auto absent = m.get("absenteeism")) g.absenteeism = read_fraction(*absent);
  if (const auto fatigue = m.get("fatigue")) g.fatigue = read_fatigue(*fatigue);
}

int read_priority(const Field& f) {
  return static_cast<int>(read_integer(f, 1, 1000, "a whole number from 1 (served first) to 1000"));
}

Route read_route(const Field& f, const Scenario& s, int demand_class) { return route_of(f, s, demand_class); }

}  // namespace ccsim::scenario_detail
