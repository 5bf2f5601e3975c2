#include "live_room.hpp"

#include <netdb.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <stdexcept>
#include <thread>

#include <boost/program_options/errors.hpp>
#include <fmt/format.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "ccsim/engine/replication_runner.hpp"
#include "ccsim/scenario/confined_files.hpp"
#include "ccsim/scenario/loader.hpp"
#include "ccsim/scenario/scenario_error.hpp"
#include "live_room_page.hpp"
#include "option_parsing.hpp"
#include "render_run.hpp"
#include "room_http.hpp"
#include "room_scenarios.hpp"

namespace ccsim::cli {
namespace {

using Json = nlohmann::json;

class LiveRoom {
public:
  explicit LiveRoom(const LiveRoomOptions& o) : options_(o), folder_(o.folder) {
    while (folder_.size() > 1 && folder_.back() == '/') folder_.pop_back();
    max_runs_ =
        options_.max_runs > 0 ? options_.max_runs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  }

  void route(httplib::Server& server) {
    server.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(live_room_page, "text/html; charset=utf-8");
    });
    server.Get("/api/scenarios", [this](const httplib::Request& req, httplib::Response& res) {
      answer(req, res, [&] {
        res.set_content(scenarios().dump(-1, ' ', false, Json::error_handler_t::replace) + "\n", "application/json");
      });
    });
    server.Get("/api/scenario", [this](const httplib::Request& req, httplib::Response& res) {
      answer(req, res, [&] {
        const Query query(req);
        check_params(query, {"name"});
        const std::string path = existing(query.one("name"));
        res.set_content(read_text(path), "text/yaml; charset=utf-8");
      });
    });
    // Exactly the summary.json `ccsim run SCENARIO --set ... --out DIR` writes.
    server.Post("/api/run", [this](const httplib::Request& req, httplib::Response& res) {
      answer(req, res, [&] {
        const Query query(req);
        check_params(query, {"scenario", "set", "replications", "seed", "client"});
        check_target(query, req.body);  // a refused request cancels nothing
        const Token token = supersede(query);
        res.set_content(file_named(simulate(req.body, query, query.all("set"), false, token)->files, "summary.json"),
                        "application/json");
      });
    });
    // For the page: summary.json, the paired change and report.html (with
    // the replay of replication 1) of one run; with stream=1, as lines of
    // JSON: progress while it runs, then the result (or an error).
    server.Post("/api/live", [this](const httplib::Request& req, httplib::Response& res) {
      answer(req, res, [&] {
        const Query query(req);
        check_params(query, {"scenario", "set", "before", "replications", "seed", "client", "stream"});
        check_target(query, req.body);  // a refused request cancels nothing
        const Token token = supersede(query);
        if (query.one("stream") != "1") {
          res.set_content(live(req.body, query, token, {}).dump(-1, ' ', false, Json::error_handler_t::replace),
                          // Not "application/json": cpp-httplib would brotli it at quality 11 for a
                          // browser, 1.8 s for the report's 1.5 MB, three times the simulation.
                          "application/vnd.ccsim.live+json");
          return;
        }
        // A missing scenario is refused above with its status; what only the
        // run can tell (a bad value, too much work, busy) is an error line.
        res.set_chunked_content_provider("application/x-ndjson", [this, query, token, body = req.body, path = req.path](
                                                                     std::size_t, httplib::DataSink& sink) {
          // A client gone (the write fails) stops its run: the core is free again.
          const auto line = [&sink, &token](const Json& j) {
            const std::string text = j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
            if (!sink.write(text.data(), text.size())) token->store(true);
          };
          try {
            const auto progress = [&](int done, int total) {
              line({{"progress", {{"done", done}, {"total", total}}}});
            };
            line({{"result", live(body, query, token, progress)}});
          } catch (...) {
            const auto [status, message] = failure_of(path);
            line({{"error", message}, {"status", status}});
          }
          sink.done();
          return true;
        });
      });
    });
  }

  /// Stops every simulation in flight (Ctrl-C): they answer 409 at once.
  void stop_runs() { stopping_ = true; }

private:
  // failure(), saying so when a run was stopped because the server is.
  std::pair<int, std::string> failure_of(const std::string& path) const {
    auto f = failure(path);
    if (f.first == 409 && stopping_) f.second = "the server is stopping (Ctrl-C): start it again to go on";
    return f;
  }

  // The scenario a request names: refused (400, 404) before anything runs.
  void check_target(const Query& query, const std::string& body) const {
    if (!query.has("scenario")) throw Refusal(400, "name the scenario: ?scenario=FILE.yaml (GET /api/scenarios)");
    if (body.empty())
      existing(query.one("scenario"));
    else
      check_name(query.one("scenario"));
  }

  // Runs a handler, answering refusals and user errors with their status and message.
  template <class Body>
  void answer(const httplib::Request& req, httplib::Response& res, Body body) {
    try {
      body();
    } catch (...) {
      const auto [status, message] = failure_of(req.path);
      reply_error(res, status, message);
    }
  }

  std::string path_of(const std::string& name) const { return folder_ + "/" + name; }

  std::string existing(const std::string& name) const {
    check_name(name);
    const std::string path = path_of(name);
    if (!std::filesystem::is_regular_file(path))
      throw Refusal(404, "no scenario \"" + name + "\" in the served folder (GET /api/scenarios lists them)");
    return path;
  }

  static std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Refusal(404, "cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }

  Json scenarios() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder_)) {
      const std::string name = entry.path().filename().string();
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml") && name[0] != '.') names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    Json list = Json::array();
    for (const std::string& name : names) {
      try {
        const ConfinedFiles confined(folder_);
        const Scenario s = load_scenario(path_of(name));
        Json item = levers_of(s);
        item["file"] = name;
        item["name"] = s.name;
        item["floor"] = floor_name(s.floor.kind);
        item["replications"] = s.replications;
        list.push_back(item);
      } catch (const std::exception& e) {
        list.push_back({{"file", name}, {"error", e.what()}});
      }
    }
    return {{"folder", folder_}, {"scenarios", list}};
  }

  // One simulation slot while in scope, or 503 when every core is taken.
  class Slot {
  public:
    // A request waits up to 2 s for a core (a superseded run frees its own
    // within 50 ms), then is told to come back.
    explicit Slot(LiveRoom& room) : room_(room) {
      std::unique_lock<std::mutex> lock(room_.slot_mutex_);
      if (!room_.slot_freed_.wait_for(lock, std::chrono::seconds(2), [&] { return room_.running_ < room_.max_runs_; }))
        throw Refusal(503, fmt::format("busy: {} simulations are running, at most {} at once (one per core; "
                                       "ccsim serve --max-runs): try again when one ends",
                                       room_.max_runs_, room_.max_runs_));
      ++room_.running_;
    }
    ~Slot() {
      {
        const std::lock_guard<std::mutex> lock(room_.slot_mutex_);
        --room_.running_;
      }
      room_.slot_freed_.notify_one();
    }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;

  private:
    LiveRoom& room_;
  };

  // A request's cancel flag. With ?client=ID, a newer request of the same
  // client sets the older one's: a page whose slider moved on stops the run
  // it no longer wants, and the core goes to the newest setting.
  using Token = std::shared_ptr<std::atomic<bool>>;
  Token supersede(const Query& query) {
    auto token = std::make_shared<std::atomic<bool>>(false);
    if (!query.has("client")) return token;
    const std::lock_guard<std::mutex> lock(kept_mutex_);
    if (latest_.size() > 64) latest_.clear();  // clients come and go: forget them now and then
    Token& latest = latest_[query.one("client")];
    if (latest) latest->store(true);
    latest = token;
    return token;
  }

  // The page's answer: the run now (with the replay), paired with "before".
  Json live(const std::string& body, const Query& query, const Token& token,
            const std::function<void(int, int)>& progress) {
    const auto started = std::chrono::steady_clock::now();
    const auto now = simulate(body, query, query.all("set"), true, token, progress);
    const auto before = simulate(body, query, query.all("before"), false, token);
    const std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - started;
    return {{"summary", Json::parse(file_named(now->files, "summary.json"))},
            {"paired", paired_day(*before, *now)},
            {"server_ms", std::lround(spent.count())},
            {"report", file_named(now->files, "report.html")}};
  }

  // The request as `ccsim run` arguments with `sets`, simulated on one core;
  // runs without a trace are kept a while ("before" is asked for again and again).
  std::shared_ptr<const RenderedRun> simulate(const std::string& body, const Query& query,
                                              const std::vector<std::string>& sets, bool with_trace, const Token& token,
                                              const std::function<void(int, int)>& progress = {}) {
    if (!query.has("scenario")) throw Refusal(400, "name the scenario: ?scenario=FILE.yaml (GET /api/scenarios)");
    const std::string name = query.one("scenario");
    const bool posted = !body.empty();  // the body, if any, is the scenario's YAML text
    check_name(name);
    const std::string path = posted ? path_of(name) : existing(name);
    std::vector<std::string> args{path};
    for (const std::string& set : sets) args.insert(args.end(), {"--set", set});
    for (const char* key : {"replications", "seed"})
      if (query.has(key)) args.insert(args.end(), {std::string("--") + key, query.one(key)});
    args.insert(args.end(), {"--jobs", "1", "--quiet"});
    if (with_trace) args.insert(args.end(), {"--trace", "replay"});
    std::string key = posted ? body : read_text(path);  // an edited file is a new scenario
    for (const std::string& a : args) key += '\0' + a;
    if (!with_trace)
      if (auto kept = recall(key)) return kept;
    Slot slot(*this);
    const ConfinedFiles confined(folder_);  // a posted text or --set may name a forecast anywhere
    const auto run = std::make_shared<const RenderedRun>(render_run(
        args, posted ? &body : nullptr, [this](const Scenario& s) { check_size(s); },
        [this, token] { return token->load() || stopping_.load(); }, progress));
    if (!with_trace) keep(key, run);
    return run;
  }

  void check_size(const Scenario& s) const {
    const double calls = forecast_customers(s) * s.replications;
    if (calls > options_.max_calls)
      throw Refusal(422, fmt::format("this run asks for about {:.0f} customers ({} replications of {:.0f} a day); "
                                     "the live room simulates at most {:.0f} per request (ccsim serve "
                                     "--max-calls): ask for fewer replications or less demand",
                                     calls, s.replications, forecast_customers(s), options_.max_calls));
  }

  std::shared_ptr<const RenderedRun> recall(const std::string& key) {
    const std::lock_guard<std::mutex> lock(kept_mutex_);
    for (const auto& [k, run] : kept_)
      if (k == key) return run;
    return nullptr;
  }
  void keep(const std::string& key, std::shared_ptr<const RenderedRun> run) {
    const std::lock_guard<std::mutex> lock(kept_mutex_);
    kept_.emplace_back(key, std::move(run));
    if (kept_.size() > 8) kept_.pop_front();  // the last few settings: a class's "before" and a few more
  }

  static std::string file_named(const std::vector<OutputFile>& files, const std::string& name) {
    for (const OutputFile& f : files)
      if (f.name == name) return f.content;
    throw std::logic_error("ccsim run wrote no " + name);
  }

  LiveRoomOptions options_;
  std::string folder_;
  std::mutex kept_mutex_;
  std::deque<std::pair<std::string, std::shared_ptr<const RenderedRun>>> kept_;
  std::map<std::string, Token> latest_;  // per client, its newest request's flag
  std::atomic<bool> stopping_{false};
  int max_runs_ = 1;
  std::mutex slot_mutex_;
  std::condition_variable slot_freed_;
  int running_ = 0;  // simulations in flight, under slot_mutex_
};

}  // namespace

int serve_live_room(const LiveRoomOptions& options) {
  if (!std::filesystem::is_directory(options.folder))
    throw UsageError(options.folder + ": not a folder of scenarios (give the folder with the .yaml files)");
  // Ctrl-C and SIGTERM are taken by this thread (sigwait), not by the
  // server's threads or the simulations they fork.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  LiveRoom room(options);
  httplib::Server server;
  server.set_payload_max_length(options.max_body);
  server.set_error_handler([&options](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 413)
      reply_error(res, 413,
                  fmt::format("the request body is larger than {} bytes (ccsim serve --max-body)", options.max_body));
    else if (res.status == 400 && req.method == "POST" && !req.has_header("Content-Length"))
      reply_error(res, 400, "a POST needs a Content-Length header (0 for no body; curl: --data-binary '')");
    else if (res.status == 404)
      reply_error(res, 404,
                  "no page " + req.path +
                      " (pages: GET /, GET /api/scenarios, GET /api/scenario?name=, "
                      "POST /api/run, POST /api/live)");
    else
      reply_error(res, res.status, "the request was refused (HTTP " + std::to_string(res.status) + ")");
  });
  server.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr) {
    reply_error(res, 500, "internal error on " + req.path);
  });
  room.route(server);
  if (options.port != 0) refuse_port_in_use(options.bind, options.port);
  const int port = options.port == 0 ? server.bind_to_any_port(options.bind) : options.port;
  if (port < 0 || (options.port != 0 && !server.bind_to_port(options.bind, options.port)))
    throw UsageError(fmt::format("cannot listen on {}:{} (in use, or not an address of this machine): try another "
                                 "--port",
                                 options.bind, options.port));
  std::thread listener([&server] { server.listen_after_bind(); });
  std::cout << "ccsim serve: the live room for " << options.folder << " is at http://" << options.bind << ":" << port
            << "/ (Ctrl-C stops it)" << std::endl;
  int signal = 0;
  sigwait(&stop_signals, &signal);
  room.stop_runs();  // runs in flight end within 50 ms, not when they are done
  server.stop();
  listener.join();
  std::cout << "ccsim serve: stopped" << std::endl;
  return 0;
}

}  // namespace ccsim::cli
