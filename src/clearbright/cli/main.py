"""The `clearbright` command line: a thin shell over the scan pipeline and the store."""

from __future__ import annotations

import json
import sys
import uuid
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from clearbright.categories import Category
from clearbright.cli import access as access_cli
from clearbright.cli.shell import err, user_errors, write_lines
from clearbright.errors import InputError
from clearbright.ingest import ItemReader
from clearbright.ingest.items import DEFAULT_MAX_LINE_BYTES
from clearbright.model import ACTIONS, Finding
from clearbright.settings import Settings

if TYPE_CHECKING:
    from clearbright.scan import Scanner, ScanReport

app = typer.Typer(
    help="Find, triage and resolve online harms aimed at businesses.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
registry_app = typer.Typer(help="Registry folders.", no_args_is_help=True)
db_app = typer.Typer(help="The database.", no_args_is_help=True)
app.add_typer(registry_app, name="registry")
app.add_typer(db_app, name="db")


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database URL (default: SQLite file in the data directory; env CLEARBRIGHT_DB).",
    ),
]
DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory (default ~/.local/share/clearbright; env CLEARBRIGHT_DATA_DIR).",
    ),
]


@app.command()
@user_errors
def scan(
    items: Annotated[str, typer.Argument(help="Items file (JSON Lines), or - for stdin.")],
    registry: Annotated[Path, typer.Option("--registry", help="Registry folder.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="Findings file (default: stdout).")
    ] = None,
    policy: Annotated[Path | None, typer.Option("--policy", help="Policy YAML file.")] = None,
    skip_invalid: Annotated[
        bool,
        typer.Option(
            "--skip-invalid", help="Skip bad lines (counted and listed) instead of stopping."
        ),
    ] = False,
    max_line_bytes: Annotated[
        int, typer.Option("--max-line-bytes", min=1, help="Longest accepted line.")
    ] = DEFAULT_MAX_LINE_BYTES,
    store: Annotated[
        bool, typer.Option("--store/--no-store", help="Save items and findings in the database.")
    ] = True,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Scan items against a registry and write findings (DESIGN.md Finding format)."""
    # Imported here so that quick commands do not pay for loading every detector.
    from clearbright.policy import Policy
    from clearbright.registry import Registry
    from clearbright.scan import Scanner
    from clearbright.store import RunRecord, Store

    settings = Settings.build(data_dir, db)
    started = datetime.now(UTC)
    loaded_registry = Registry.load(registry)
    scanner = Scanner(loaded_registry, Policy.load(policy))
    reader = ItemReader(items, skip_invalid=skip_invalid, max_line_bytes=max_line_bytes)
    report = _scan_with_progress(scanner, reader)
    _write_findings(report.findings, out)
    saved = None
    if store:
        target = Store.open(settings.db_url)
        try:
            saved = target.save_run(
                RunRecord(
                    id=str(uuid.uuid4()),
                    started_at=started,
                    source=items,
                    registry=str(registry),
                    items_read=len(report.items),
                    lines_skipped=len(reader.skipped),
                    detectors=scanner.detector_names,
                ),
                report.items,
                report.findings,
            )
        finally:
            target.close()
    _print_summary(
        report,
        reader,
        saved.items_new if saved else None,
        saved.findings_new if saved else None,
        settings.db_url if saved else None,
    )


@app.command()
@user_errors
def redact(
    items: Annotated[str, typer.Argument(help="Items file (JSON Lines), or - for stdin.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="Masked items file (default: stdout).")
    ] = None,
) -> None:
    """Write a copy of the items with personal identifiers (ID, phone, card...) masked."""
    from clearbright.detectors.privacy.redact import redact_items

    masked = redact_items(ItemReader(items))
    _write_lines(
        (
            json.dumps(i.model_dump(mode="json", exclude_none=True), ensure_ascii=False) + "\n"
            for i in masked
        ),
        out,
        "items",
    )


def _scan_with_progress(scanner: Scanner, reader: ItemReader) -> ScanReport:
    if not err.is_terminal:
        return scanner.scan(reader)
    columns = (TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    total = _count_lines(reader.path)
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("scan", total=total)
        return scanner.scan(reader, on_item=lambda: progress.advance(task))


def _count_lines(path: str) -> int | None:
    if path == "-":
        return None
    with open(path, "rb") as stream:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))


def _write_findings(findings: Iterable[Finding], out: Path | None) -> None:
    lines = (json.dumps(f.to_json_dict(), ensure_ascii=False) + "\n" for f in findings)
    _write_lines(lines, out, "findings")


def _write_lines(lines: Iterable[str], out: Path | None, what: str) -> None:
    if out is None:
        sys.stdout.writelines(lines)
        sys.stdout.flush()
        return
    write_lines(lines, out, what)


def _print_summary(
    report: ScanReport,
    reader: ItemReader,
    items_new: int | None,
    findings_new: int | None,
    db_url: str | None,
) -> None:
    for problem in reader.skipped[:20]:
        err.print(f"[yellow]skipped:[/] {problem.describe()}", soft_wrap=True)
    if len(reader.skipped) > 20:
        err.print(f"[yellow]skipped:[/] … and {len(reader.skipped) - 20} more lines")
    for failure in report.failures[:20]:
        err.print(
            f"[red]detector failure:[/] {failure.detector} on {failure.item_id}: {failure.error}",
            soft_wrap=True,
        )
    counts: Counter[tuple[str, str]] = Counter((f.slug, f.action) for f in report.findings)
    actions = [a for a in ACTIONS if a != "none"]
    table = Table(title="findings by category and action", title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("category")
    for action in actions:
        table.add_column(action, justify="right")
    table.add_column("total", justify="right")
    for category in Category:
        row = [counts[(category.slug, a)] for a in actions]
        if sum(row):
            table.add_row(str(category.number), category.slug, *map(str, row), str(sum(row)))
    table.add_row(
        "",
        "all",
        *(str(sum(counts[(c.slug, a)] for c in Category)) for a in actions),
        str(len(report.findings)),
        style="bold",
    )
    err.print(table)
    line = (
        f"{len(report.items)} items scanned, {len(reader.skipped)} invalid lines skipped, "
        f"{reader.duplicates} duplicates ignored, {len(report.findings)} findings"
    )
    if db_url is not None:
        line += f"; stored {items_new} new items and {findings_new} new findings in {db_url}"
    err.print(line, soft_wrap=True)


@registry_app.command("check")
@user_errors
def registry_check(folder: Annotated[Path, typer.Argument(help="Registry folder.")]) -> None:
    """Validate a registry folder and print what it holds."""
    from clearbright.registry import Registry

    loaded = Registry.load(folder)
    err.print(
        f"{folder}: {len(loaded.enterprises)} enterprises, {len(loaded.people)} people, "
        f"{len(loaded.names)} names, {len(loaded.claims)} claims, "
        f"{len(loaded.statements)} statements, {len(loaded.financials)} figures, "
        f"{len(loaded.platforms)} platforms: valid"
    )


@db_app.command("upgrade")
@user_errors
def db_upgrade(db: DbOption = None, data_dir: DataDirOption = None) -> None:
    """Create or migrate the database schema to the newest version."""
    from clearbright.store import Store

    settings = Settings.build(data_dir, db)
    Store.open(settings.db_url).close()
    err.print(f"database at {settings.db_url} is up to date")


@app.command("detectors")
@user_errors
def list_detectors() -> None:
    """List the registered detectors and their categories."""
    from clearbright.detectors.catalog import detector_classes

    table = Table("detector", "categories", "kinds")
    table.columns[0].no_wrap = True
    for cls in detector_classes():
        table.add_row(
            cls.name, ", ".join(c.slug for c in cls.categories), ", ".join(sorted(cls.kinds))
        )
    Console().print(table)


@app.command("normalize")
def normalize_command(text: Annotated[str, typer.Argument(help="Text to fold.")]) -> None:
    """Show how the normalizer folds a text (folded text and tone-less pinyin)."""
    from clearbright.text import normalize

    folded = normalize(text)
    typer.echo(folded.text)
    typer.echo(" ".join(folded.pinyin))


notice_app = typer.Typer(help="Notices (leads about harmful items).", no_args_is_help=True)
audit_app = typer.Typer(help="The audit log.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens.", no_args_is_help=True)
app.add_typer(notice_app, name="notice")
app.add_typer(audit_app, name="audit")
app.add_typer(token_app, name="token")


@app.command()
@user_errors
def serve(
    registry: Annotated[
        Path | None,
        typer.Option("--registry", help="Registry folder (default: DATA_DIR/registry if present)."),
    ] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    rules: Annotated[Path | None, typer.Option("--rules", help="Routing rules YAML.")] = None,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Run the HTTP API (OpenAPI document at /docs and /openapi.json)."""
    import uvicorn

    from clearbright.api import create_app
    from clearbright.cases.routing import RuleSet
    from clearbright.registry import Registry
    from clearbright.store import Store

    settings = Settings.build(data_dir, db)
    ruleset = RuleSet.from_yaml(rules.read_text(encoding="utf-8")) if rules else None
    folder = registry or settings.data_dir / "registry"
    if registry is None and not folder.is_dir():
        err.print(f"no registry at {folder}: serving with an empty registry (pass --registry)")
        loaded = Registry()
    else:
        loaded = Registry.load(folder)
    application = create_app(Store.open(settings.db_url), loaded, rules=ruleset)
    _ = application.state.context.registry  # API registry edits the folder no longer fits: 1 line
    uvicorn.run(application, host=host, port=port, log_level="warning")


@notice_app.command("add")
@user_errors
def notice_add(
    platform: Annotated[str, typer.Option("--platform", help="Platform id.")],
    item: Annotated[list[str], typer.Option("--item", help="Item id or URL (repeatable).")],
    category: Annotated[str, typer.Option("--category", help="Category slug claimed.")],
    explanation: Annotated[str, typer.Option("--explanation", help="Why it is a harm.")],
    notifier: Annotated[str, typer.Option("--notifier", help="Notifier's name.")],
    registry: Annotated[Path, typer.Option("--registry", help="Registry folder.")],
    kind: Annotated[
        str, typer.Option("--kind", help="enterprise, person, platform, supervisor or public.")
    ] = "enterprise",
    relation: Annotated[
        str, typer.Option("--relation", help="self, authorized_representative or third_party.")
    ] = "self",
    contact: Annotated[str | None, typer.Option("--contact")] = None,
    evidence: Annotated[
        list[Path] | None, typer.Option("--evidence", help="Evidence file (repeatable).")
    ] = None,
    shareable: Annotated[
        bool, typer.Option("--shareable", help="The platform may see the files once dispatched.")
    ] = False,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """File a notice from the command line; prints the notice and case ids."""
    from pydantic import ValidationError
    from sqlalchemy.orm import Session

    from clearbright.cases.access import SYSTEM
    from clearbright.cases.evidence_files import attach
    from clearbright.cases.notices import NoticeIn, file_notice
    from clearbright.registry import Registry
    from clearbright.store import Store

    try:
        data = NoticeIn.model_validate(
            {
                "platform": platform,
                "items": item,
                "category": category,
                "relation": relation,
                "explanation": explanation,
                "notifier": {"kind": kind, "name": notifier, "contact": contact},
            }
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        raise InputError(str(first["msg"]), field=".".join(map(str, first["loc"]))) from None
    uploads = access_cli.read_evidence(evidence or [])  # all checked before anything is stored
    platforms = Registry.load(registry).platforms
    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine) as session, session.begin():
            notice, case = file_notice(session, data, SYSTEM, platforms)
            attach(session, notice, uploads, shareable, SYSTEM)
            typer.echo(
                json.dumps(
                    {"notice": notice.id, "case": case.id, "duplicate_of": notice.duplicate_of}
                )
            )
    finally:
        store.close()


@audit_app.command("verify")
@user_errors
def audit_verify(db: DbOption = None, data_dir: DataDirOption = None) -> None:
    """Check the hash chain of the audit log; exit 1 on any modified, deleted or moved entry."""
    from sqlalchemy.orm import Session

    from clearbright.audit import verify
    from clearbright.store import Store

    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine) as session:
            report = verify(session)
    finally:
        store.close()
    for problem in report.problems:
        err.print(f"[red]audit:[/] {problem}", soft_wrap=True)
    if not report.ok:
        raise typer.Exit(1)
    err.print(f"audit log intact: {report.entries} entries")


@token_app.command("create")
@user_errors
def token_create(
    name: Annotated[str, typer.Option("--name", help="Who holds the token.")],
    role: Annotated[
        str,
        typer.Option(
            "--role", help="notifier, reviewer, senior_reviewer, platform, supervisor or admin."
        ),
    ],
    platform: Annotated[str | None, typer.Option("--platform", help="For platform tokens.")] = None,
    region: Annotated[str | None, typer.Option("--region", help="For supervisor tokens.")] = None,
    expires_in: Annotated[
        str | None, typer.Option("--expires-in", help="Lifetime: 90d, 12h, 30m (default: none).")
    ] = None,
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Create an API token; the secret is printed once and stored only as a hash."""
    from sqlalchemy.orm import Session

    from clearbright.cases import tokens
    from clearbright.cases.access import Role
    from clearbright.store import Store

    try:
        chosen = Role(role)
    except ValueError:
        raise InputError(f"unknown role {role!r}", field="role") from None
    lifetime = access_cli.parse_duration(expires_in)
    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine) as session, session.begin():
            secret, _ = tokens.create(
                session, name, chosen, platform=platform, region=region, expires_in=lifetime
            )
    finally:
        store.close()
    typer.echo(secret)


token_app.command("list")(user_errors(access_cli.token_list))
token_app.command("revoke")(user_errors(access_cli.token_revoke))


@app.command("spark-scan")
@user_errors
def spark_scan_command(
    items: Annotated[
        str,
        typer.Argument(
            help="Items: JSON Lines or Parquet, a local path or any Hadoop-compatible URI."
        ),
    ],
    registry: Annotated[Path, typer.Option("--registry", help="Registry folder.")],
    out: Annotated[
        str,
        typer.Option(
            "--out",
            help="Output folder: findings/ (Parquet, by date and category), items/ and summary/.",
        ),
    ],
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master URL (default: spark-submit's, else local[*])."),
    ] = None,
    policy: Annotated[Path | None, typer.Option("--policy", help="Policy YAML file.")] = None,
    conf: Annotated[
        list[str] | None,
        typer.Option(
            "--conf",
            help="Spark setting KEY=VALUE, as spark-submit's --conf (repeatable; e.g. "
            "spark.driver.memory=12g for a large corpus in local mode).",
        ),
    ] = None,
) -> None:
    """Scan a corpus on Apache Spark with the same detectors (needs the `spark` extra)."""
    # Imported here: pyspark is an optional extra and its import is slow.
    from clearbright.registry import Registry
    from clearbright.spark.job import parse_conf, spark_scan, spark_session

    settings = parse_conf(conf or [])
    Registry.load(registry)  # a bad registry is a one-line error before Spark starts
    if "://" not in items and not Path(items).exists():
        raise InputError("cannot open: No such file or directory", path=items)
    from pyspark.errors import AnalysisException

    session = spark_session(master, conf=settings)
    try:
        summary = spark_scan(session, items, registry, out, policy)
    except AnalysisException as exc:  # e.g. an unreadable URI: Spark's first line says why
        raise InputError(str(exc).strip().splitlines()[0], path=items) from None
    finally:
        session.stop()
    for key, count in sorted(summary.by_category_action.items()):
        err.print(f"{key}: {count}")
    err.print(
        f"{summary.items_read} items scanned, {summary.invalid_lines} invalid lines "
        f"skipped, {summary.duplicates} duplicates ignored, {summary.findings} findings "
        f"in {summary.seconds:.1f} s; written to {out}",
        soft_wrap=True,
    )


@app.command("import-findings")
@user_errors
def import_findings_command(
    folder: Annotated[Path, typer.Argument(help="Output folder of clearbright spark-scan.")],
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Load a spark-scan output into the case store (importing it again changes nothing)."""
    from clearbright.spark.importer import import_findings

    settings = Settings.build(data_dir, db)
    result = import_findings(folder, settings.db_url)
    if result.already_imported:
        err.print(f"run {result.run_id} is already in {settings.db_url}: nothing imported")
        return
    err.print(
        f"run {result.run_id}: {result.items} items ({result.items_new} new) and "
        f"{result.findings} findings ({result.findings_new} new) stored in "
        f"{settings.db_url}",
        soft_wrap=True,
    )


@app.command("report")
@user_errors
def report_command(
    since: Annotated[str, typer.Option("--since", help="First day (YYYY-MM-DD).")],
    until: Annotated[str, typer.Option("--until", help="Last day, inclusive (YYYY-MM-DD).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for report.json and report.html.")],
    db: DbOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Write a transparency report (counts only: no personal data, no notifier identity)."""
    from sqlalchemy.orm import Session

    from clearbright.reports import render, transparency
    from clearbright.store import Store

    start, end = transparency.period(since, until)
    store = Store.open(Settings.build(data_dir, db).db_url)
    try:
        with Session(store.engine) as session:
            data = transparency.build(session, start, end)
    finally:
        store.close()
    for path in render.write(data, out):
        err.print(f"written: {path}")


from clearbright.cli.retention import purge_command  # noqa: E402  (registered here, defined there)

app.command("purge")(purge_command)
from clearbright.cli import supervision as _supervision  # noqa: E402  (dispatch, sor, evidence…)

_supervision.register(app)


def main() -> None:
    app()
