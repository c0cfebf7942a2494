#!/usr/bin/env bash
# Long fuzz runs: the reliability suite's fuzz properties with many more examples, fresh random
# seeds each round, and megabyte-class pathological texts for the detector hang bounds.
#
#   bash scripts/fuzz.sh [MINUTES] [EXAMPLES_PER_PROPERTY] [TEXT_CHARS]
#
# Defaults: 10 minutes, 2000 examples per property and round, 1 000 000-character texts.
# Rounds repeat until the time is up; each prints pytest's summary line, and the run ends with
# totals. A failure prints the failing example (hypothesis does not shrink in these runs).
set -uo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
examples=${2:-2000}
chars=${3:-1000000}
end=$(( $(date +%s) + minutes * 60 ))
log=${FUZZ_LOG:-/tmp/clearbright-fuzz-$(date +%Y%m%d-%H%M%S).log}
round=0 failed=0
echo "fuzz: ${minutes} min, ${examples} examples per property and round, ${chars}-char texts; log $log"
while [ "$(date +%s)" -lt "$end" ]; do
  round=$((round + 1))
  left=$(( end - $(date +%s) ))
  FUZZ_EXAMPLES=$examples FUZZ_TEXT_CHARS=$chars timeout --signal=INT "$((left > 60 ? left : 60))" \
    .venv/bin/pytest -q -p no:cacheprovider \
      tests/reliability/test_fuzz_inputs.py tests/reliability/test_fuzz_detectors.py \
      tests/reliability/test_fuzz_api.py >"$log.$round" 2>&1
  status=$?
  echo "round $round: exit $status"
  grep -E "^[0-9]+ (passed|failed)|[0-9]+ (passed|failed).* in |^FAILED|^ERROR" "$log.$round" \
    | tail -n 8 | sed 's/^/    /'
  [ "$status" -ne 0 ] && failed=$((failed + 1))
done
echo "fuzz: $round rounds, $failed with failures; logs $log.1 .. $log.$round"
[ "$failed" -eq 0 ]
