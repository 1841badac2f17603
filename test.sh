#!/usr/bin/env bash
# The test command (README): installs what the tests need, then runs every test with Maven.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -ntp verify
