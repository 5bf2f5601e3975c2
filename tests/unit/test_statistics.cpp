// Statistics: Student-t confidence intervals and exact time integrals split
// across reporting intervals.
#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include "ccsim/model/estimate.hpp"
#include "ccsim/model/kpi.hpp"
#include "ccsim/model/replication_recorder.hpp"

using namespace ccsim;

TEST_CASE("Student t quantiles match the tables", "[statistics]") {
  CHECK(student_t_quantile(0.95, 1) == Approx(12.7062).epsilon(1e-5));
  CHECK(student_t_quantile(0.95, 4) == Approx(2.7764).epsilon(1e-4));
  CHECK(student_t_quantile(0.95, 19) == Approx(2.0930).epsilon(1e-4));
  CHECK(student_t_quantile(0.999, 19) == Approx(3.8834).epsilon(1e-4));
}

TEST_CASE("estimate: mean and 95% half-width, undefined values skipped", "[statistics]") {
  // Values 1..5: mean 3, s = sqrt(2.5), half-width t(0.95,4) s / sqrt(5).
  const Estimate e = estimate({1, 2, std::numeric_limits<double>::quiet_NaN(), 3, 4, 5});
  CHECK(e.n == 5);
  CHECK(e.mean == Approx(3));
  CHECK(e.ci95 == Approx(2.776445 * std::sqrt(2.5) / std::sqrt(5.0)).epsilon(1e-6));
  const Estimate one = estimate({7});
  CHECK(one.mean == 7);
  CHECK(std::isnan(one.ci95));
  CHECK(std::isnan(estimate({}).mean));
}

TEST_CASE("a level is integrated exactly and split at interval boundaries", "[statistics]") {
  ReplicationRecorder r(3, 10, 20);
  r.queue().add(5, 1);    // 1 waiting from 5
  r.queue().add(12, 1);   // 2 from 12
  r.queue().add(25, -2);  // 0 from 25
  const auto t = r.finish(30);
  CHECK(t[0].queue_area == Approx(5));       // 1 x [5,10)
  CHECK(t[1].queue_area == Approx(2 + 16));  // 1 x [10,12) + 2 x [12,20)
  CHECK(t[2].queue_area == Approx(10));      // 2 x [20,25)
  CHECK(t[0].max_queue == 1);
  CHECK(t[1].max_queue == 2);
  CHECK(t[2].max_queue == 2);  // 2 waiting when the interval began
  CHECK(t[0].queue_at_end == 1);
  CHECK(t[1].queue_at_end == 2);
  CHECK(t[2].queue_at_end == 0);
}

TEST_CASE("KPIs from a tally follow their stated definitions", "[statistics]") {
  IntervalTally t;
  t.offered = 10;
  t.blocked = 2;
  t.answered = 6;
  t.abandoned = 2;
  t.waited = 4;
  t.answered_within = 5;
  t.wait_answered_s = 30;
  t.wait_admitted_s = 50;
  t.queue_area = 120;
  t.busy_area = 90;
  t.staffed_area = 120;
  CHECK(kpi_value(Kpi::block_rate, t, 60) == Approx(0.2));
  CHECK(kpi_value(Kpi::p_wait, t, 60) == Approx(0.5));
  CHECK(kpi_value(Kpi::service_level, t, 60) == Approx(0.5));
  CHECK(kpi_value(Kpi::abandon_rate, t, 60) == Approx(0.2));
  CHECK(kpi_value(Kpi::asa_s, t, 60) == Approx(5));
  CHECK(kpi_value(Kpi::mean_wait_s, t, 60) == Approx(6.25));
  CHECK(kpi_value(Kpi::mean_queue, t, 60) == Approx(2));
  CHECK(kpi_value(Kpi::agents, t, 60) == Approx(2));
  CHECK(kpi_value(Kpi::occupancy, t, 60) == Approx(0.75));
  CHECK(std::isnan(kpi_value(Kpi::asa_s, IntervalTally{}, 60)));
}

TEST_CASE("the tally field lists cover every number field of the tallies", "[tally]") {
  // Each tally is a flat block of doubles: the lists must name each one once,
  // or operator+= silently drops a field someone adds to the struct.
  constexpr std::size_t class_fields = sizeof(ccsim::ClassTally) / sizeof(double);
  constexpr std::size_t histogram_doubles = ccsim::AnsweredWaits::size + ccsim::AbandonedWaits::size;
  constexpr std::size_t interval_fields =
      sizeof(ccsim::IntervalTally) / sizeof(double) - class_fields - histogram_doubles;
  CHECK(ccsim::class_tally_fields().size() == class_fields);
  CHECK(ccsim::interval_tally_fields().size() == interval_fields);
  const auto& fields = ccsim::interval_tally_fields();
  for (std::size_t i = 0; i < fields.size(); ++i)
    for (std::size_t j = 0; j < i; ++j) CHECK(fields[i].member != fields[j].member);
  const auto& class_list = ccsim::class_tally_fields();
  for (std::size_t i = 0; i < class_list.size(); ++i)
    for (std::size_t j = 0; j < i; ++j) CHECK(class_list[i] != class_list[j]);
  ccsim::IntervalTally a, b;
  b.max_queue = 3;
  b.queue_at_end = 2;
  b.orders = 5;
  b.offered = 7;
  a.max_queue = 4;
  a.orders = 1;
  a += b;
  CHECK(a.max_queue == 4);
  CHECK(a.queue_at_end == 2);
  CHECK(a.orders == 6);
  CHECK(a.offered == 7);
}
