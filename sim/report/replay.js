// The replay of replication 1 in report.html (ccsim run --trace): plays the
// run's floor events back over the day. The page embeds the events as
// column arrays (script#replay-data, written by report/html_replay.cpp);
// this script rebuilds the floor's state at any instant from them, so the
// counters it shows at the end are the trace's own counts. No network, no
// library: it runs from a file.
//
// Controls: play/pause, speed (simulated seconds per second), a scrub bar.
// A location hash "#replay=HH:MM" (or "#replay=end") opens the replay at that
// instant, for a link to a moment or a test; "#replay=HH:MM,play" plays on
// from there.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("replay-data").textContent);
  var ev = data.events;
  var n = ev.t.length;
  ev.t = ev.t.map(function (cs) { return cs / 100; }); // written in centiseconds
  ev.e = ev.e.map(function (cs) { return cs / 100; });
  var KIND = { arrived: 0, blocked: 1, queued: 2, answered: 3, abandoned: 4, ended: 5, on_duty: 6, off_duty: 7 };
  var COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"];
  var STATE_COLOR = { idle: "#a5d6a7", talk: "#2e7d32", wrap: "#fdd835", away: "#bdbdbd", off: "#e0e0e0" };
  var servers = data.servers.length;
  var endOfDay = Math.max(data.length_s, n ? ev.t[n - 1] : 0);

  // ---- the state at an instant, by replaying events in order ------------------
  var state;
  function reset() {
    state = {
      next: 0, // the first event not yet applied
      arrived: 0, answered: 0, abandoned: 0, blocked: 0,
      waiting: new Map(), // customer -> class, in the order they queued
      busy: new Array(servers).fill(null), // server -> {end, cls} while it holds a customer
      onDuty: new Array(servers).fill(data.floor !== "call_center"), // lanes and tables are always there
      onBreak: new Array(servers).fill(false), // off the phone for a break, back later
      staff: 0, // on duty (call center: agents; other floors: cashiers, waiters)
      hangups: [] // instants of recent abandonments and busy signals
    };
  }
  function apply(i) {
    var k = ev.k[i], s = ev.s[i], t = ev.t[i];
    switch (k) {
      case KIND.arrived: state.arrived++; break;
      case KIND.blocked: state.blocked++; state.hangups.push(t); break;
      case KIND.queued: state.waiting.set(ev.u[i], ev.c[i]); break;
      case KIND.answered:
        state.answered++;
        state.waiting.delete(ev.u[i]);
        if (s >= 0) state.busy[s] = { end: ev.e[i], cls: ev.c[i] };
        break;
      case KIND.abandoned: state.abandoned++; state.waiting.delete(ev.u[i]); state.hangups.push(t); break;
      case KIND.ended: if (s >= 0) state.busy[s] = null; break;
      case KIND.on_duty: state.staff++; if (s >= 0) { state.onDuty[s] = true; state.onBreak[s] = false; } break;
      case KIND.off_duty: state.staff--; if (s >= 0) { state.onDuty[s] = false; state.onBreak[s] = ev.b[i] === 1; } break;
    }
  }
  function advanceTo(t) {
    if (state.next > 0 && ev.t[state.next - 1] > t) reset(); // scrubbed back: replay from the start
    while (state.next < n && ev.t[state.next] <= t) apply(state.next++);
    while (state.hangups.length && state.hangups[0] < t - 300) state.hangups.shift();
  }
  function serverState(s, t) {
    var b = state.busy[s];
    if (b) return t < b.end ? "talk" : "wrap";
    if (data.floor !== "call_center" || state.onDuty[s]) return "idle";
    return state.onBreak[s] ? "away" : "off"; // the trace says which: a break, or off duty
  }

  // ---- per-server timeline (Gantt), drawn once ---------------------------------
  var segments = []; // [server, from, to, kind, cls]
  (function buildSegments() {
    var open = new Array(servers).fill(null), away = new Array(servers).fill(null);
    for (var i = 0; i < n; i++) {
      var s = ev.s[i], k = ev.k[i], t = ev.t[i];
      if (s < 0) continue;
      if (k === KIND.answered) {
        open[s] = { from: t, talkEnd: ev.e[i], cls: ev.c[i] };
      } else if (k === KIND.ended && open[s]) {
        var o = open[s];
        segments.push([s, o.from, Math.min(o.talkEnd, t), "talk", o.cls]);
        if (t > o.talkEnd) segments.push([s, o.talkEnd, t, "wrap", o.cls]);
        open[s] = null;
      } else if (k === KIND.off_duty && ev.b[i] === 1) {
        away[s] = t; // a break starts
      } else if (k === KIND.on_duty && ev.b[i] === 1 && away[s] !== null) {
        segments.push([s, away[s], t, "away", -1]);
        away[s] = null;
      }
    }
  })();

  // ---- drawing -----------------------------------------------------------------
  var floorCanvas = document.getElementById("replay-floor");
  var ganttCanvas = document.getElementById("replay-gantt");
  var ganttBase = document.createElement("canvas");
  var LABEL_W = 110, ROW_MAX = 8, TOP = 10; // TOP: room for the first row's label
  var rowH = Math.max(1, Math.min(ROW_MAX, Math.floor(600 / Math.max(1, servers))));
  function x(t, width) { return LABEL_W + (width - LABEL_W - 10) * t / endOfDay; }
  function classColor(c) { return c < 0 ? "#999" : COLORS[c % COLORS.length]; }
  function drawGanttBase() {
    var w = ganttCanvas.width = ganttBase.width = ganttCanvas.clientWidth || 960;
    var h = ganttCanvas.height = ganttBase.height = TOP + servers * rowH + 30;
    var g = ganttBase.getContext("2d");
    g.fillStyle = "#fff"; g.fillRect(0, 0, w, h);
    segments.forEach(function (seg) {
      g.fillStyle = seg[3] === "talk" ? classColor(seg[4]) : STATE_COLOR[seg[3]];
      g.fillRect(x(seg[1], w), TOP + seg[0] * rowH, Math.max(0.5, x(seg[2], w) - x(seg[1], w)), Math.max(1, rowH - 1));
    });
    g.fillStyle = "#333"; g.font = "11px sans-serif";
    var every = Math.ceil(12 / rowH);
    for (var s = 0; s < servers; s += every) g.fillText(data.servers[s], 2, TOP + s * rowH + Math.min(rowH, 10));
    var base = TOP + servers * rowH;
    for (var tick = 0; tick <= endOfDay; tick += 3600) {
      g.fillRect(x(tick, w), base, 1, 5);
      g.fillText(clock(tick).slice(0, 5), x(tick, w) - 14, base + 18);
    }
  }
  function drawGantt(t) {
    var g = ganttCanvas.getContext("2d");
    g.drawImage(ganttBase, 0, 0);
    g.fillStyle = "#c0392b";
    g.fillRect(x(t, ganttCanvas.width) - 1, TOP, 2, servers * rowH);
  }
  function drawFloor(t) {
    var w = floorCanvas.width = floorCanvas.clientWidth || 960;
    var seat = Math.max(6, Math.min(22, Math.floor(Math.sqrt((w * 170) / Math.max(1, servers)))));
    var perRow = Math.max(1, Math.floor((w - 20) / seat));
    var seatRows = Math.ceil(servers / perRow);
    var h = floorCanvas.height = 70 + seatRows * seat + 30;
    var g = floorCanvas.getContext("2d");
    g.fillStyle = "#fff"; g.fillRect(0, 0, w, h);
    // The queue: one dot per waiting customer, coloured by class, first in line on the left.
    g.fillStyle = "#333"; g.font = "12px sans-serif";
    g.fillText("waiting: " + state.waiting.size, 10, 14);
    var i = 0, shown = Math.floor((w - 80) / 9);
    state.waiting.forEach(function (cls) {
      if (i < shown) { g.fillStyle = classColor(cls); g.beginPath(); g.arc(14 + 9 * i, 30, 4, 0, 2 * Math.PI); g.fill(); }
      i++;
    });
    if (i > shown) { g.fillStyle = "#333"; g.fillText("+" + (i - shown), 14 + 9 * shown, 34); }
    // Hang-ups and busy signals of the last five minutes, as red ticks.
    g.fillStyle = "#c0392b";
    g.fillText("gave up or refused in the last 5 min: " + state.hangups.length, 10, 56);
    // The servers: one square each, coloured by state (talking: the customer's class).
    for (var s = 0; s < servers; s++) {
      var st = serverState(s, t);
      g.fillStyle = st === "talk" ? classColor(state.busy[s].cls) : STATE_COLOR[st];
      g.fillRect(10 + (s % perRow) * seat, 66 + Math.floor(s / perRow) * seat, seat - 2, seat - 2);
    }
  }
  function clock(t) {
    var at = Math.round((data.start_of_day_s || 0) + t);
    var hh = Math.floor(at / 3600), mm = Math.floor(at / 60) % 60, ss = at % 60;
    return (hh < 10 ? "0" : "") + hh + ":" + (mm < 10 ? "0" : "") + mm + ":" + (ss < 10 ? "0" : "") + ss;
  }
  function show(id, v) { document.getElementById(id).textContent = String(v); }
  function render(t) {
    advanceTo(t);
    var counts = { idle: 0, talk: 0, wrap: 0, away: 0, off: 0 };
    for (var s = 0; s < servers; s++) counts[serverState(s, t)]++;
    show("replay-clock", clock(t));
    show("replay-arrived", state.arrived);
    show("replay-answered", state.answered);
    show("replay-abandoned", state.abandoned);
    show("replay-blocked", state.blocked);
    show("replay-waiting", state.waiting.size);
    show("replay-talking", counts.talk);
    show("replay-wrap", counts.wrap);
    show("replay-idle", counts.idle);
    show("replay-away", counts.away);
    show("replay-staff", state.staff);
    scrub.value = String(t);
    drawFloor(t);
    drawGantt(t);
  }

  // ---- controls ----------------------------------------------------------------
  var now = 0, playing = false, last = null;
  var scrub = document.getElementById("replay-scrub");
  var play = document.getElementById("replay-play");
  var speed = document.getElementById("replay-speed");
  scrub.max = String(endOfDay);
  function seek(t) { now = Math.max(0, Math.min(endOfDay, t)); render(now); }
  // Ticks of 40 ms (25 frames a second), timed by the page's clock, not by
  // animation frames: a background tab or a headless test plays on too.
  var FRAME_MS = 40;
  function frame() {
    if (!playing) return;
    var ts = performance.now();
    if (last !== null) now += (ts - last) / 1000 * Number(speed.value);
    last = ts;
    if (now >= endOfDay) { now = endOfDay; setPlaying(false); }
    render(now);
    if (playing) setTimeout(frame, FRAME_MS);
  }
  function setPlaying(on) {
    playing = on;
    play.textContent = on ? "Pause" : "Play";
    last = null;
    if (on) { if (now >= endOfDay) seek(0); frame(); }
  }
  play.addEventListener("click", function () { setPlaying(!playing); });
  scrub.addEventListener("input", function () { seek(Number(scrub.value)); });
  function fromHash() {
    var m = /replay=([0-9:]+|end)/.exec(location.hash);
    if (!m) return null;
    if (m[1] === "end") return endOfDay;
    var p = m[1].split(":").map(Number), at = p[0] * 3600 + (p[1] || 0) * 60 + (p[2] || 0);
    return at - (data.start_of_day_s || 0);
  }
  window.addEventListener("hashchange", function () { var t = fromHash(); if (t !== null) seek(t); });
  reset();
  drawGanttBase();
  var start = fromHash();
  seek(start === null ? 0 : start);
  if (start !== null) document.getElementById("replay").scrollIntoView(); // a link to a moment shows it
  if (/replay=[0-9:]+,play/.test(location.hash)) setPlaying(true); // "#replay=19:55,play" plays from there
  document.getElementById("replay").setAttribute("data-ready", "1");
})();
