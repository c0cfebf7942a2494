"""Supervision commands: dispatch, the platform side, audit sampling, scorecards and exports.

Commands that act for a supervisor or a platform take `--token` (env CLEARBRIGHT_TOKEN), the
same API token the HTTP service accepts, so the CLI enforces the same roles and scopes and the
audit log names the same actor. Exports run as the local operator unless a token is given.
Logic lives in clearbright.supervision and clearbright.reports; these are thin shells.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from clearbright.cli.shell import err, user_errors, write_lines
from clearbright.errors import InputError
from clearbright.settings import Settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from clearbright.cases.access import Actor

out = Console(highlight=False)

DbOption = Annotated[
    str | None, typer.Option("--db", help="Database URL (env CLEARBRIGHT_DB).", show_default=False)
]
DataDirOption = Annotated[
    Path | None, typer.Option("--data-dir", help="Data directory (env CLEARBRIGHT_DATA_DIR).")
]
TokenOption = Annotated[
    str,
    typer.Option("--token", envvar="CLEARBRIGHT_TOKEN", help="API token (env CLEARBRIGHT_TOKEN)."),
]
OptionalToken = Annotated[
    str | None,
    typer.Option(
        "--token",
        envvar="CLEARBRIGHT_TOKEN",
        help="API token to act as (default: the local operator, as admin).",
    ),
]
Since = Annotated[str, typer.Option("--since", help="First day (YYYY-MM-DD).")]
Until = Annotated[str, typer.Option("--until", help="Last day, inclusive (YYYY-MM-DD).")]

platform_app = typer.Typer(help="The platform's side of dispatches.", no_args_is_help=True)
quality_app = typer.Typer(help="Quality by audit sampling.", no_args_is_help=True)
sor_app = typer.Typer(help="Statements of reasons.", no_args_is_help=True)
evidence_app = typer.Typer(help="Evidence packages (fraud-type cases).", no_args_is_help=True)
archive_app = typer.Typer(help="The notice archive.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add these commands to the main `clearbright` app."""
    app.command("dispatch")(dispatch_command)
    app.command("scorecard")(scorecard_command)
    app.add_typer(platform_app, name="platform")
    app.add_typer(quality_app, name="quality")
    app.add_typer(sor_app, name="sor")
    app.add_typer(evidence_app, name="evidence")
    app.add_typer(archive_app, name="archive")


@contextmanager
def _session(db: str | None, data_dir: Path | None, *, write: bool) -> Iterator[Session]:
    from sqlalchemy.orm import Session

    from clearbright.audit.chain import lock_head
    from clearbright.store import Store

    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine, expire_on_commit=False) as session:
            if not write:
                yield session
                return
            with session.begin():
                lock_head(session)  # one lock order for every writer (see audit.chain)
                yield session
    finally:
        store.close()


def _actor(session: Session, token: str | None) -> Actor:
    from clearbright.cases import tokens
    from clearbright.cases.access import Actor, Role

    if token is None:
        return Actor(name=f"cli:{getpass.getuser()}", role=Role.ADMIN)
    found = tokens.authenticate(session, token)
    if found is None:
        raise InputError("unknown, expired or revoked token", field="token")
    return found


def _model(model: Any, data: dict[str, Any]) -> Any:
    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(str(first["msg"]), field=".".join(map(str, first["loc"]))) from None


def _print_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


@user_errors
def dispatch_command(
    cases: Annotated[list[int], typer.Argument(help="Case ids (one or a batch of up to 100).")],
    token: TokenOption,
    deadline_hours: Annotated[
        float | None,
        typer.Option("--deadline-hours", help="Hours to answer (default: the platform's)."),
    ] = None,
    registry: Annotated[
        Path | None,
        typer.Option("--registry", help="Registry folder (platform deadlines; default none)."),
    ] = None,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Send cases to their platforms with a deadline (supervisor: own region; staff: central)."""
    from clearbright.registry import Registry
    from clearbright.supervision import dispatch as d

    data = _model(d.DispatchIn, {"cases": cases, "deadline_hours": deadline_hours})
    platforms = Registry.load(registry).platforms if registry else {}
    with _session(db, data_dir, write=True) as session:
        rows = d.dispatch(session, data, _actor(session, token), platforms)
        _print_json({"batch": rows[0].batch, "dispatches": [d.view(r) for r in rows]})


@platform_app.command("inbox")
@user_errors
def platform_inbox(
    token: TokenOption,
    status: Annotated[
        str | None, typer.Option("--status", help="sent, acknowledged, acted or contested.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, not a table.")] = False,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """The dispatches in the token's scope (a platform's inbox), oldest first."""
    from sqlalchemy import select

    from clearbright.store.supervision_schema import Dispatch
    from clearbright.supervision import dispatch as d

    if status is not None and status not in {"sent", "acknowledged", "acted", "contested"}:
        raise InputError(f"unknown status {status!r}", field="status")
    with _session(db, data_dir, write=False) as session:
        actor = _actor(session, token)
        query = select(Dispatch).where(d.scope(actor))
        if status is not None:
            query = query.where(Dispatch.status == status)
        rows = [d.view(r) for r in session.scalars(query.order_by(Dispatch.dispatched_at))]
    if as_json:
        _print_json(rows)
        return
    table = Table("id", "case", "platform", "status", "dispatched", "deadline", "answer")
    for row in rows:
        table.add_row(
            str(row["id"]),
            str(row["case_id"]),
            row["platform"],
            row["status"],
            (row["dispatched_at"] or "")[:16],
            (row["deadline_at"] or "–")[:16],
            row["action"] or ("contested" if row["status"] == "contested" else "–"),
        )
    out.print(table)


@platform_app.command("acknowledge")
@user_errors
def platform_acknowledge(
    dispatch_id: Annotated[int, typer.Argument(help="Dispatch id.")],
    token: TokenOption,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """The platform has seen the notice."""
    from clearbright.supervision import dispatch as d

    with _session(db, data_dir, write=True) as session:
        actor = _actor(session, token)
        row = d.load(session, dispatch_id, actor, lock=True)
        d.acknowledge(session, row, actor)
        _print_json(d.view(row))


@platform_app.command("act")
@user_errors
def platform_act(
    dispatch_id: Annotated[int, typer.Argument(help="Dispatch id.")],
    token: TokenOption,
    action: Annotated[
        str,
        typer.Option(
            "--action",
            help="remove, label, restrict_visibility, demote, suspend_account or no_action.",
        ),
    ],
    ground: Annotated[str, typer.Option("--ground", help="The rule applied.")],
    facts: Annotated[str, typer.Option("--facts", help="The facts relied on.")],
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """The platform's action with its own statement of reasons."""
    from clearbright.supervision import dispatch as d

    data = _model(d.ActIn, {"action": action, "ground": ground, "facts": facts})
    with _session(db, data_dir, write=True) as session:
        actor = _actor(session, token)
        row = d.load(session, dispatch_id, actor, lock=True)
        d.act(session, row, data, actor)
        _print_json(d.view(row))


@platform_app.command("contest")
@user_errors
def platform_contest(
    dispatch_id: Annotated[int, typer.Argument(help="Dispatch id.")],
    token: TokenOption,
    reason: Annotated[str, typer.Option("--reason", help="Why the platform disputes it.")],
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """The platform disputes the notice, with reasons a supervisor can review."""
    from clearbright.supervision import dispatch as d

    data = _model(d.ContestIn, {"reason": reason})
    with _session(db, data_dir, write=True) as session:
        actor = _actor(session, token)
        row = d.load(session, dispatch_id, actor, lock=True)
        d.contest(session, row, data, actor)
        _print_json(d.view(row))


@quality_app.command("sample")
@user_errors
def quality_sample(
    platform: Annotated[str, typer.Option("--platform", help="Platform id.")],
    since: Since,
    until: Until,
    token: TokenOption,
    size: Annotated[int, typer.Option("--size", min=1, max=500, help="Sample size.")] = 20,
    seed: Annotated[int, typer.Option("--seed", min=0, help="Seed: same seed, same sample.")] = 0,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """A reproducible random sample of a platform's answered dispatches to re-review."""
    from clearbright.cases.access import STAFF, Role, require
    from clearbright.reports.transparency import period
    from clearbright.supervision import dispatch as d
    from clearbright.supervision import quality

    start, end = period(since, until)
    with _session(db, data_dir, write=False) as session:
        actor = _actor(session, token)
        require(actor, Role.SUPERVISOR, *STAFF)
        ids = quality.sample(session, platform, start, end, size, seed, where=d.scope(actor))
        _print_json(
            {
                "platform": platform,
                "seed": seed,
                "size": size,
                "dispatches": quality.sample_view(session, ids),
            }
        )


@quality_app.command("review")
@user_errors
def quality_review(
    dispatch_id: Annotated[int, typer.Argument(help="Dispatch id.")],
    token: TokenOption,
    expected: Annotated[
        str, typer.Option("--expected", help="What should have happened: enforce or no_action.")
    ],
    note: Annotated[str, typer.Option("--note", help="Why (kept in the audit log).")] = "",
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """A supervisor's verdict on the platform's answer: agree, under- or over-enforcement."""
    from clearbright.supervision import dispatch as d
    from clearbright.supervision import quality

    data = _model(quality.ReviewIn, {"expected": expected, "note": note})
    with _session(db, data_dir, write=True) as session:
        actor = _actor(session, token)
        row = d.load(session, dispatch_id, actor, lock=True)
        quality.review(session, row, data, actor)
        _print_json(d.view(row))


@user_errors
def scorecard_command(
    since: Since,
    until: Until,
    by: Annotated[
        str, typer.Option("--by", help="platform, or region (one card per platform and region).")
    ] = "platform",
    trend: Annotated[
        str | None, typer.Option("--trend", help="Add a trend per week or month.")
    ] = None,
    token: OptionalToken = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON, not tables.")] = False,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Platform scorecards over a date range (timeliness, audit quality, score), with trends."""
    from clearbright.reports.transparency import period
    from clearbright.supervision import dispatch as d
    from clearbright.supervision import metrics

    if by not in {"platform", "region"}:
        raise InputError(f"--by must be platform or region, not {by!r}", field="by")
    if trend not in {None, "week", "month"}:
        raise InputError(f"--trend must be week or month, not {trend!r}", field="trend")
    start, end = period(since, until)
    with _session(db, data_dir, write=False) as session:
        where = d.scope(_actor(session, token))
        grouped = metrics.by_platform if by == "platform" else metrics.timeliness
        result: dict[str, Any] = {"scorecards": grouped(session, start, end, where=where)}
        if trend is not None:
            unit: metrics.Unit = "week" if trend == "week" else "month"
            result["trend"] = metrics.trend(session, start, end, unit, where=where)
    if as_json:
        _print_json(result)
        return
    _print_scorecards(result)


def _print_scorecards(result: dict[str, Any]) -> None:
    timely = Table(
        "platform", "region", "sent", "ack h", "act h", "p90 h", "on time", "overdue",
        "contested", title="timeliness (hours: medians unless p90)",
    )  # fmt: skip
    audit = Table(
        "platform", "region", "sampled", "agree", "under", "over", "score",
        title="audit-sample quality and score",
    )  # fmt: skip
    for card in result["scorecards"]:
        q = card["quality"]
        timely.add_row(
            card["platform"],
            card["region"],
            str(card["dispatched"]),
            _f(card["hours_to_acknowledge"]["median"]),
            _f(card["hours_to_action"]["median"]),
            _f(card["hours_to_action"]["p90"]),
            _f(card["within_deadline_share"]),
            str(card["overdue"]),
            _f(card["contested_share"]),
        )
        audit.add_row(
            card["platform"],
            card["region"],
            str(q["reviewed"]),
            _f(q["agreement_rate"]),
            str(q["under_enforcement"]),
            str(q["over_enforcement"]),
            _f(card["score"]),
        )
    out.print(timely)
    out.print(audit)
    trend = result.get("trend")
    if trend and trend["platforms"]:
        table = Table("platform", "figure", *trend["periods"], title=f"per {trend['unit']}")
        for platform, figures in trend["platforms"].items():
            for name in ("dispatched", "within_deadline_share", "agreement_rate", "score"):
                table.add_row(platform, name, *(_f(v) for v in figures[name]))
        out.print(table)


def _f(value: float | None) -> str:
    if value is None:
        return "–"
    return str(value) if isinstance(value, int) else f"{value:.2f}"


@sor_app.command("export")
@user_errors
def sor_export(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for sor-00001.json, ...")],
    batch_size: Annotated[
        int, typer.Option("--batch-size", help="Statements per file (1-100).")
    ] = 100,
    since: Annotated[str | None, typer.Option("--since", help="First day (YYYY-MM-DD).")] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Last day, inclusive (YYYY-MM-DD).")
    ] = None,
    token: OptionalToken = None,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Export statements of reasons (DSA-style JSON, schema-validated) in batches."""
    from clearbright.audit import record
    from clearbright.reports import sor

    start, end = _range(since, until)
    with _session(db, data_dir, write=True) as session:
        actor = _actor(session, token)
        _staff(actor)
        files = sor.write_batches(session, out_dir, since=start, until=end, batch_size=batch_size)
        total = sor.count(session, start, end)
        record(
            session, actor.label, "sor.export", "export", "sor", None,
            {"files": len(files), "statements": total, "since": since, "until": until},
        )  # fmt: skip
    for path in files:
        err.print(f"written: {path}")
    err.print(f"{total} statements in {len(files)} file(s)")


@evidence_app.command("export")
@user_errors
def evidence_export(
    case_id: Annotated[int, typer.Argument(help="Case id (a fraud-type category).")],
    out_zip: Annotated[Path, typer.Option("--out", help="The zip file to write.")],
    token: OptionalToken = None,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Write an evidence package (items, findings, decision, hashes, audit entries)."""
    from clearbright.reports import evidence

    with _session(db, data_dir, write=True) as session:
        actor = _actor(session, token)
        _staff(actor)
        done = evidence.export(session, case_id, out_zip, actor)
    err.print(
        f"written: {done.path} ({done.members} files, package SHA-256 {done.package_sha256}, "
        f"audit entry {done.audit_seq})"
    )


@evidence_app.command("verify")
@user_errors
def evidence_verify(
    package: Annotated[Path, typer.Argument(help="An evidence package zip.")],
    against_db: Annotated[
        bool,
        typer.Option("--against-db", help="Also check the live audit chain in the database."),
    ] = False,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Check a package: member hashes, audit entries and chain links; exit 1 naming problems."""
    from clearbright.reports import evidence

    if not package.is_file():
        raise InputError("no such file", path=str(package))
    if against_db:
        with _session(db, data_dir, write=False) as session:
            result = evidence.verify(package, session)
    else:
        result = evidence.verify(package)
    for problem in result.problems:
        err.print(f"[red]tampered:[/] {problem}", soft_wrap=True)
    if not result.ok:
        raise typer.Exit(1)
    err.print(f"package intact: {result.members} files, {result.audit_entries} audit entries")


@archive_app.command("export")
@user_errors
def archive_export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    out_file: Annotated[
        Path | None, typer.Option("--out", help="File to write (default: stdout).")
    ] = None,
    platform: Annotated[str | None, typer.Option("--platform")] = None,
    category: Annotated[str | None, typer.Option("--category", help="Category slug.")] = None,
    sender_type: Annotated[
        str | None, typer.Option("--sender-type", help="enterprise, person, platform, ...")
    ] = None,
    outcome: Annotated[
        str | None, typer.Option("--outcome", help="e.g. remove, no_action.")
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Filed on or after.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Filed on or before.")] = None,
    item: Annotated[str | None, typer.Option("--item", help="An exact item id or URL.")] = None,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Export the notice archive (closed notices and outcomes, personal data masked)."""
    from clearbright.reports import archive

    if fmt not in {"jsonl", "csv"}:
        raise InputError(f"--format must be jsonl or csv, not {fmt!r}", field="format")
    filters = _filters(platform, category, sender_type, outcome, since, until, item)
    with _session(db, data_dir, write=False) as session:
        lines = archive.dump(archive.iter_all(session, filters), "csv" if fmt == "csv" else "jsonl")
        if out_file is None:
            for line in lines:
                sys.stdout.write(line)
            return
        write_lines(lines, out_file, "the archive")
    err.print(f"written: {out_file}")


def _filters(
    platform: str | None,
    category: str | None,
    sender_type: str | None,
    outcome: str | None,
    since: str | None,
    until: str | None,
    item: str | None,
) -> Any:
    from clearbright.categories import Category
    from clearbright.reports import archive

    chosen = None
    if category is not None:
        try:
            chosen = Category.from_slug(category)
        except ValueError as exc:
            raise InputError(str(exc), field="category") from None
    start, end = _range(since, until)
    return archive.Filters(platform, chosen, sender_type, outcome, start, end, item)


def _range(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    from clearbright.reports.transparency import period

    start = period(since, since)[0] if since else None
    end = period(until, until)[1] if until else None
    if start is not None and end is not None and end <= start:
        raise InputError(f"--until {until} is before --since {since}", field="until")
    return start, end


def _staff(actor: Actor) -> None:
    from clearbright.cases.access import STAFF, require

    require(actor, *STAFF)
