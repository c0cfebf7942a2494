"""Sign-in, CSRF, scope and the decision flow over HTTP (no browser): fast and on both backends."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clearbright.cases.access import Role
from clearbright.store.cases_schema import Appeal, AuditEntry, Case, Decision, Notice
from tests.console.conftest import Console, csrf_of


def _decision_form(html: str) -> dict[str, str]:
    """The decision form as a reviewer would send it: templates kept, gaps filled in."""
    action = re.search(r'name="action" value="([a-z_]+)"[^>]*checked', html)
    ground = re.search(r'name="ground"[^>]*>([^<]*)</textarea>', html)
    facts = re.search(r'name="facts"[^>]*>([^<]*)</textarea>', html)
    assert action and ground and facts
    fill = re.compile(r"\[to fill:[^\]]*\]")
    unescape = lambda s: s.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")  # noqa: E731
    return {
        "csrf": csrf_of(html),
        "action": action.group(1),
        "ground": fill.sub("checked by hand", unescape(ground.group(1))),
        "facts": fill.sub("the account was compared with the registry", unescape(facts.group(1))),
        "label_note": "【背景信息】经核实，该说法与公开记录不符。",
    }


def test_pages_carry_security_headers_and_a_safe_cookie(console: Console) -> None:
    answer = console.client().get("/console/login")
    assert answer.status_code == 200
    csp = answer.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"]
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/console" in cookie


def test_sign_in_needs_a_known_token_and_never_stores_it(console: Console) -> None:
    client = console.client()
    csrf = csrf_of(client.get("/console/login").text)
    refused = client.post("/console/login", data={"csrf": csrf, "token": "cb_not-a-token"})
    assert refused.status_code == 401 and "Unknown token" in refused.text
    signed = console.sign_in("demo-reviewer")
    assert console.tokens["demo-reviewer"] not in signed.cookies["cb_console"]
    assert signed.get("/console/queue").status_code == 200


def test_guessing_tokens_at_sign_in_is_rate_limited(console: Console) -> None:
    client = console.client()
    csrf = csrf_of(client.get("/console/login").text)
    guesses = [
        client.post("/console/login", data={"csrf": csrf, "token": f"cb_guess-{n}"}).status_code
        for n in range(25)
    ]
    # The default budget is 20 failures a minute per address, shared with the API's bearer check.
    assert guesses[:20] == [401] * 20 and set(guesses[20:]) == {429}
    refused = client.post(
        "/console/login", data={"csrf": csrf, "token": console.tokens["demo-reviewer"]}
    )
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert "Too many failed sign-ins" in refused.text
    api = console.client().get(
        "/v1/cases", headers={"Authorization": f"Bearer {console.tokens['demo-reviewer']}"}
    )
    assert api.status_code == 429


def test_pages_need_a_session(console: Console) -> None:
    answer = console.client().get("/console/queue?state=new")
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/console/login?next=/console/queue")


def test_a_tampered_cookie_is_anonymous(console: Console) -> None:
    client = console.sign_in("demo-reviewer")
    value = client.cookies["cb_console"]
    client.cookies.set("cb_console", value[:-3] + "abc", path="/console")
    assert client.get("/console/queue").status_code == 303


def test_sign_in_redirects_only_inside_the_console(console: Console) -> None:
    token = console.tokens["demo-reviewer"]
    for target in ("https://evil.example/", "//evil.example/console/"):
        client = console.client()
        csrf = csrf_of(client.get("/console/login").text)
        answer = client.post("/console/login", data={"csrf": csrf, "token": token, "next": target})
        assert answer.headers["location"] == "/console/"


def test_form_posts_without_the_csrf_token_are_refused(console: Console) -> None:
    client = console.sign_in("demo-reviewer")
    case_id = console.case_ids()[0]
    form = _decision_form(client.get(f"/console/cases/{case_id}").text)
    for csrf in (None, "forged"):
        data = {k: v for k, v in form.items() if k != "csrf"}
        if csrf:
            data["csrf"] = csrf
        answer = client.post(f"/console/cases/{case_id}/decision", data=data)
        assert answer.status_code == 403, answer.text
        assert "CSRF" in answer.text
    cross = client.post(
        f"/console/cases/{case_id}/decision", data=form, headers={"Origin": "https://evil.example"}
    )
    assert cross.status_code == 403
    with Session(console.store.engine) as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 0


def test_the_login_form_needs_its_csrf_token_too(console: Console) -> None:
    client = console.client()
    client.get("/console/login")
    answer = client.post("/console/login", data={"token": console.tokens["demo-reviewer"]})
    assert answer.status_code == 403


def test_a_platform_sees_only_its_own_cases(console: Console) -> None:
    client = console.sign_in("demo-weibo")
    queue = client.get("/console/queue").text
    listed = {int(i) for i in re.findall(r'data-href="/console/cases/(\d+)"', queue)}
    assert listed == set(console.case_ids(platform="weibo"))
    other = console.case_ids(platform="douyin")[0]
    answer = client.get(f"/console/cases/{other}")
    assert answer.status_code == 403
    assert "outside the scope" in answer.text
    assert client.get("/console/cases/999999").status_code == 404
    assert client.get("/console/dashboard").status_code == 403
    assert client.get("/console/notices").status_code == 403


def test_a_supervisor_sees_only_its_region(console: Console) -> None:
    client = console.sign_in("demo-supervisor-zj")
    queue = client.get("/console/queue").text
    listed = {int(i) for i in re.findall(r'data-href="/console/cases/(\d+)"', queue)}
    assert listed == set(console.case_ids(region="CN-ZJ"))
    elsewhere = console.case_ids(region="CN-GD")[0]
    assert client.get(f"/console/cases/{elsewhere}").status_code == 403
    dashboard = client.get("/console/dashboard").text
    assert "CN-GD" not in dashboard


def test_roles_reach_only_their_pages(console: Console) -> None:
    reviewer = console.sign_in("demo-reviewer")
    assert reviewer.get("/console/appeals").status_code == 403
    senior = console.sign_in("demo-senior")
    assert senior.get("/console/appeals").status_code == 200
    notifier = console.sign_in("demo-notifier")
    assert notifier.get("/console/queue").status_code == 403
    assert notifier.get(f"/console/cases/{console.case_ids()[0]}").status_code == 403


def test_personal_data_is_masked_on_the_case_page(console: Console) -> None:
    client = console.sign_in("demo-reviewer")
    case_id = next(i for i in console.case_ids() if "ex-012" in _items(console, i))
    page = client.get(f"/console/cases/{case_id}").text
    assert "3301**********1231" in page
    assert "3301 0619 8503 1212 31" not in page
    assert "330106198503121231" not in page
    assert '<mark class="ev masked"' in page


def _items(console: Console, case_id: int) -> list[str]:
    with Session(console.store.engine) as session:
        return list(session.get_one(Case, case_id).item_refs)


def test_a_decision_needs_the_template_gaps_filled(console: Console) -> None:
    client = console.sign_in("demo-reviewer")
    case_id = console.case_ids()[0]
    form = _decision_form(client.get(f"/console/cases/{case_id}").text)
    form["ground"] = "[to fill: the rule] copied from the template"
    answer = client.post(f"/console/cases/{case_id}/decision", data=form)
    assert answer.status_code == 422
    assert "gap" in answer.text and "copied from the template" in answer.text  # kept for editing
    with Session(console.store.engine) as session:
        assert session.scalar(select(func.count()).select_from(Decision)) == 0


def test_decision_is_audited_and_counted_on_the_dashboard(console: Console) -> None:
    reviewer = console.sign_in("demo-reviewer")
    supervisor = console.sign_in("demo-supervisor-zj")
    before = _figure(supervisor.get("/console/dashboard").text, "decided")
    case_id = console.case_ids(region="CN-ZJ")[0]
    form = _decision_form(reviewer.get(f"/console/cases/{case_id}").text)
    answer = reviewer.post(f"/console/cases/{case_id}/decision", data=form)
    assert answer.status_code == 303, answer.text
    page = reviewer.get(answer.headers["location"]).text
    assert "decision.create" in page and "reviewer:demo-reviewer" in page
    with Session(console.store.engine) as session:
        case = session.get_one(Case, case_id)
        assert case.state == "decided" and case.assignee == "reviewer:demo-reviewer"
        actions = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "case", AuditEntry.entity_id == str(case_id)
            )
        ).all()
        assert {"case.transition", "case.assign", "case.claim"} <= set(actions)
    after = _figure(supervisor.get("/console/dashboard").text, "decided")
    assert (before, after) == ("0", "1")


def test_appeal_by_the_platform_and_its_decision_by_a_senior(console: Console) -> None:
    reviewer = console.sign_in("demo-reviewer")
    case_id = console.case_ids(platform="weibo", region="CN-ZJ")[0]
    form = _decision_form(reviewer.get(f"/console/cases/{case_id}").text)
    form["action"] = "remove"
    assert reviewer.post(f"/console/cases/{case_id}/decision", data=form).status_code == 303
    platform = console.sign_in("demo-weibo")
    page = platform.get(f"/console/cases/{case_id}").text
    filed = platform.post(
        f"/console/cases/{case_id}/appeal",
        data={"csrf": csrf_of(page), "appellant": "author", "text": "这是我们自己的官方账号。"},
    )
    assert filed.status_code == 303
    senior = console.sign_in("demo-senior")
    appeals = senior.get("/console/appeals").text
    assert "这是我们自己的官方账号" in appeals
    with Session(console.store.engine) as session:
        appeal_id = session.scalars(select(Appeal.id)).one()
    decided = senior.post(
        f"/console/appeals/{appeal_id}/decision",
        data={
            "csrf": csrf_of(appeals),
            "action": "no_action",
            "ground": "No action: the account is the enterprise's own.",
            "facts": "The handle is listed in the registry as official.",
        },
    )
    assert decided.status_code == 303, decided.text
    with Session(console.store.engine) as session:
        assert session.get_one(Appeal, appeal_id).outcome == "overturned"
    dashboard = console.sign_in("demo-admin").get("/console/dashboard").text
    assert _figure(dashboard, "reversal") == "100%"


def test_the_notifier_follows_its_notice_without_seeing_the_author(console: Console) -> None:
    client = console.sign_in("demo-notifier")
    page = client.get("/console/notices").text
    assert "ex-010" in page
    assert "wb_" not in page  # the posting account's id is never shown to the notifier
    filed = client.post(
        "/console/notices",
        data={
            "csrf": csrf_of(page),
            "platform": "douyin",
            "items": "ex-008\n",
            "category": "counterfeit",
            "relation": "self",
            "region": "CN-SC",
            "explanation": "仿冒禾淼食品的账号在售卖假货。",
            "notifier_kind": "enterprise",
            "notifier_name": "禾淼食品",
        },
    )
    assert filed.status_code == 303
    assert "ex-008" in client.get("/console/notices").text
    bad = client.post(
        "/console/notices",
        data={
            "csrf": csrf_of(page),
            "platform": "douyin",
            "items": "",
            "category": "counterfeit",
            "relation": "self",
            "explanation": "x",
            "notifier_kind": "enterprise",
            "notifier_name": "禾淼食品",
        },
    )
    assert bad.status_code == 422 and "items" in bad.text


def _figure(html: str, name: str) -> str:
    found = re.search(rf'data-figure="{name}">([^<]*)<', html)
    assert found, f"no figure {name}"
    return found.group(1).strip()


class _Fields(HTMLParser):
    """Collects form fields and the ids that labels point at."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[dict[str, str | None]] = []
        self.labelled: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "label" and found.get("for"):
            self.labelled.add(str(found["for"]))
        if tag in {"input", "select", "textarea"} and found.get("type") not in {"hidden", "submit"}:
            self.fields.append(found)


def test_every_form_field_has_a_label(console: Console) -> None:
    pages = {
        "demo-reviewer": ["/console/queue", f"/console/cases/{console.case_ids()[0]}"],
        "demo-senior": ["/console/appeals"],
        "demo-notifier": ["/console/notices"],
        "demo-supervisor-zj": ["/console/dashboard"],
    }
    seen = 0
    for name, paths in pages.items():
        client = console.sign_in(name)
        for path in paths:
            parser = _Fields()
            parser.feed(client.get(path).text)
            for field in parser.fields:
                assert field.get("id") in parser.labelled, f"{path}: unlabelled {field}"
            seen += len(parser.fields)
    assert seen > 20


def test_overdue_cases_come_first_and_are_counted(console: Console) -> None:
    late = console.case_ids(region="CN-ZJ")[-1]
    with Session(console.store.engine) as session, session.begin():
        session.get_one(Case, late).due_at = datetime.now(UTC) - timedelta(hours=3)
    client = console.sign_in("demo-supervisor-zj")
    queue = client.get("/console/queue").text
    assert re.findall(r'data-href="/console/cases/(\d+)"', queue)[0] == str(late)
    only = client.get("/console/queue?overdue=1").text
    assert re.findall(r'data-href="/console/cases/(\d+)"', only) == [str(late)]
    assert _figure(client.get("/console/dashboard").text, "overdue") == "1"


def test_the_notifier_appeals_a_decision_to_take_no_action(console: Console) -> None:
    notifier = console.sign_in("demo-notifier")
    with Session(console.store.engine) as session:
        case_id = session.scalars(select(Notice.case_id)).one()
    reviewer = console.sign_in("demo-reviewer")
    form = _decision_form(reviewer.get(f"/console/cases/{case_id}").text)
    form["action"] = "no_action"
    assert reviewer.post(f"/console/cases/{case_id}/decision", data=form).status_code == 303
    page = notifier.get("/console/notices").text
    assert "no action" in page
    answer = notifier.post(
        f"/console/cases/{case_id}/appeal",
        data={"csrf": csrf_of(page), "appellant": "notifier", "text": "账号仍在冒充，请复核。"},
    )
    assert answer.status_code == 303
    with Session(console.store.engine) as session:
        appeal = session.scalars(select(Appeal)).one()
        assert (appeal.case_id, appeal.appellant) == (case_id, "notifier")
    other = console.token("other-notifier", Role.NOTIFIER)
    stranger = console.client()
    csrf = csrf_of(stranger.get("/console/login").text)
    stranger.post("/console/login", data={"csrf": csrf, "token": other})
    page = stranger.get("/console/notices").text
    assert "ex-010" not in page
    refused = stranger.post(
        f"/console/cases/{case_id}/appeal",
        data={"csrf": csrf_of(page), "appellant": "notifier", "text": "我也要申诉"},
    )
    assert refused.status_code == 403
