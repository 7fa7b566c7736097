"""Workshop load benchmark: a room full of phones opens the participant page at once and votes.

The participant page has no kernel: one HTML page (inline CSS and script) and three JSON calls
to the same server and SQLite store. Two ways to simulate the phones (``--mode``):

``http`` (default): each simulated phone does what the page does on the wire — GET the page
(it needs no further request to be usable), POST join, POST its ballot — all phones at once,
for each count in ``--participants`` (default 30, then 100) on one server.

``browser``: Playwright contexts in one Chromium (Debian's /usr/bin/chromium); end to end,
but on a 2-core laptop the renderings of all phones share the server's cores.

Also (unless ``--no-phone``): one phone-sized Chromium with the CPU throttled 4× (a mid-range
phone) and a cold cache reports the participant page's transfer size and the time until it
is usable, and a Voila page (the projector) on the same phone for comparison.

Prints p50/p95 time until the page is usable, p50/p95 from joining to a confirmed ballot,
ballots stored vs cast (and dot totals), and peak memory (RSS summed over the server and its
kernels, sampled every 0.25 s). Targets: p95 <= 5 s (30) and <= 10 s (100), 0 lost, <= 8 GiB.

Run: .venv/bin/python benchmarks/bench_workshop.py [--participants 30 100] [--mode http|browser]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from esslingen_lab.serve import free_port
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


def _phone_plan(items, n):
    """Spend all 5 dots (max 3 per item), differently per phone; rate one item."""
    return {items[n % len(items)]: 3, items[(n + 1) % len(items)]: 2}


async def http_participant(base, url, items, n, start, results):
    """One phone on the wire: GET the page (usable: it needs nothing else), join, vote."""
    from tornado.httpclient import AsyncHTTPClient, HTTPRequest

    client = AsyncHTTPClient()
    record = {"usable": None, "vote": None, "cast": False, "saved": False, "error": None,
              "dots": {}, "bytes": 0}
    try:
        await start.wait()
        t0 = time.perf_counter()
        page = await client.fetch(url, request_timeout=120)
        html = page.body.decode()
        assert 'id="el-config"' in html  # the join view is built by the inline script
        record["usable"] = time.perf_counter() - t0
        record["bytes"] = len(page.body)
        t1 = time.perf_counter()
        code = re.search(r"code=(\w+)", url).group(1)

        async def post(action, body, cookie=None):
            headers = {"Content-Type": "application/json"}
            if cookie:
                headers["Cookie"] = cookie
            response = await client.fetch(HTTPRequest(
                f"{base}/api/workshop/{action}", method="POST", headers=headers,
                body=json.dumps(body), request_timeout=120))
            return response, json.loads(response.body)

        response, joined = await post("join", {"code": code})
        assert joined["status"] == "open" and joined["round"]["items"]
        cookie = response.headers.get("Set-Cookie", "").split(";")[0]
        plan = _phone_plan(items, n)
        allocation = {str(k): {"dots": v} for k, v in plan.items()}
        allocation[str(items[n % len(items)])]["impact"] = 4
        record["cast"] = True
        record["dots"] = plan
        _, saved = await post("ballot", {"token": joined["token"],
                                         "round_id": joined["round"]["id"],
                                         "allocation": allocation}, cookie)
        assert saved["version"] >= 1
        record["saved"] = True
        record["vote"] = time.perf_counter() - t1
    except Exception as error:  # noqa: BLE001 - counted and reported
        record["error"] = f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"
    finally:
        results[n] = record


async def run_http_participants(url, items, count):
    from tornado.httpclient import AsyncHTTPClient

    AsyncHTTPClient.configure(None, max_clients=count)
    base = url.split("/participant")[0]
    start = asyncio.Event()
    results = {}
    tasks = [asyncio.create_task(http_participant(base, url, items, n, start, results))
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
        plan = _phone_plan(items, n)
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


async def phone_page(url, ready_css, *, join=False):
    """One phone-sized Chromium, CPU throttled 4× (a mid-range phone), cold cache.

    Returns transfer size (bytes over the wire, all requests), number of requests, time
    until ``ready_css`` is visible and, with ``join``, from tapping "Teilnehmen" to the
    ballot.
    """
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = await browser.new_context(viewport={"width": 390, "height": 844},
                                            is_mobile=True, has_touch=True,
                                            device_scale_factor=3)
        page = await context.new_page()
        cdp = await context.new_cdp_session(page)
        await cdp.send("Network.enable")
        await cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        await cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        sizes = []
        cdp.on("Network.loadingFinished", lambda event: sizes.append(event["encodedDataLength"]))
        t0 = time.perf_counter()
        await page.goto(url, timeout=180_000)
        await page.wait_for_selector(ready_css, state="visible", timeout=180_000)
        usable = time.perf_counter() - t0
        to_ballot = None
        if join:
            t1 = time.perf_counter()
            await page.click("button.el-join")
            await page.wait_for_selector(".el-item", timeout=60_000)
            to_ballot = time.perf_counter() - t1
        await page.wait_for_timeout(1000)
        page_bytes, requests = sum(sizes), len(sizes)
        await browser.close()
    return {"bytes": page_bytes, "requests": requests, "usable": usable, "ballot": to_ballot}


def _open_round(store, label):
    round_id = store.create_round(
        f"Was sollen wir zuerst angehen? ({label})",
        [{"title": f"Maßnahme {k}", "description": "kurze Beschreibung"} for k in range(1, 9)],
        dots_per_participant=5, max_per_item=3, actor="Benchmark")
    store.open_round(round_id, actor="Benchmark")  # closes the round before
    return round_id, [i["id"] for i in store.round(round_id)["items"]]


def report(count, results, wall, store, round_id, items, how):
    """Print the figures of one burst of ``count`` phones."""
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
    print(f"\n{count} phones at once ({how})")
    if usable:
        print(f"  page usable  p50 / p95 / max: {statistics.median(usable):.2f} / "
              f"{percentile(usable, 0.95):.2f} / {max(usable):.2f} s  (n={len(usable)})")
    if votes:
        print(f"  join→saved   p50 / p95 / max: {statistics.median(votes):.2f} / "
              f"{percentile(votes, 0.95):.2f} / {max(votes):.2f} s")
    print(f"  all {count} done after: {wall:.1f} s")
    print(f"  ballots cast / confirmed / stored: {cast} / {confirmed} / {res['ballots']}  "
          f"(lost: {cast - res['ballots']}); dot totals stored == confirmed: "
          f"{stored == expected}")
    for error in errors[:5]:
        print(f"  error: {error}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, nargs="+", default=[30, 100])
    parser.add_argument("--mode", choices=["http", "browser"], default="http")
    parser.add_argument("--no-phone", action="store_true",
                        help="skip the throttled phone-sized Chromium measurement")
    args = parser.parse_args()
    need_chromium = args.mode == "browser" or not args.no_phone
    if need_chromium and not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install chromium (or --no-phone)")
    folder = Path(tempfile.mkdtemp(prefix="bench-workshop-"))
    store = WorkshopStore.create(folder / "bench.db", "bench", title="Benchmark")
    port = free_port()

    t0 = time.perf_counter()
    server = start_server(None, "bench", port=port, workshops_dir=folder)
    memory = MemoryPeak(server.process.pid)
    memory.start()
    how = ("HTTP clients: page, join, ballot — what the page's script sends"
           if args.mode == "http" else "Playwright contexts, one Chromium")
    print(f"CPU cores / RAM: {psutil.cpu_count()} / "
          f"{psutil.virtual_memory().total / 2**30:.1f} GiB; load average "
          f"{os.getloadavg()[0]:.1f} (other work on the machine shares the cores)")
    try:
        while not pool_ready(server):
            if time.perf_counter() - t0 > 300:
                sys.exit("desk and projector kernels not ready within 5 minutes")
            time.sleep(0.5)
        print(f"server ready (desk and projector kernels pre-started) after "
              f"{time.perf_counter() - t0:.1f} s")
        if not args.no_phone:
            _, items = _open_round(store, "phone")
            phone = asyncio.run(phone_page(server.participant_url, "button.el-join",
                                           join=True))
            print(f"\nparticipant page, one phone (390×844, CPU 4× throttled, cold cache):\n"
                  f"  transfer {phone['bytes'] / 1024:.1f} KiB in {phone['requests']} "
                  f"request(s); usable after {phone['usable']:.2f} s; "
                  f"'Teilnehmen' → ballot {phone['ballot']:.2f} s")
            projector = asyncio.run(phone_page(server.results_url, ".el-results"))
            print(f"  for comparison, a Voila page (projector) on the same phone: "
                  f"{projector['bytes'] / 1024:.0f} KiB in {projector['requests']} requests, "
                  f"shown after {projector['usable']:.2f} s")
        runner = run_http_participants if args.mode == "http" else run_participants
        for count in args.participants:
            round_id, items = _open_round(store, count)
            results, wall = asyncio.run(runner(server.participant_url, items, count))
            report(count, results, wall, store, round_id, items, how)
        time.sleep(1)
    finally:
        memory.stop()
        server.stop()
    print(f"\npeak memory server+kernels: {memory.peak / 2**30:.2f} GiB RSS over "
          f"{memory.peak_kernels} kernel processes")


if __name__ == "__main__":
    main()
