"""The console in Debian's Chromium, driven by Playwright: sign-in, the top case with its marked
evidence, a decision with reasons in the audit history, scope between platforms, the dashboard
moving after the decision, CSRF, reading without JavaScript, and screenshots of each page
(written to build/screenshots/, not committed).

No browser is ever downloaded: Playwright launches /usr/bin/chromium (scripts/chromium.sh
installs it). Without it these tests fail, unless CLEARBRIGHT_NO_BROWSER=1 skips them on purpose.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy.orm import Session

from clearbright.cases.access import Role
from clearbright.registry import Registry
from clearbright.reports import render, transparency
from clearbright.scan import Scanner, ScanReport
from clearbright.store.cases_schema import Case
from tests.console.conftest import ROOT, Console, serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--metrics-recording-only",
    "--no-first-run",
]
SHOTS = ROOT / "build" / "screenshots"
GAP = re.compile(r"\[to fill:[^\]]*\]")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if os.environ.get("CLEARBRIGHT_NO_BROWSER") == "1":
        pytest.skip("CLEARBRIGHT_NO_BROWSER=1: browser tests skipped on request")
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/chromium.sh (Debian's chromium package)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def site(tmp_path: Path, examples: tuple[Registry, Scanner, ScanReport]) -> Iterator[Console]:
    """The console over a temporary SQLite store loaded like the demo (with earlier work)."""
    yield from serve(f"sqlite:///{tmp_path / 'console.db'}", examples, history=True)


def context(browser: Browser, **options: Any) -> BrowserContext:
    options.setdefault("viewport", {"width": 1280, "height": 900})
    made = browser.new_context(locale="zh-CN", **options)
    made.set_default_timeout(20_000)
    return made


def sign_in(ctx: BrowserContext, site: Console, token: str) -> Page:
    page = ctx.new_page()
    page.goto(f"{site.url}/console/login")
    page.fill("#token", token)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/console/(queue|notices)"))
    return page


def figure(page: Page, name: str) -> str:
    return page.locator(f'[data-figure="{name}"]').inner_text().strip()


def test_reviewer_decides_the_top_case_and_the_dashboard_moves(
    browser: Browser, site: Console
) -> None:
    reviewer_ctx, supervisor_ctx = context(browser), context(browser)
    try:
        reviewer = sign_in(reviewer_ctx, site, site.tokens["demo-reviewer"])
        reviewer.screenshot(path=str(SHOTS / "queue.png"), full_page=True)
        top = reviewer.locator("tr[data-href]").first.get_attribute("data-href")
        assert top
        # Keyboard: j selects the first row, Enter opens it.
        reviewer.keyboard.press("j")
        reviewer.keyboard.press("Enter")
        reviewer.wait_for_url(f"**{top}")
        case_id = int(top.rsplit("/", 1)[1])
        marks = reviewer.locator("mark.ev")
        assert marks.count() > 0 and marks.first.is_visible()
        reviewer.screenshot(path=str(SHOTS / "case.png"), full_page=True)

        with Session(site.store.engine) as session:
            region = session.get_one(Case, case_id).region or "central"
        supervisor_token = site.token("browser-supervisor", Role.SUPERVISOR, region=region)
        supervisor = sign_in(supervisor_ctx, site, supervisor_token)
        supervisor.goto(f"{site.url}/console/dashboard")
        decided = int(figure(supervisor, "decided"))

        ground = reviewer.locator("#d-ground")
        ground.fill(GAP.sub("核对了登记信息和原帖", ground.input_value()))
        facts = reviewer.locator("#d-facts")
        facts.fill(GAP.sub("人工复核了证据原文", facts.input_value()))
        reviewer.fill("#d-label", "【背景信息】该内容与公开记录不符。")
        reviewer.click("form.decision-form button[type=submit]")
        reviewer.wait_for_url(re.compile(rf"/console/cases/{case_id}\?done=decided"))
        assert "Recorded: decided" in reviewer.locator(".flash").inner_text()
        history = reviewer.locator("#history").inner_text()
        assert "decision.create" in history and "reviewer:demo-reviewer" in history

        reviewer.keyboard.press("n")  # the next case in the queue
        reviewer.wait_for_url(re.compile(r"/console/cases/\d+$"))
        assert not reviewer.url.endswith(f"/cases/{case_id}")

        supervisor.reload()
        assert int(figure(supervisor, "decided")) == decided + 1
        assert figure(supervisor, "hours").endswith(" h")
        assert supervisor.locator("svg").count() >= 6
        supervisor.screenshot(path=str(SHOTS / "dashboard.png"), full_page=True)
    finally:
        reviewer_ctx.close()
        supervisor_ctx.close()


def test_appeals_and_notices_pages(browser: Browser, site: Console) -> None:
    ctx = context(browser)
    try:
        senior = sign_in(ctx, site, site.tokens["demo-senior"])
        senior.goto(f"{site.url}/console/appeals")
        assert senior.locator("form.decision-form").count() == 1  # the demo's pending appeal
        senior.screenshot(path=str(SHOTS / "appeals.png"), full_page=True)
    finally:
        ctx.close()
    ctx = context(browser)
    try:
        notifier = sign_in(ctx, site, site.tokens["demo-notifier"])
        assert "ex-010" in notifier.locator("table.notices").inner_text()
        notifier.screenshot(path=str(SHOTS / "notices.png"), full_page=True)
    finally:
        ctx.close()


def test_another_platforms_case_is_not_reachable(browser: Browser, site: Console) -> None:
    ctx = context(browser)
    try:
        page = sign_in(ctx, site, site.tokens["demo-weibo"])
        own = page.locator("tr[data-href]").count()
        assert own == len(site.case_ids(platform="weibo"))
        other = site.case_ids(platform="douyin")[0]
        answer = page.goto(f"{site.url}/console/cases/{other}")
        assert answer is not None and answer.status == 403
        assert page.locator("h1").inner_text() == "Not allowed"
    finally:
        ctx.close()


def test_choosing_an_action_offers_its_template(browser: Browser, site: Console) -> None:
    ctx = context(browser)
    try:
        page = sign_in(ctx, site, site.tokens["demo-reviewer"])
        page.goto(f"{site.url}/console/cases/{site.case_ids()[0]}")
        page.check("#d-action-no_action")
        assert page.locator("#d-ground").input_value().startswith("No action:")
        page.fill("#d-ground", "我自己写的理由")
        page.check("#d-action-remove")  # an edited ground is never overwritten
        assert page.locator("#d-ground").input_value() == "我自己写的理由"
    finally:
        ctx.close()


def test_a_form_without_its_csrf_token_is_refused(browser: Browser, site: Console) -> None:
    ctx = context(browser)
    try:
        page = sign_in(ctx, site, site.tokens["demo-reviewer"])
        case_id = site.case_ids()[0]
        page.goto(f"{site.url}/console/cases/{case_id}")
        page.evaluate("document.querySelector('form.decision-form input[name=csrf]').remove()")
        with page.expect_navigation() as navigation:
            page.click("form.decision-form button[type=submit]")
        answer = navigation.value
        assert answer is not None and answer.status == 403
        assert "CSRF" in page.locator("main").inner_text()
    finally:
        ctx.close()


def test_reading_works_without_javascript(browser: Browser, site: Console) -> None:
    ctx = context(browser, java_script_enabled=False)
    try:
        page = sign_in(ctx, site, site.tokens["demo-reviewer"])
        rows = page.locator("tr[data-href] a")
        assert rows.count() == len(site.case_ids())
        rows.first.click()
        page.wait_for_url(re.compile(r"/console/cases/\d+"))
        assert page.locator("mark.ev").count() > 0
        assert page.locator("#history tbody tr").count() > 0
        page.goto(f"{site.url}/console/dashboard")
        assert page.locator("svg").count() >= 6
    finally:
        ctx.close()


def test_long_chinese_text_does_not_break_the_layout(browser: Browser, site: Console) -> None:
    ctx = context(browser, viewport={"width": 800, "height": 900})
    try:
        page = sign_in(ctx, site, site.tokens["demo-notifier"])
        page.fill("#n-items", "ex-" + "长" * 300)
        page.fill("#n-explanation", "这是一段很长的没有任何标点的中文说明" * 40)
        page.fill("#n-name", "澄屿科技股份有限公司法务部" * 5)
        page.click("aside form button[type=submit]")
        page.wait_for_url(re.compile(r"/console/notices\?done=filed"))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 800, f"the page scrolls sideways ({width}px)"
    finally:
        ctx.close()


def test_transparency_report_renders_in_chromium(
    browser: Browser, site: Console, tmp_path: Path
) -> None:
    today = date.today()
    since, until = transparency.period((today - timedelta(days=90)).isoformat(), today.isoformat())
    with Session(site.store.engine) as session:
        data = transparency.build(session, since, until)
    written = render.write(data, tmp_path / "report")
    html = next(p for p in written if p.suffix == ".html")
    ctx = context(browser)
    try:
        page = ctx.new_page()
        page.goto(html.resolve().as_uri())
        assert page.locator("h1").count() >= 1
        assert page.locator("table").count() > 0
        page.screenshot(path=str(SHOTS / "report.png"), full_page=True)
    finally:
        ctx.close()
