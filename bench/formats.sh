#!/usr/bin/env bash
# Times one conversion of the seed article in each format (txt, html, docx, odt, rtf, pdf), in-process:
# extract → normalize → recognize → render, all three renditions; WARMUP conversions first, then the median and
# 95th percentile of RUNS. Builds first (main and test classes), then runs org.polypress.ingest.FormatTimings.
#
#   bench/formats.sh [WARMUP=30] [RUNS=100]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
mvn -B -q test-compile
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" org.polypress.ingest.FormatTimings "${1:-30}" "${2:-100}" \
    2> >(grep -v -e '^SLF4J' -e 'org.apache.camel' >&2)
