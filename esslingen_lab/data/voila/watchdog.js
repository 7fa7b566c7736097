// No page stuck without a word (esslingen_lab.serve): every few seconds ask the server whether
// this page's kernel still exists. Server gone → say so and keep trying; server restarted
// (kernel unknown) → reload the page, or, for the facilitator desk whose secret changed with
// the restart, say to open the new link; kernel stopped after a long idle time → reload.
(function () {
  "use strict";
  var node = document.getElementById("jupyter-config-data");
  if (!node) { return; }
  var config = JSON.parse(node.textContent);
  var kernel = config.kernelId, base = config.baseUrl || "/";
  if (!kernel) { return; }
  var failures = 0, banner = null;
  function show(text) {
    if (!banner) {
      banner = document.createElement("div");
      banner.className = "el-lost-banner";
      banner.setAttribute("role", "alert");
      banner.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:10000;" +
        "background:#fde8e8;color:#8a0000;font:bold 18px system-ui,sans-serif;" +
        "padding:12px 16px;border-bottom:2px solid #8a0000";
      document.body.appendChild(banner);
    }
    banner.textContent = text;
  }
  function hide() { if (banner) { banner.remove(); banner = null; } }
  function check() {
    var ctrl = new AbortController();
    var timer = setTimeout(function () { ctrl.abort(); }, 4000);
    fetch(base + "el-alive/" + kernel, {cache: "no-store", signal: ctrl.signal}).then(function (r) {
      clearTimeout(timer);
      failures = 0;
      if (r.status === 200) { hide(); return; }
      if (r.status !== 410 && /[?&]secret=/.test(location.search)) {
        show("Der Server wurde neu gestartet: bitte den neuen Moderationslink aus dem " +
             "Terminal öffnen. / The server was restarted: open the new facilitator link " +
             "printed in the terminal.");
      } else if (r.status === 410) {
        show("Diese Seite war zu lange unbenutzt — sie wird neu geladen … / This page was " +
             "idle too long — reloading …");
        setTimeout(function () { location.reload(); }, 1500);
      } else {
        show("Der Server wurde neu gestartet — die Seite wird neu geladen … / The server " +
             "was restarted — reloading …");
        setTimeout(function () { location.reload(); }, 1500);
      }
    }, function () {
      clearTimeout(timer);
      failures += 1;
      if (failures >= 2) {
        show("Keine Verbindung zum Server — es wird weiter versucht. Läuft er noch? / " +
             "No connection to the server — still trying. Is it still running?");
      }
    });
  }
  setInterval(check, 3000);
})();
