#!/usr/bin/env bash
# Make sure a Java runtime for PySpark (17 or newer) is on PATH: install Debian's
# openjdk-17-jre-headless when `java` is missing. Called by scripts/test.sh before the tests.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
  exit 0
fi
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
echo "installing a Java runtime for PySpark (Debian package openjdk-17-jre-headless)..." >&2
as_root apt-get update -qq >&2
# Debian 12 has 17; newer releases only carry newer JDKs (Spark 4 runs on 17 and 21).
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq openjdk-17-jre-headless >&2 \
  || DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq default-jre-headless >&2
java -version >&2
