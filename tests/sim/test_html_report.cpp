// The SVG chart writer and report.html: escaping, axis scaling, every data
// point present; and the engine's waiting-time histograms by hand.
#include <regex>
#include <string>

#include <catch2/catch.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/report/estimate_text.hpp"
#include "ccsim/report/html_escape.hpp"
#include "ccsim/report/html_report.hpp"
#include "ccsim/report/svg_chart.hpp"
#include "test_scenarios.hpp"

using namespace ccsim;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

// The value of attribute `name` in every element of class "pt", in order.
std::vector<std::string> point_attributes(const std::string& svg, const std::string& name) {
  std::vector<std::string> out;
  const std::regex element("<(circle|rect) class=\"pt\"[^>]*>");
  const std::regex attribute(" " + name + "=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element); it != std::sregex_iterator(); ++it) {
    std::smatch m;
    const std::string tag = it->str();
    if (std::regex_search(tag, m, attribute)) out.push_back(m[1]);
  }
  return out;
}

ChartSpec three_points() {
  ChartSpec c;
  c.id = "c";
  c.title = "Title <b>&</b>";
  c.x.title = "x (s)";
  c.y.title = "y (%)";
  c.x.min = 0, c.x.max = 10;
  c.y.min = 0, c.y.max = 100;
  ChartSeries s;
  s.name = "series \"one\" <i>";
  s.color = "#123456";
  for (const auto& [x, y] : {std::pair{0.0, 0.0}, {5.0, 50.0}, {10.0, 100.0}}) {
    ChartPoint p;
    p.x = x, p.y = y, p.label = "at " + std::to_string(static_cast<int>(x));
    s.points.push_back(p);
  }
  c.series.push_back(s);
  return c;
}

}  // namespace

TEST_CASE("html_escape replaces the five special characters", "[report]") {
  CHECK(html_escape("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  CHECK(html_escape("plain 12:00–12:15") == "plain 12:00–12:15");
}

TEST_CASE("counted nouns take their plural", "[report]") {
  CHECK(counted(1, "replication") == "1 replication");
  CHECK(counted(20, "replication") == "20 replications");
  CHECK(counted(2, "customer class") == "2 customer classes");
  CHECK(counted(0, "batch") == "0 batches");
}

TEST_CASE("nice ticks are round numbers covering the range", "[report]") {
  CHECK(nice_ticks(0, 87) == std::vector<double>{0, 20, 40, 60, 80, 100});
  CHECK(nice_ticks(0, 100) == std::vector<double>{0, 20, 40, 60, 80, 100});
  CHECK(nice_ticks(0, 1) == std::vector<double>{0, 0.2, 0.4, 0.6000000000000001, 0.8, 1});
  CHECK(nice_ticks(0, 7, 7) == std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7});
  const auto t = nice_ticks(3, 3);  // empty range: still a usable axis
  CHECK(t.size() >= 2);
  CHECK(t.front() <= 3);
  CHECK(t.back() >= 4);
}

TEST_CASE("every data point is an element with its exact value, axes map the range to the plot", "[report]") {
  const ChartSpec c = three_points();
  const std::string svg = render_svg_chart(c);
  CHECK(point_attributes(svg, "data-value") == std::vector<std::string>{"0", "50", "100"});
  CHECK(point_attributes(svg, "data-x") == std::vector<std::string>{"at 0", "at 5", "at 10"});
  // x: 0..10 onto [64, width - 20]; y: 0..100 onto [bottom, top], bottom = height - 46.
  CHECK(point_attributes(svg, "cx") == std::vector<std::string>{"64.0", "502.0", "940.0"});
  const auto cy = point_attributes(svg, "cy");
  REQUIRE(cy.size() == 3);
  CHECK(cy[0] == "274.0");
  CHECK(std::stod(cy[1]) == Approx((274.0 + std::stod(cy[2])) / 2).margin(0.06));
  CHECK(count(svg, "<title>") == 4);                           // the chart's and one tooltip per point
  CHECK(svg.find("series, at 5: 50.0") == std::string::npos);  // the name is escaped, not dropped
  CHECK(svg.find("series &quot;one&quot; &lt;i&gt;, at 5: 50.0") != std::string::npos);
  CHECK(svg.find("<i>") == std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  CHECK(svg.find("Title &lt;b&gt;&amp;&lt;/b&gt;") != std::string::npos);
  // Ticks on the y axis with their suffix-free labels, and both axis titles.
  for (const char* label : {">0<", ">20<", ">40<", ">60<", ">80<", ">100<", ">x (s)<", ">y (%)<"})
    CHECK(svg.find(label) != std::string::npos);
}

TEST_CASE("undefined values stay as hidden points, exact numbers round-trip", "[report]") {
  ChartSpec c = three_points();
  c.series[0].points[1].y = std::nan("");
  c.series[0].points[2].y = 0.1;
  c.series[0].band = true;
  c.series[0].points[2].lo = 0.05, c.series[0].points[2].hi = 0.15;
  const std::string svg = render_svg_chart(c);
  CHECK(point_attributes(svg, "data-value") == std::vector<std::string>{"0", "", "0.1"});
  CHECK(point_attributes(svg, "data-hi")[2] == "0.15");
  CHECK(count(svg, "visibility=\"hidden\"") == 1);
  CHECK(count(svg, "class=\"band\"") == 2);  // the band breaks where the value is undefined
  CHECK(exact_number(1.0 / 3) == "0.3333333333333333");
}

TEST_CASE("report.html escapes the scenario's text and has every chart with one point per interval", "[report]") {
  Scenario s = test::basic_scenario(4, 900, Distribution::fixed(60), {2, 3, 3, 2}, Distribution::exponential(120));
  s.name = "Tom & Jerry's <script>alert(1)</script>";
  s.source_file = "x<y>.yaml";
  s.demand[0].name = "\"vip\" <calls>";
  s.demand[0].rate_per_s = {0.01, 0.02, 0.03, 0.01};
  s.targets.service_level = ServiceLevelTarget{20, 0.8};
  s.targets.abandonment_at_most = 0.05;
  s.replications = 3;
  const auto results = run_replications(s, RunOptions{1, {}});
  const RunSummary summary = summarize(s, results);
  const std::string html = html_report(s, summary, wait_distribution(s, results), Provenance{"9.9", ""});
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("Tom &amp; Jerry&#39;s &lt;script&gt;") != std::string::npos);
  CHECK(html.find("&quot;vip&quot; &lt;calls&gt;") != std::string::npos);
  CHECK(html.find("x&lt;y&gt;.yaml") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);
  for (const char* id :
       {"chart-demand", "chart-service-level", "chart-abandonment", "chart-asa", "chart-queue", "chart-waits"})
    CHECK(html.find(std::string("id=\"") + id + "\"") != std::string::npos);
  const std::size_t from = html.find("id=\"chart-service-level\""), to = html.find("</svg>", from);
  const auto values = point_attributes(html.substr(from, to - from), "data-value");
  REQUIRE(values.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    const double sl = summary.intervals[i].kpis[Kpi::service_level].mean;
    if (std::isnan(sl))
      CHECK(values[i].empty());
    else
      CHECK(std::stod(values[i]) == Approx(100 * sl));
  }
}

TEST_CASE("the engine records each wait in its histogram bin (by hand)", "[engine]") {
  // As in the hand-computed engine test: waits 0 and 9 s answered, 15 s abandoned.
  Scenario s = test::basic_scenario(1, 60, Distribution::fixed(10), {1}, Distribution::fixed(15));
  s.demand[0].arrival_times_s = {1, 2, 3};
  const IntervalTally t = run_replications(s, RunOptions{1, {}}).at(0).at(0);
  IntervalTally expected;
  expected.answered_waits.count[0] = 1;   // 0 s
  expected.answered_waits.count[2] = 1;   // 9 s, in (5, 10]
  expected.abandoned_waits.count[2] = 1;  // 15 s, in (10, 20]
  CHECK(t.answered_waits.count == expected.answered_waits.count);
  CHECK(t.abandoned_waits.count == expected.abandoned_waits.count);
}

TEST_CASE("a peak on a plateau is marked from its first interval to its last", "[report]") {
  // One-minute intervals from 10:00; the top load holds 10:02-10:05.
  Scenario s = test::basic_scenario(8, 60, Distribution::fixed(30), std::vector<int>(8, 2));
  s.clock.start_of_day_s = 10 * 3600;
  s.demand[0].rate_per_s = {0.01, 0.01, 0.05, 0.05, 0.05, 0.02, 0.01, 0.01};
  s.replications = 2;
  const auto results = run_replications(s, RunOptions{1, {}});
  const RunSummary summary = summarize(s, results);
  const std::string html = html_report(s, summary, wait_distribution(s, results), Provenance{"9.9", ""});
  CHECK(html.find("Peak demand 10:02–10:05") != std::string::npos);
  CHECK(count(html, "peak demand 10:02–10:05") >= 1);  // the charts' marker (was the first minute alone)
}
