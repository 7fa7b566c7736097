"""A whole workshop in Chromium: curate, open a round, three phones vote, results, restart.

One server serves the module; tests run in file order and build on each other like a real
session. Every page is checked to load nothing from another site.
"""

import os
import re
import signal

import pytest

from esslingen_lab.workshop import WorkshopStore
from esslingen_lab.workshop.models import FacilitatorModel
from esslingen_lab.workshop.server import start_server

pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

XSS = "<img src=x onerror=alert(1)>"
# MathJax payloads from the issue: must stay literal text, never a link or a page overlay
HREF = "$\\href{https://evil.example/login}{Zum Formular}$"
STYLE = ("$\\style{position:fixed;top:0;left:0;width:3000px;height:3000px;"
         "background:red}{X}$")
PHONE = {"width": 390, "height": 844}
TIMEOUT = 60_000

THEMES = [
    {"label": "Online-Termine", "keywords": ["termin", "online"],
     "answers": [{"respondent": "r1", "question": "idee", "text": "Termine online buchen"}]},
    {"label": "Terminvergabe", "keywords": ["termin", "bürgeramt"],
     "answers": [{"respondent": "r2", "question": "idee", "text": "Bürgeramt ohne Warten"}]},
    {"label": "Sicherheit", "keywords": ["daten"],
     "answers": [{"respondent": "r3", "question": "idee", "text": XSS},
                 {"respondent": "r4", "question": "idee", "text": "Daten schützen"},
                 {"respondent": "r5", "question": "idee", "text": HREF}]},
]


@pytest.fixture(scope="module")
def workshop(tmp_path_factory, free_port):
    folder = tmp_path_factory.mktemp("workshops")
    store = WorkshopStore.create(folder / "browser.db", "browser", title="Zukunft Esslingen")
    store.import_themes(THEMES, actor="Test", question="idee")
    state = {"folder": folder, "store": store, "port": free_port()}
    state["server"] = start_server(None, "browser", port=state["port"], workshops_dir=folder,
                                   fill_delay=1.0)
    yield state
    state["server"].stop()


def open_app(context_or_browser, url, css, **kwargs):
    page = context_or_browser.new_page(**kwargs)
    dialogs, requests = [], []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.dialogs, page.requests = dialogs, requests
    page.goto(url, timeout=TIMEOUT)
    page.wait_for_selector(css, timeout=TIMEOUT)
    return page


def assert_only_local_requests(page, server):
    origin = server.participant_url.split("/participant")[0] + "/"
    foreign = [u for u in page.requests if not u.startswith((origin, "data:", "blob:"))]
    assert foreign == []


def assert_not_typeset(page):
    assert page.locator("mjx-container, .MathJax, a[href*='evil.example']").count() == 0


def theme_id(store, label):
    return next(t["id"] for t in store.themes() if t["label"] == label)


def test_facilitator_merges_two_themes_and_opens_a_round(browser, workshop):
    store, server = workshop["store"], workshop["server"]
    page = open_app(browser, server.facilitator_url, ".el-facilitator")
    first, second = theme_id(store, "Online-Termine"), theme_id(store, "Terminvergabe")
    page.locator(f".el-theme-check-{first} input").check()
    page.locator(f".el-theme-check-{second} input").check()
    page.locator(".el-merge-label input").fill("Termine online")
    page.locator("button.el-merge").click()
    # the facilitator is told what happened, with the new name and how to take it back
    expect(page.locator(".el-info")).to_contain_text("→ „Termine online“", timeout=TIMEOUT)
    expect(page.locator(".el-info")).to_contain_text("Rückgängig")
    assert sorted(t["label"] for t in store.themes()) == ["Sicherheit", "Termine online"]
    assert store.audit_log()[-1]["action"] == "merge_themes"
    expect(page.locator(".el-theme")).to_have_count(2)

    page.get_by_role("tab", name="Abstimmung").click()
    # all relevant themes are offered by default; a typed measure is added
    merged = theme_id(store, "Termine online")  # a merge makes a new theme (ThemeMap)
    expect(page.locator(f".el-round-theme-{merged} input")).to_be_checked()
    page.locator(f".el-round-theme-{merged} input").check()
    page.locator(f".el-round-theme-{theme_id(store, 'Sicherheit')} input").check()
    page.locator(".el-measures textarea").fill(f"WLAN im Rathaus: kostenlos\n{XSS}\n{STYLE}")
    page.locator("button.el-create-round").click()
    page.locator("button.el-open-round").first.click()
    expect(page.locator("button.el-close-round")).to_have_count(1, timeout=TIMEOUT)
    current = store.current_round()
    assert current["status"] == "open"
    titles = [i["title"] for i in current["items"]]
    assert sorted(titles[:2]) == ["Sicherheit", "Termine online"]  # larger theme first
    # a typed measure is "title: description"; the payload survives in both parts
    assert titles[2:] == ["WLAN im Rathaus", XSS, STYLE.split(":")[0]]
    assert current["items"][4]["description"] == STYLE.split(":", 1)[1].strip()
    workshop["items"] = [i["id"] for i in current["items"]]
    # icons come from this server's own copy of Font Awesome, nothing from a CDN
    assert any("/el-static/fontawesome/css/" in u for u in page.requests)
    assert page.evaluate("[...document.fonts].some(f => f.family.includes('Font Awesome') "
                         "&& f.status === 'loaded')")
    assert_only_local_requests(page, server)
    assert_not_typeset(page)
    page.close()


# (item index -> dots, impact) per participant; 5 dots each, at most 3 per item
PLANS = [{0: (3, 5), 2: (2, 3)}, {0: (1, 4), 1: (2, 2), 3: (2, None)}, {2: (3, 4), 3: (2, 1)}]


def vote(page, items, plan):
    for index, (dots, impact) in plan.items():
        card = page.locator(f".el-item-{items[index]}")
        for _ in range(dots):
            card.locator("button.el-dot-plus").click()
        expect(card.locator(".el-dot-count")).to_have_text(str(dots))
        if impact is not None:
            card.locator(".el-impact").get_by_role("button", name=str(impact),
                                                   exact=True).click()
            card.locator(".el-effort").get_by_role("button", name=str(6 - impact),
                                                   exact=True).click()
    page.locator("button.el-submit").click()
    expect(page.locator(".el-status")).to_contain_text("Gespeichert", timeout=TIMEOUT)


def test_three_participants_vote_on_their_phones(browser, workshop):
    server, items = workshop["server"], workshop["items"]
    contexts, tokens = [], []
    for plan in PLANS:
        context = browser.new_context(viewport=PHONE)
        contexts.append(context)
        page = open_app(context, server.participant_url, ".el-participant")
        page.locator("button.el-join").click()
        page.wait_for_selector(".el-item", timeout=TIMEOUT)
        # respondent-derived text is shown literally, never as markup or a formula
        expect(page.locator(f".el-item-{items[3]} .el-item-title")).to_have_text(XSS)
        expect(page.locator(f".el-item-{items[4]} .el-item-title")).to_have_text(
            STYLE.split(":")[0])
        expect(page.locator(f".el-item-{items[4]} .el-item-desc")).to_have_text(
            STYLE.split(":", 1)[1].strip())
        assert page.locator(".el-participant img").count() == 0
        assert_not_typeset(page)
        # the join button is gone once joined: one phone cannot become several participants
        assert page.locator("button.el-join").count() == 0
        vote(page, items, plan)
        # remaining dots and the submit button stay on the phone's screen after scrolling
        remaining = page.locator(".el-remaining")
        expect(remaining).to_have_text("Verbleibende Punkte: 0 von 5")
        box = remaining.bounding_box()
        assert box is not None and 0 <= box["y"] <= PHONE["height"] - box["height"]
        href = page.locator("a.el-resume").get_attribute("href")
        tokens.append(re.search(r"token=([\w-]+)", href).group(1))
        assert page.dialogs == []
        assert_only_local_requests(page, server)
        # scanning the QR code again on the same phone resumes the ballot
        again = open_app(context, server.participant_url, ".el-item")
        first = next(iter(plan))
        expect(again.locator(f".el-item-{items[first]} .el-dot-count")).to_have_text(
            str(plan[first][0]))
        expect(again.locator("button.el-submit")).to_have_text("Stimmen ändern")
        again.close()
    workshop["tokens"] = tokens
    totals = workshop["store"].results(workshop["store"].current_round()["id"])
    assert totals["ballots"] == 3 and totals["participants"] == 3
    assert {i["id"]: i["dots"] for i in totals["items"]} == expected_totals(items)
    first = next(i for i in totals["items"] if i["id"] == items[0])
    assert (first["impact_mean"], first["effort_mean"]) == (4.5, 1.5)
    for context in contexts:
        context.close()


def expected_totals(items):
    totals = {i: 0 for i in items}
    for plan in PLANS:
        for index, (dots, _) in plan.items():
            totals[items[index]] += dots
    return totals


def check_results_page(page, items, totals):
    for item_id, dots in totals.items():
        expect(page.locator(f".el-results-row-{item_id} .el-results-dots")).to_have_text(
            str(dots), timeout=TIMEOUT)
    expect(page.locator(".el-participation")).to_contain_text("3 Stimmzettel")


def test_results_page_shows_totals_and_refreshes(browser, workshop):
    server, items = workshop["server"], workshop["items"]
    page = open_app(browser, server.results_url, ".el-results")
    totals = expected_totals(items)
    check_results_page(page, items, totals)
    ranks = page.locator(".el-results-row .el-results-title").all_inner_texts()
    first = next(i["title"] for i in workshop["store"].current_round()["items"]
                 if i["id"] == items[0])
    assert ranks[:2] == ["WLAN im Rathaus", first]  # 5 and 4 dots
    expect(page.locator(".el-matrix-image")).to_have_count(1)
    # a participant changes their ballot from their personal link: the projector follows
    phone = open_app(browser, server.participant_url.split("?")[0]
                     + f"?token={workshop['tokens'][2]}", ".el-item", viewport=PHONE)
    card = phone.locator(f".el-item-{items[3]}")
    expect(card.locator(".el-dot-count")).to_have_text("2")
    card.locator("button.el-dot-minus").click()
    phone.locator("button.el-submit").click()
    expect(phone.locator(".el-status")).to_contain_text("Gespeichert", timeout=TIMEOUT)
    totals[items[3]] -= 1
    expect(page.locator(f".el-results-row-{items[3]} .el-results-dots")).to_have_text(
        str(totals[items[3]]), timeout=15_000)
    workshop["totals"] = totals
    phone.close()
    page.close()


def test_xss_answer_renders_as_text_for_the_facilitator(browser, workshop):
    store, server = workshop["store"], workshop["server"]
    page = open_app(browser, server.facilitator_url, ".el-facilitator")
    page.locator(f"button.el-theme-show-{theme_id(store, 'Sicherheit')}").click()
    quote = page.locator(".el-quote", has_text="onerror")
    expect(quote).to_have_text(f"„{XSS}“", timeout=TIMEOUT)
    expect(page.locator(".el-quote", has_text="evil.example")).to_have_text(f"„{HREF}“")
    assert_not_typeset(page)
    assert page.locator(".el-facilitator img").count() == 0
    assert page.dialogs == []
    # without the secret the desk stays shut
    other = open_app(browser, server.facilitator_url.split("?")[0] + "?secret=guess",
                     ".el-message")
    expect(other.locator(".el-message")).to_contain_text("Kein Zugang")
    assert other.locator("script").count() == 0  # a static page: no kernel was started
    assert other.locator(".el-theme").count() == 0
    other.close()
    page.close()


def test_dead_server_says_so_and_restart_keeps_the_ballots(browser, workshop):
    items, old = workshop["items"], workshop["server"]
    phone = open_app(browser, old.participant_url.split("?")[0]
                     + f"?token={workshop['tokens'][0]}", ".el-item", viewport=PHONE)
    projector = open_app(browser, old.results_url, ".el-results")
    # an overloaded server (here: frozen) never leaves the phone without a word
    os.kill(old.process.pid, signal.SIGSTOP)
    try:
        expect(phone.locator(".el-banner")).to_contain_text("Keine Verbindung", timeout=10_000)
    finally:
        os.kill(old.process.pid, signal.SIGCONT)
    expect(phone.locator(".el-banner")).to_have_text("", timeout=TIMEOUT)
    old.stop()
    phone.locator(f".el-item-{items[0]} button.el-dot-minus").click()
    phone.locator("button.el-submit").click()
    # never "Gespeichert" on a dead server: what happened and how to get back, within 10 s
    expect(phone.locator(".el-status")).to_contain_text("Nicht gespeichert", timeout=10_000)
    expect(phone.locator(".el-status")).to_contain_text("persönlichen Link")
    expect(phone.locator(".el-banner")).to_contain_text("Keine Verbindung", timeout=10_000)
    # the projector (a Voila page) says so too instead of freezing silently
    expect(projector.locator(".el-lost-banner")).to_contain_text("Keine Verbindung",
                                                                  timeout=10_000)
    workshop["server"] = server = start_server(None, "browser", port=workshop["port"],
                                               workshops_dir=workshop["folder"])
    # the open page finds the server again by itself and can save
    expect(phone.locator(".el-banner")).to_have_text("", timeout=TIMEOUT)
    phone.locator("button.el-submit").click()
    expect(phone.locator(".el-status")).to_contain_text("Gespeichert", timeout=TIMEOUT)
    workshop["totals"][items[0]] -= 1
    phone.close()
    # the projector's page reloads itself once the server is back, and shows the totals
    check_results_page(projector, workshop["items"], workshop["totals"])
    expect(projector.locator(".el-lost-banner")).to_have_count(0)
    projector.close()
    page = open_app(browser, server.results_url, ".el-results")
    check_results_page(page, workshop["items"], workshop["totals"])
    assert_only_local_requests(page, server)
    page.close()


def test_one_tablet_for_several_people_when_the_desk_allows_it(browser, workshop):
    server, store, items = workshop["server"], workshop["store"], workshop["items"]
    secret = server.facilitator_url.split("secret=")[1]
    FacilitatorModel(store, secret).set_shared_devices(True)
    before = store.results(store.current_round()["id"])
    context = browser.new_context(viewport=PHONE)
    page = open_app(context, server.participant_url, ".el-participant")
    for _ in range(2):
        page.locator("button.el-join").click()
        page.locator(f".el-item-{items[1]} button.el-dot-plus").click()
        page.locator("button.el-submit").click()
        expect(page.locator(".el-status")).to_contain_text("Gespeichert", timeout=TIMEOUT)
        page.locator("button.el-next").click()
        expect(page.locator("button.el-join")).to_have_count(1)
    after = store.results(store.current_round()["id"])
    assert after["ballots"] == before["ballots"] + 2
    assert after["participants"] == before["participants"] + 2
    FacilitatorModel(store, secret).set_shared_devices(False)
    context.close()
