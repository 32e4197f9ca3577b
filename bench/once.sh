#!/usr/bin/env bash
# Times a one-shot batch: N copies of the seed article (each under its own name, each with a last line
# of its own, so none is skipped as unchanged), converted by
# `java -jar target/polypress.jar --once --workers=W`, repeated R times. Prints wall time and peak
# memory per run.
#
#   bench/once.sh [N=200] [R=3] [W=number of cores]        (after: mvn -B -q package -DskipTests)
#
# Needs GNU time (/usr/bin/time) for the memory figure; without it only the wall time is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
runs=${2:-3}
workers=${3:-$(nproc)}
seed=src/test/resources/golden/peoples-daily-kazakhstan-china/peoples-daily-kazakhstan-china.txt
[ -f target/polypress.jar ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "polypress --once: $n copies of the seed, $runs runs, $workers workers, $(nproc) cores"
for run in $(seq 1 "$runs"); do
    rm -rf "$work/in" "$work/out" && mkdir -p "$work/in"
    for i in $(seq -w 1 "$n"); do
        { cat "$seed"; printf '\n(Copy %s of the benchmark batch.)\n' "$i"; } > "$work/in/seed-$i.txt"
    done
    # files older than the read lock's minimum age are taken at the first poll
    touch -d '-5 seconds' "$work"/in/*
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "run $run: wall %e s, peak memory %M KB" \
            java -jar target/polypress.jar --once --workers="$workers" --input="$work/in" --output="$work/out" 2>&1 | tail -2
    else
        start=$(date +%s%N)
        java -jar target/polypress.jar --once --workers="$workers" --input="$work/in" --output="$work/out" | tail -1
        echo "run $run: wall $(( ($(date +%s%N) - start) / 1000000 )) ms"
    fi
done
