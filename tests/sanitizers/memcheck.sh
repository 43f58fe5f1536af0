#!/usr/bin/env bash
# Valgrind memcheck on nhs-explorer --screenshot: the bundled dataset, a selection, a dataset
# file given with --data, and the neato layout (the plugin loaded at run time). Fails on any
# memory error and on any definitely lost block that valgrind.supp (third-party leaks only) does
# not account for. Usage: memcheck.sh NHS_EXPLORER DATASET_FILE
set -euo pipefail
explorer=$1
dataset=$2
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v valgrind > /dev/null; then
    echo "memcheck: valgrind is not installed (apt-get install valgrind)" >&2
    exit 1
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export QT_QPA_PLATFORM=offscreen
failed=0

check() {
    local name=$1
    shift
    local status=0
    local command=(valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99
                   --suppressions="$here/valgrind.supp" --num-callers=40
                   --log-file="$out/$name.log" "$explorer" "$@" --screenshot "$out/$name.png")
    echo "== $name: QT_QPA_PLATFORM=offscreen ${command[*]}"
    "${command[@]}" > "$out/$name.out" 2>&1 || status=$?
    grep -E "total heap usage|(definitely|indirectly|possibly) lost:|still reachable:|suppressed:" \
        "$out/$name.log" | sed -e 's/^==[0-9]*== *//'
    if [ "$status" -ne 0 ]; then
        failed=1
        echo "FAILED (exit status $status):"
        cat "$out/$name.out" "$out/$name.log"
    fi
}

check bundled
check select --select clinical-senates
check data --data "$dataset"
check neato --layout neato --select clinical-senates
if [ "$failed" -ne 0 ]; then
    echo "memcheck: failed" >&2
    exit 1
fi
echo "memcheck: no memory errors, nothing definitely lost outside valgrind.supp"
