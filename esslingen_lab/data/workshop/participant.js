"use strict";
// Participant ballot without a kernel: JSON over fetch to /api/workshop/*, text via textContent only.
(function () {
  var config = JSON.parse(document.getElementById("el-config").textContent);
  var app = document.getElementById("app");
  var base = location.pathname.replace(/participant\/?$/, "");
  var STORE = "el-token:" + base;
  var TIMEOUT = 6000;  // with a poll every 3 s a lost server is reported within 10 s
  var lang = config.language;
  var token = config.token || localStorage.getItem(STORE) || "";
  var state = null;          // last state from the server
  var allocation = {};       // item id -> {dots, impact, effort} being edited
  var dirty = false;
  var saved = false;
  var offline = false;
  var busy = false;
  var els = {};

  function t(key, values) {
    var s = (config.texts[lang] || config.texts.de)[key] || key;
    Object.keys(values || {}).forEach(function (k) { s = s.split("{" + k + "}").join(values[k]); });
    return s;
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function api(action, body) {
    body.lang = lang;
    var ctrl = new AbortController();
    var timer = setTimeout(function () { ctrl.abort(); }, TIMEOUT);
    return fetch(base + "api/workshop/" + action, {
      method: "POST", headers: {"Content-Type": "application/json"}, credentials: "same-origin",
      body: JSON.stringify(body), signal: ctrl.signal, cache: "no-store"
    }).then(function (response) {
      clearTimeout(timer);
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.status >= 500 || (!response.ok && !data.error)) {
          throw new Error("server " + response.status);
        }
        data.httpStatus = response.status;
        return data;
      });
    }, function (error) { clearTimeout(timer); throw error; });
  }
  function setOffline(value) {
    offline = value;
    if (els.banner) { els.banner.textContent = value ? t("offline") : ""; }
  }

  // ------------------------------------------------------------------ views
  function render() {
    app.textContent = "";
    var header = el("div", "el-header");
    header.appendChild(el("h2", "el-title", config.title));
    var switcher = el("button", "el-lang", t("switch_language"));
    switcher.type = "button";
    switcher.onclick = function () { lang = lang === "de" ? "en" : "de"; document.documentElement.lang = lang; render(); };
    header.appendChild(switcher);
    app.appendChild(header);
    els.banner = el("div", "el-message el-banner", offline ? t("offline") : "");
    app.appendChild(els.banner);
    els.message = el("div", "el-message el-error", "");
    app.appendChild(els.message);
    if (!token || !state) { return joinView(); }
    if (state.status === "waiting") {
      var card = el("div", "el-card el-waiting-card");
      card.appendChild(el("p", "el-lead", t("joined")));
      card.appendChild(el("p", "el-waiting", t("waiting")));
      app.appendChild(card);
    } else if (state.status === "closed") {
      var done = el("div", "el-card");
      done.appendChild(el("p", "el-closed el-lead", t("closed")));
      if (saved) { done.appendChild(el("p", "el-counted", t("counted"))); }
      app.appendChild(done);
    } else {
      ballotView();
    }
    resumeLink();
  }

  function joinView() {
    var box = el("div", "el-card el-join-box");
    box.appendChild(el("p", "el-lead", t("join_title")));
    var wrap = el("div", "el-code");
    var input = el("input");
    input.type = "text"; input.maxLength = 20; input.autocomplete = "off";
    input.setAttribute("aria-label", t("code_placeholder"));
    input.placeholder = t("code_placeholder");
    input.value = config.code || "";
    wrap.appendChild(input);
    box.appendChild(wrap);
    var join = el("button", "el-join", t("join"));
    join.type = "button";
    join.onclick = function () {
      if (busy) { return; }
      busy = true; join.disabled = true;
      api("join", {code: input.value}).then(function (data) {
        busy = false; join.disabled = false;
        if (data.error) { els.message.textContent = data.error; return; }
        setOffline(false);
        token = data.token;
        try { localStorage.setItem(STORE, token); } catch (e) { /* private mode */ }
        accept(data, true);
      }, function () { busy = false; join.disabled = false; setOffline(true); });
    };
    input.addEventListener("keydown", function (e) { if (e.key === "Enter") { join.click(); } });
    box.appendChild(join);
    box.appendChild(el("p", "el-hint", t("anonymous")));
    app.appendChild(box);
  }

  function ballotView() {
    var r = state.round;
    app.appendChild(el("h3", "el-round-title", r.title));
    app.appendChild(el("p", "el-lead el-intro", t("intro", {total: r.dots, n: r.max_per_item})));
    app.appendChild(el("p", "el-hint", t("max_per_item", {n: r.max_per_item})));
    els.items = {};
    r.items.forEach(function (item) { app.appendChild(itemCard(item)); });
    var footer = el("div", "el-footer");
    els.next = null;
    els.remaining = el("div", "el-remaining", "");
    els.submit = el("button", "el-submit", t(saved ? "update" : "submit"));
    els.submit.type = "button";
    els.submit.onclick = submit;
    els.status = el("div", "el-status el-hint", "");
    footer.appendChild(els.remaining); footer.appendChild(els.submit); footer.appendChild(els.status);
    if (state.shared) {  // the facilitator lets one device vote for several people in turn
      els.next = el("button", "el-next", t("next_person"));
      els.next.type = "button";
      els.next.hidden = !saved;
      els.next.onclick = function () { forget(); };
      footer.appendChild(els.next);
    }
    app.appendChild(footer);
    update();
  }

  function itemCard(item) {
    var card = el("div", "el-item el-item-" + item.id);
    card.appendChild(el("div", "el-item-title", item.title));
    if (item.description) { card.appendChild(el("div", "el-item-desc", item.description)); }
    var row = el("div", "el-dot-row");
    var minus = el("button", "el-dot-minus", "−");
    var count = el("span", "el-dot-count", "0");
    var plus = el("button", "el-dot-plus", "+");
    var pips = el("span", "el-dot-pips", "");
    minus.type = plus.type = "button";
    minus.setAttribute("aria-label", t("less")); plus.setAttribute("aria-label", t("more"));
    minus.onclick = function () { change(item.id, -1); };
    plus.onclick = function () { change(item.id, +1); };
    [minus, count, plus, pips].forEach(function (n) { row.appendChild(n); });
    card.appendChild(row);
    var ratings = {};
    ["impact", "effort"].forEach(function (kind) {
      var line = el("div", "el-rating el-" + kind);
      line.appendChild(el("span", "el-rating-label", t(kind)));
      ratings[kind] = [];
      for (var v = 1; v <= 5; v++) {
        var b = el("button", "", String(v));
        b.type = "button";
        b.onclick = (function (value) { return function () { rate(item.id, kind, value); }; })(v);
        ratings[kind].push(b);
        line.appendChild(b);
      }
      card.appendChild(line);
    });
    els.items[item.id] = {minus: minus, count: count, plus: plus, pips: pips, ratings: ratings};
    return card;
  }

  function resumeLink() {
    var box = el("p", "el-resume-box el-hint");
    box.appendChild(el("span", "el-resume-hint", t("resume_hint") + " "));
    var a = el("a", "el-resume", t("resume_link"));
    a.href = base + "participant?token=" + encodeURIComponent(token) + (lang === "de" ? "" : "&lang=" + lang);
    box.appendChild(a);
    app.appendChild(box);
  }

  // ------------------------------------------------------------------ ballot logic
  function spent() {
    return Object.keys(allocation).reduce(function (s, k) { return s + allocation[k].dots; }, 0);
  }
  function change(id, step) {
    var r = state.round, a = allocation[id];
    if (state.status !== "open") { return; }
    if (step > 0 && (spent() >= r.dots || a.dots >= r.max_per_item)) { return; }
    if (step < 0 && a.dots <= 0) { return; }
    a.dots += step; dirty = true; update();
  }
  function rate(id, kind, value) {
    if (state.status !== "open") { return; }
    allocation[id][kind] = allocation[id][kind] === value ? null : value;
    dirty = true; update();
  }
  function update() {
    var r = state.round, left = r.dots - spent();
    Object.keys(els.items).forEach(function (id) {
      var w = els.items[id], a = allocation[id];
      w.count.textContent = String(a.dots);
      w.pips.textContent = "●".repeat(a.dots) + "○".repeat(Math.max(0, r.max_per_item - a.dots));
      w.minus.disabled = a.dots <= 0;
      w.plus.disabled = left <= 0 || a.dots >= r.max_per_item;
      ["impact", "effort"].forEach(function (kind) {
        w.ratings[kind].forEach(function (b, i) { b.setAttribute("aria-pressed", String(a[kind] === i + 1)); });
      });
    });
    els.remaining.textContent = t("remaining", {n: left, total: r.dots});
    if (dirty) { status(t("unsaved"), false); }
  }
  function status(message, lost) {
    if (!els.status) { return; }
    els.status.textContent = message;
    els.status.classList.toggle("el-lost", !!lost);
  }
  function submit() {
    if (busy) { return; }
    busy = true; els.submit.disabled = true; status(t("saving"), false);
    var sent = JSON.parse(JSON.stringify(allocation));
    api("ballot", {token: token, round_id: state.round.id, allocation: sent}).then(function (data) {
      busy = false; els.submit.disabled = false;
      if (data.error) {
        status("", false); els.message.textContent = data.error;
        if (data.reason === "invalid_token") { forget(); }
        poll();
        return;
      }
      setOffline(false);
      saved = true;
      dirty = JSON.stringify(sent) !== JSON.stringify(allocation);
      els.submit.textContent = t("update");
      status(t("saved", {time: data.saved_at}), false);
      if (els.next) { els.next.hidden = false; }
    }, function () {
      busy = false; els.submit.disabled = false;
      status(t("lost"), true);
    });
  }

  // ------------------------------------------------------------------ server state
  function accept(data, fresh) {
    var old = state;
    state = data;
    var sameRound = old && old.round && data.round && old.round.id === data.round.id;
    if (!sameRound || fresh) {
      allocation = {};
      if (data.round) {
        data.round.items.forEach(function (item) {
          var b = data.ballot[String(item.id)] || {};
          allocation[item.id] = {dots: b.dots || 0, impact: b.impact || null, effort: b.effort || null};
        });
      }
      saved = !!data.saved; dirty = false;
      render();
    } else if (old.status !== data.status) {
      render();
    }
  }
  function forget() {
    token = ""; state = null; els.next = null;
    try { localStorage.removeItem(STORE); } catch (e) { /* private mode */ }
    render();
  }
  function poll() {
    if (!token) { return; }
    api("state", {token: token}).then(function (data) {
      if (offline) { setOffline(false); }
      if (data.error) {
        if (data.reason === "invalid_token") { forget(); els.message.textContent = data.error; }
        return;
      }
      accept(data, !state);
    }, function () { setOffline(true); if (!state) { render(); } });
  }

  render();
  if (token) { poll(); }
  setInterval(poll, (config.poll_seconds || 3) * 1000);
})();
