#!/usr/bin/env bash
# Set up clearbright with its test tools, start PostgreSQL, then lint, type-check and test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
CLEARBRIGHT_TEST_PG_URL=$(bash scripts/postgres.sh)
export CLEARBRIGHT_TEST_PG_URL
echo "ruff..." && .venv/bin/ruff check src tests bench scripts
echo "mypy..." && .venv/bin/mypy
echo "pytest..." && .venv/bin/pytest "$@"
