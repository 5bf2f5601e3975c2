#!/usr/bin/env bash
# ccsim serve, end to end: the server starts on a free port, serves the page
# and the scenario list; POST /api/run answers with exactly the bytes of
# `ccsim run --out`'s summary.json (a served file, a posted YAML text, a shift
# roster edited with *); malformed YAML, an unknown key, an oversized body, a
# path outside the folder, an unknown parameter, too much work and 20
# concurrent requests each get the right status and a message, and the server
# stays up; a client's newer request cancels its older run (409); the page's
# streamed answer is progress lines, then the result. Ctrl-C stops the server
# with exit 0 and no process left behind, a run in flight included.
# Usage: bash serve.sh CCSIM_BINARY SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh" "$@"
room="$WORK/room"
mkdir -p "$room"
cp "$SRC"/scenarios/* "$room"/
echo "secret" >"$WORK/outside.yaml"
cp "$SRC/tests/data/forecast/morning.csv" "$WORK/outside.csv"
cp "$SRC/tests/data/forecast/morning.csv" "$room/morning.csv"
ln -s "$WORK/outside.csv" "$room/link.csv"

"$CCSIM" serve "$room" --port 0 --max-runs 2 --max-body 65536 >"$WORK/serve.log" 2>&1 &
server=$!
trap 'kill -9 $server 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do grep -q "is at http" "$WORK/serve.log" && break; sleep 0.1; done
port="$(grep -o '127.0.0.1:[0-9]*' "$WORK/serve.log" | head -1 | cut -d: -f2)"
[ -n "$port" ] || { cat "$WORK/serve.log" >&2; fail "the server did not say where it listens"; }
base="http://127.0.0.1:$port"
# A second server on the same port is refused, not sharing it silently.
expect_exit 2 "$CCSIM" serve "$room" --port "$port"
grep -q "cannot listen on 127.0.0.1:$port (Address already in use)" "$WORK/err" || fail "a taken port: $(cat "$WORK/err")"

# The CLI's bytes to compare with.
"$CCSIM" run "$room/overload_demo.yaml" --replications 6 --set staff.agents.count+=1 --quiet --out "$WORK/cli-demo"
"$CCSIM" run "$room/bank_hotline_day.yaml" --replications 4 --set 'staff.advisers.shifts.*.count+=-2' --quiet --out "$WORK/cli-bank"
sed 's/count: 10/count: 11/' "$room/overload_demo.yaml" >"$WORK/custom.yaml"
cp "$WORK/custom.yaml" "$room/custom.yaml"
"$CCSIM" run "$room/custom.yaml" --replications 5 --quiet --out "$WORK/cli-custom"
rm "$room/custom.yaml"  # posted as text below, under this name
sed 's/forecast: morning.csv/forecast: FILE/' "$SRC/tests/data/forecast/morning.yaml" >"$WORK/forecast_template.yaml"

python3 - "$base" "$WORK" "$room" <<'PY' || fail "the HTTP checks failed"
import json, sys, threading, urllib.error, urllib.parse, urllib.request
base, work, room = sys.argv[1:4]

def call(method, path, body=None, headers=None):
    req = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()

def run(params, body=b""):
    return call("POST", "/api/run?" + urllib.parse.urlencode(params, doseq=True), body)

def expect(status, got, needle, what):
    code, body = got
    assert code == status, f"{what}: HTTP {code}, expected {status}: {body[:300]!r}"
    if needle is not None:
        message = json.loads(body)["error"]
        assert needle in message, f"{what}: message {message!r} lacks {needle!r}"
        print(f"ok {what}: {status} {message[:110]}")

code, page = call("GET", "/")
assert code == 200 and b"ccsim live room" in page, "the page"
code, listing = call("GET", "/api/scenarios")
files = [s["file"] for s in json.loads(listing)["scenarios"]]
assert code == 200 and "bank_hotline_day.yaml" in files and "overload_demo.yaml" in files, files
bank = [s for s in json.loads(listing)["scenarios"] if s["file"] == "bank_hotline_day.yaml"][0]
assert bank["groups"][0]["key"] == "staff.advisers.shifts.*.count", bank["groups"][0]
shop = [s for s in json.loads(listing)["scenarios"] if s["file"] == "supermarket_evening.yaml"][0]
assert shop["floor_levers"] == [{"name": "lanes", "key": "checkout.lanes", "fewest": 7}], shop["floor_levers"]
code, _ = run({"scenario": "supermarket_evening.yaml", "replications": 2, "set": "checkout.lanes+=2"})
assert code == 200, f"the lanes lever: HTTP {code}"
lunch = [s for s in json.loads(listing)["scenarios"] if s["file"] == "restaurant_lunch.yaml"][0]
assert lunch["floor_levers"] == [{"name": "tables of 6", "key": "restaurant.tables.2.count", "fewest": 0}], lunch["floor_levers"]
code, _ = run({"scenario": "restaurant_lunch.yaml", "replications": 2, "set": "restaurant.tables.2.count+=2"})
assert code == 200, f"the tables lever: HTTP {code}"
code, text = call("GET", "/api/scenario?name=overload_demo.yaml")
assert code == 200 and text == open(f"{room}/overload_demo.yaml", "rb").read(), "the scenario text"

# Exactly the CLI's summary.json.
for params, body, cli in [
        ({"scenario": "overload_demo.yaml", "replications": 6, "set": "staff.agents.count+=1"}, b"", "cli-demo"),
        ({"scenario": "bank_hotline_day.yaml", "replications": 4, "set": "staff.advisers.shifts.*.count+=-2"}, b"", "cli-bank"),
        ({"scenario": "custom.yaml", "replications": 5}, open(f"{work}/custom.yaml", "rb").read(), "cli-custom")]:
    code, got = run(params, body)
    assert code == 200, (code, got[:300])
    want = open(f"{work}/{cli}/summary.json", "rb").read()
    assert got == want, f"{params}: POST /api/run differs from ccsim run --out ({len(got)} vs {len(want)} bytes)"
    print(f"ok POST /api/run {params['scenario']}: {len(got)} bytes, identical to ccsim run --out")

# Refusals, each with its status and a message.
expect(400, run({"scenario": "custom.yaml"}, b"name: [unclosed\n"), "custom.yaml:", "malformed YAML")
expect(400, run({"scenario": "custom.yaml"}, open(f"{work}/custom.yaml", "rb").read() + b"colour: blue\n"),
       'unknown key "colour"', "an unknown key in the text")
expect(400, run({"scenario": "overload_demo.yaml", "set": "clock.lenght=10h"}), 'did you mean "length"', "an unknown --set key")
expect(413, run({"scenario": "custom.yaml"}, b"#" * 100000), "larger than 65536 bytes", "an oversized body")
for name in ["../outside.yaml", "/etc/passwd", "..", "sub/x.yaml", ".hidden.yaml", "notes.txt"]:
    expect(400, run({"scenario": name}), "by its file name alone", f"the path {name!r}")
    expect(400, call("GET", "/api/scenario?name=" + urllib.parse.quote(name)), "by its file name alone", f"GET {name!r}")
expect(404, run({"scenario": "missing.yaml"}), "no scenario", "a missing scenario")
# A posted text may name a forecast (so may --set): only files of the folder are read.
forecast = open(f"{work}/forecast_template.yaml").read()
code, _ = run({"scenario": "mine.yaml"}, forecast.replace("FILE", "morning.csv").encode())
assert code == 200, f"a forecast inside the folder: HTTP {code}"
for file in ["../outside.csv", f"{work}/outside.csv", "/etc/passwd", "link.csv", "/proc/self/environ"]:
    expect(400, run({"scenario": "mine.yaml"}, forecast.replace("FILE", file).encode()), "outside the served folder",
           f"a forecast at {file}")
expect(400, run({"scenario": "overload_demo.yaml", "agents": 3}), 'unknown parameter "agents"', "an unknown parameter")
expect(400, run({}), "name the scenario", "no scenario")
expect(422, run({"scenario": "bank_hotline_day.yaml", "replications": 100000}), "at most 5000000", "too much work")
expect(400, run({"scenario": "overload_demo.yaml", "replications": "many"}), "replications", "a bad number")
def raw(request):  # what urllib would not send: a POST with no Content-Length
    import socket
    with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=30) as s:
        s.sendall(request)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body
expect(400, raw(b"POST /api/run?scenario=overload_demo.yaml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
       "Content-Length", "a POST without a length")
expect(400, raw(b"NONSENSE\r\n\r\n"), None, "a malformed request line")
# As typed in a shell: "=" and "+" unescaped in the query, as on the command line.
code, typed = raw(b"POST /api/run?scenario=overload_demo.yaml&replications=6&set=staff.agents.count+=1 HTTP/1.1\r\n"
                  b"Host: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
assert code == 200 and typed == open(f"{work}/cli-demo/summary.json", "rb").read(), (code, typed[:200])
print("ok a query typed as on the command line (set=staff.agents.count+=1): the CLI's bytes")
expect(404, call("GET", "/nowhere"), "no page /nowhere", "an unknown page")

# 20 at once: two simulate (--max-runs 2), the rest are told to come back.
results = [None] * 20
def one(i):  # each its own seed: no answer comes from the kept runs
    results[i] = run({"scenario": "bank_hotline_day.yaml", "replications": 20, "seed": 100 + i})
threads = [threading.Thread(target=one, args=(i,)) for i in range(20)]
for t in threads: t.start()
for t in threads: t.join()
codes = [c for c, _ in results]
assert set(codes) <= {200, 503} and 200 in codes, codes
for c, body in results:
    if c == 503:
        assert "busy" in json.loads(body)["error"], body
    else:
        assert json.loads(body)["overall"]["offered"]["mean"] > 0
print(f"ok 20 concurrent runs: {codes.count(200)} answered, {codes.count(503)} told busy (each waits up to 2 s)")
assert call("GET", "/api/scenarios")[0] == 200, "the server is down after the burst"

# A newer request of the same client stops the older run (a slider that moved on).
import time
slow = {}
def long_run():
    t0 = time.time()
    slow["result"] = run({"scenario": "bank_hotline_day.yaml", "replications": 300, "client": "page-1"})
    slow["seconds"] = time.time() - t0
t = threading.Thread(target=long_run)
t.start()
time.sleep(0.5)
quick = run({"scenario": "overload_demo.yaml", "replications": 2, "client": "page-1"})
t.join()
assert quick[0] == 200, quick
expect(409, slow["result"], "a newer request of the same client", "the older run of a client")
print(f"   (the 300-replication run stopped after {slow['seconds']:.1f} s)")
other = run({"scenario": "overload_demo.yaml", "replications": 2, "client": "page-2"})
assert other[0] == 200, "another client is not cancelled"
PY

# The page in a browser: tests/cli/live_room_browser.sh (Playwright). Here the
# stream the page reads: progress lines, then the result, whose summary is
# /api/run's.
python3 - "$base" "$WORK" <<'PY' || fail "the streamed answer is wrong"
import json, sys, urllib.request
base, work = sys.argv[1:3]
req = urllib.request.Request(base + "/api/live?scenario=overload_demo.yaml&replications=6&set=staff.agents.count%2B%3D1&stream=1",
                             data=b"", method="POST")
lines = [json.loads(l) for l in urllib.request.urlopen(req, timeout=120).read().decode().splitlines() if l]
progress = [l["progress"] for l in lines if "progress" in l]
assert progress and progress[-1] == {"done": 6, "total": 6}, progress
assert [p["done"] for p in progress] == sorted(p["done"] for p in progress), progress
result = lines[-1]["result"]
assert result["summary"] == json.load(open(f"{work}/cli-demo/summary.json")), "the streamed summary differs from ccsim run's"
assert result["paired"]["service_level"]["change"] > 0 and "<section id=\"replay\">" in result["report"]
req = urllib.request.Request(base + "/api/live?scenario=missing.yaml&stream=1", data=b"", method="POST")
try:
    urllib.request.urlopen(req, timeout=30)
    sys.exit("a missing scenario streamed")
except urllib.error.HTTPError as e:
    assert e.code == 404, e.code
print(f"ok POST /api/live&stream=1: {len(progress)} progress lines, then the result (summary as ccsim run)")
PY

# Ctrl-C: exit 0, nothing left running, even with a long run in flight (it
# would take several seconds; it is stopped and answers 409).
python3 - "$base" >"$WORK/inflight" 2>&1 <<'PY' &
import sys, urllib.error, urllib.request
req = urllib.request.Request(sys.argv[1] + "/api/run?scenario=bank_hotline_day.yaml&replications=300", data=b"", method="POST")
try:
    urllib.request.urlopen(req, timeout=60)
    print("200")
except urllib.error.HTTPError as e:
    print(e.code)
except Exception as e:
    print("no answer:", e)
PY
inflight=$!
sleep 0.5
kill -INT "$server"
for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$server" 2>/dev/null; then fail "the server is still running 5 s after Ctrl-C"; fi
wait "$server" && status=0 || status=$?
[ "$status" -eq 0 ] || fail "the server exited $status after Ctrl-C"
grep -q "ccsim serve: stopped" "$WORK/serve.log" || fail "the server did not say it stopped"
wait "$inflight" || true
grep -q "^409" "$WORK/inflight" || fail "the run in flight at Ctrl-C: $(cat "$WORK/inflight")"

# One core (--max-runs 1): a client's newer request takes the core its older
# run frees (no 503), and a client gone mid-stream frees it too.
"$CCSIM" serve "$room" --port 0 --max-runs 1 --max-calls 2e7 >"$WORK/serve1.log" 2>&1 &
single=$!
trap 'kill -9 $server $single 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do grep -q "is at http" "$WORK/serve1.log" && break; sleep 0.1; done
port1="$(grep -o '127.0.0.1:[0-9]*' "$WORK/serve1.log" | head -1 | cut -d: -f2)"
python3 - "http://127.0.0.1:$port1" <<'PY' || fail "one core: superseding or a dropped stream failed"
import json, socket, sys, threading, time, urllib.error, urllib.request
base = sys.argv[1]
def run(query):
    req = urllib.request.Request(base + "/api/run?" + query, data=b"", method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
slow = {}
t = threading.Thread(target=lambda: slow.update(r=run("scenario=bank_hotline_day.yaml&replications=300&client=a")))
t.start()
time.sleep(0.5)
quick = run("scenario=overload_demo.yaml&replications=2&client=a")
t.join()
assert slow["r"][0] == 409 and quick[0] == 200, (slow["r"][0], quick[0], quick[1][:200])
print("ok one core: the newer request of a client runs (200), the older is cancelled (409)")
# Another client while the core is taken by a long run: told busy after waiting 2 s.
long = {}
t = threading.Thread(target=lambda: long.update(r=run("scenario=bank_hotline_day.yaml&replications=1000&client=b")))
t.start()
time.sleep(0.5)
t0 = time.time()
code, body = run("scenario=overload_demo.yaml&replications=2&seed=77&client=c")
waited = time.time() - t0
assert code == 503 and "busy" in json.loads(body)["error"] and waited >= 1.9, (code, body[:200], waited)
run("scenario=overload_demo.yaml&replications=1&client=b")  # b's newer request ends its long run
t.join()
assert long["r"][0] == 409, long["r"][0]
print(f"ok one core: another client is told busy after waiting {waited:.1f} s")
# A streamed run whose client hangs up: the core is free again at the next progress line.
port = int(base.rsplit(":", 1)[1])
s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"POST /api/live?scenario=bank_hotline_day.yaml&replications=300&stream=1 HTTP/1.1\r\nHost: x\r\n"
          b"Content-Length: 0\r\n\r\n")
time.sleep(0.5)
s.close()
t0 = time.time()
code, body = run("scenario=overload_demo.yaml&replications=2&seed=78")  # (a new run: it needs the core)
assert code == 200, (code, body[:200])
print(f"ok one core: a client gone mid-stream frees the core ({time.time() - t0:.1f} s later a run is answered)")
PY
kill -INT "$single"
wait "$single" || fail "the one-core server did not stop cleanly"
! pgrep -f "ccsim serve $room" >/dev/null || fail "a process of the server is left behind"
echo "cli serve: ok"
