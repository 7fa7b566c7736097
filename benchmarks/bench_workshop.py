"""Workshop load benchmark: 30 participants open the participant page at once and vote.

Two ways to simulate the phones (``--mode``):

``ws`` (default, light): each simulated phone does what the browser does on the wire —
GET the page and every same-origin script/style it references, connect to the kernel
websocket (``/api/kernels/<id>/channels``), fetch the widget state through ipywidgets'
``jupyter.widget.control`` comm, then click "join", "+" and "submit" and rate an item by
sending the same comm messages the widget frontend sends. No JavaScript is run, so the
figures measure the server (Voila, pre-heated kernels, SQLite), not 30 page renderings
competing for the same CPUs — on a real phone rendering takes place on the phone.

``browser``: 30 Playwright contexts in one Chromium (Debian's /usr/bin/chromium); end to
end, but on a 2-core laptop the 30 renderings dominate the times.

Prints p50/p95 time until the page is usable (the join button exists and can be clicked),
p50/p95 time from "join" to a confirmed ballot, ballots stored vs cast (and dot totals),
and peak memory (RSS summed over the Voila server and all kernels, sampled every 0.25 s).
Targets: p95 <= 5 s, 0 lost ballots, <= 8 GiB.

Run: .venv/bin/python benchmarks/bench_workshop.py [--participants 30] [--mode ws|browser]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path

import psutil

from esslingen_lab.workshop import WorkshopStore
from esslingen_lab.workshop.server import pool_ready, start_server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


class MemoryPeak(threading.Thread):
    """Sample the RSS of a process tree until stopped; keep the peak."""

    def __init__(self, pid: int, every: float = 0.25):
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self.peak_kernels = 0
        self._halt = threading.Event()

    def run(self):
        while not self._halt.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                total = 0
                for proc in procs:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
                if total > self.peak:
                    self.peak, self.peak_kernels = total, len(procs) - 1
            except psutil.Error:
                pass
            self._halt.wait(self.every)

    def stop(self):
        self._halt.set()
        self.join()


def percentile(values, q):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def _message(session, msg_type, content, metadata=None):
    return {"header": {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "username": "bench",
                       "session": session, "date": datetime.now(timezone.utc).isoformat(),
                       "version": "5.3"},
            "parent_header": {}, "metadata": metadata or {}, "content": content,
            "channel": "shell", "buffers": []}


class WidgetClient:
    """Just enough of the ipywidgets frontend protocol to click buttons and read labels."""

    def __init__(self, socket, session):
        self.socket = socket
        self.session = session
        self.states = {}

    async def send(self, msg_type, content, metadata=None):
        await self.socket.send(json.dumps(_message(self.session, msg_type, content, metadata)))

    async def load_states(self):
        comm = uuid.uuid4().hex
        await self.send("comm_open", {"comm_id": comm, "target_name": "jupyter.widget.control",
                                      "data": {}}, metadata={"version": "1.0.0"})
        await self.send("comm_msg", {"comm_id": comm, "data": {"method": "request_states"}})
        await self.until(lambda: self.states, control=comm)

    async def until(self, condition, control=None, timeout=120):
        deadline = time.perf_counter() + timeout
        while not condition():
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("widget state did not arrive")
            msg = json.loads(await asyncio.wait_for(self.socket.recv(), left))
            content = msg.get("content", {})
            if msg.get("msg_type") == "comm_open":
                self.states[content["comm_id"]] = dict(content["data"].get("state", {}))
            elif msg.get("msg_type") == "comm_msg":
                data = content.get("data", {})
                if data.get("method") == "update_states" and content["comm_id"] == control:
                    self.states.update({k: dict(v["state"]) for k, v in data["states"].items()})
                elif data.get("method") in ("update", "echo_update"):
                    self.states.setdefault(content["comm_id"], {}).update(data.get("state", {}))

    def find(self, css, within=None):
        ids = self.descendants(within) if within else list(self.states)
        return [k for k in ids if css in self.states.get(k, {}).get("_dom_classes", ())]

    def descendants(self, model_id):
        out, todo = [], [model_id]
        while todo:
            current = todo.pop()
            out.append(current)
            todo += [c.replace("IPY_MODEL_", "") for c in
                     self.states.get(current, {}).get("children", ())]
        return out

    async def click(self, model_id):
        await self.send("comm_msg", {"comm_id": model_id, "data": {
            "method": "custom", "content": {"event": "click"}}})

    async def set_state(self, model_id, state):
        await self.send("comm_msg", {"comm_id": model_id, "data": {
            "method": "update", "state": state, "buffer_paths": []}})


def _get(url):
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read()


async def ws_participant(url, items, n, start, results):
    import websockets

    record = {"usable": None, "vote": None, "cast": False, "saved": False, "error": None,
              "dots": {}}
    origin = url.split("/voila/")[0]
    try:
        await start.wait()
        t0 = time.perf_counter()
        page = (await asyncio.to_thread(_get, url)).decode("utf-8")
        assets = {a for a in re.findall(r'(?:src|href)="(/[^"]+)"', page)
                  if a.endswith((".js", ".css")) or ".js?" in a or ".css?" in a}
        await asyncio.gather(*(asyncio.to_thread(_get, origin + a) for a in assets))
        kernel = re.search(r'kernelId": "([0-9a-f-]+)"', page).group(1)
        session = uuid.uuid4().hex
        ws_url = (origin.replace("http", "ws", 1)
                  + f"/api/kernels/{kernel}/channels?session_id={session}")
        async with websockets.connect(ws_url, max_size=2**24, open_timeout=120) as socket:
            client = WidgetClient(socket, session)
            await client.load_states()
            join = client.find("el-join")
            if not join:
                raise RuntimeError("no join button")
            record["usable"] = time.perf_counter() - t0
            t1 = time.perf_counter()
            await client.click(join[0])
            await client.until(lambda: client.find("el-submit"))
            plan = {items[n % len(items)]: 3, items[(n + 1) % len(items)]: 2}
            for item_id, dots in plan.items():
                card = client.find(f"el-item-{item_id}")[0]
                plus = client.find("el-dot-plus", card)[0]
                count = client.find("el-dot-count", card)[0]
                for step in range(1, dots + 1):
                    await client.click(plus)  # a person taps, then sees the number change
                    await client.until(lambda c=count, s=step: client.states[c]["value"]
                                       == str(s))
            card = client.find(f"el-item-{items[n % len(items)]}")[0]
            await client.set_state(client.find("el-impact", card)[0], {"index": 3})
            record["cast"] = True
            record["dots"] = plan
            await client.click(client.find("el-submit")[0])
            status = client.find("el-status")[0]
            await client.until(lambda: "Gespeichert" in client.states[status].get("value", ""))
            record["saved"] = True
            record["vote"] = time.perf_counter() - t1
    except Exception as error:  # noqa: BLE001 - counted and reported
        record["error"] = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
    finally:
        results[n] = record


async def run_ws_participants(url, items, count):
    start = asyncio.Event()
    results = {}
    tasks = [asyncio.create_task(ws_participant(url, items, n, start, results))
             for n in range(count)]
    await asyncio.sleep(0.2)
    wall = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    return results, time.perf_counter() - wall


async def participant(browser, url, items, n, start, results):
    from playwright.async_api import expect

    context = await browser.new_context(viewport={"width": 390, "height": 844})
    page = await context.new_page()
    record = {"usable": None, "vote": None, "cast": False, "saved": False, "error": None,
              "dots": {}}
    try:
        await start.wait()
        t0 = time.perf_counter()
        await page.goto(url, timeout=120_000)
        await page.wait_for_selector("button.el-join", state="visible", timeout=120_000)
        record["usable"] = time.perf_counter() - t0
        t1 = time.perf_counter()
        await page.click("button.el-join")
        await page.wait_for_selector(".el-item", timeout=120_000)
        # spend all 5 dots over the items (max 3 per item), differently per participant
        plan = {items[n % len(items)]: 3, items[(n + 1) % len(items)]: 2}
        for item_id, dots in plan.items():
            card = page.locator(f".el-item-{item_id}")
            for _ in range(dots):
                await card.locator("button.el-dot-plus").click()
            await expect(card.locator(".el-dot-count")).to_have_text(str(dots), timeout=60_000)
        first = page.locator(f".el-item-{items[n % len(items)]}")
        await first.locator(".el-impact").get_by_role("button", name="4", exact=True).click()
        record["cast"] = True
        record["dots"] = plan
        await page.click("button.el-submit")
        await expect(page.locator(".el-status")).to_contain_text("Gespeichert", timeout=60_000)
        record["saved"] = True
        record["vote"] = time.perf_counter() - t1
    except Exception as error:  # noqa: BLE001 - counted and reported
        record["error"] = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
    finally:
        results[n] = record
        await context.close()


async def run_participants(url, items, count):
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        start = asyncio.Event()
        results = {}
        tasks = [asyncio.create_task(participant(browser, url, items, n, start, results))
                 for n in range(count)]
        await asyncio.sleep(1.0)  # contexts created; now everyone opens the page at once
        wall = time.perf_counter()
        start.set()
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - wall
        await browser.close()
    return results, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--mode", choices=["ws", "browser"], default="ws")
    parser.add_argument("--fill-delay", type=float, default=None,
                        help="seconds before Voila replaces a used pool kernel")
    args = parser.parse_args()
    if args.mode == "browser" and not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install chromium")
    count = args.participants
    folder = Path(tempfile.mkdtemp(prefix="bench-workshop-"))
    store = WorkshopStore.create(folder / "bench.db", "bench", title="Benchmark")
    secret = store.rotate_secret()  # noqa: F841 - the facilitator step is not measured
    round_id = store.create_round(
        "Was sollen wir zuerst angehen?",
        [{"title": f"Maßnahme {k}", "description": "kurze Beschreibung"} for k in range(1, 9)],
        dots_per_participant=5, max_per_item=3, actor="Benchmark")
    store.open_round(round_id, actor="Benchmark")
    items = [i["id"] for i in store.round(round_id)["items"]]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    t0 = time.perf_counter()
    extra = {} if args.fill_delay is None else {"fill_delay": args.fill_delay}
    server = start_server(None, "bench", participants=count, port=port, workshops_dir=folder,
                          **extra)
    memory = MemoryPeak(server.process.pid)
    memory.start()
    try:
        while not pool_ready(server, count):
            if time.perf_counter() - t0 > 600:
                sys.exit("kernel pool not filled within 10 minutes")
            time.sleep(0.5)
        pool_seconds = time.perf_counter() - t0
        runner = run_ws_participants if args.mode == "ws" else run_participants
        results, wall = asyncio.run(runner(server.participant_url, items, count))
        # the peak must include the replacement kernels Voila starts after fill_delay
        refill_deadline = time.perf_counter() + (args.fill_delay or 30) + 180
        while not pool_ready(server, count, times=2) and time.perf_counter() < refill_deadline:
            time.sleep(1)
        time.sleep(2)
    finally:
        memory.stop()
        server.stop()

    usable = [r["usable"] for r in results.values() if r["usable"] is not None]
    votes = [r["vote"] for r in results.values() if r["vote"] is not None]
    cast = sum(r["cast"] for r in results.values())
    confirmed = sum(r["saved"] for r in results.values())
    res = store.results(round_id)
    expected = {i: 0 for i in items}
    for r in results.values():
        if r["saved"]:
            for item_id, dots in r["dots"].items():
                expected[item_id] += dots
    stored = {i["id"]: i["dots"] for i in res["items"]}
    errors = [r["error"] for r in results.values() if r["error"]]

    how = ("websocket clients speaking the widget protocol" if args.mode == "ws"
           else "Playwright contexts, one Chromium")
    print(f"participants simulated      : {count} ({how})")
    print(f"CPU cores / RAM             : {psutil.cpu_count()} / "
          f"{psutil.virtual_memory().total / 2**30:.1f} GiB")
    print(f"kernel pool filled after    : {pool_seconds:.1f} s (server start to {count} "
          "pre-heated participant kernels)")
    print(f"page usable  p50 / p95 / max: {statistics.median(usable):.2f} / "
          f"{percentile(usable, 0.95):.2f} / {max(usable):.2f} s  (n={len(usable)})")
    if votes:
        print(f"join→saved   p50 / p95 / max: {statistics.median(votes):.2f} / "
              f"{percentile(votes, 0.95):.2f} / {max(votes):.2f} s")
    print(f"all {count} done after         : {wall:.1f} s")
    print(f"ballots cast / confirmed / stored: {cast} / {confirmed} / {res['ballots']}  "
          f"(lost: {cast - res['ballots']})")
    print(f"dot totals stored == confirmed : {stored == expected} "
          f"({res['dots_cast']} dots)")
    print(f"peak memory server+kernels  : {memory.peak / 2**30:.2f} GiB RSS over "
          f"{memory.peak_kernels} kernel processes "
          f"({memory.peak / max(memory.peak_kernels, 1) / 2**20:.0f} MiB each incl. server)")
    if errors:
        print(f"errors ({len(errors)}):")
        for error in errors[:5]:
            print(f"  {error}")


if __name__ == "__main__":
    main()
