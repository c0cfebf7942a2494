#!/usr/bin/env bash
# Set up clearbright with its test tools (and Spark), start PostgreSQL, make sure Java is there,
# then lint, check formatting, type-check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
bash scripts/java.sh
[ "${CLEARBRIGHT_NO_BROWSER:-}" = 1 ] || bash scripts/chromium.sh  # console browser tests
CLEARBRIGHT_TEST_PG_URL=$(bash scripts/postgres.sh)
export CLEARBRIGHT_TEST_PG_URL
echo "ruff..." && .venv/bin/ruff check src tests bench scripts
.venv/bin/ruff format --check src tests bench scripts
echo "mypy..." && .venv/bin/mypy
echo "pytest..." && .venv/bin/pytest "$@"
