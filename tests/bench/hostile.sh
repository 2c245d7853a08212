#!/usr/bin/env bash
# Timings of `nassij check` on hostile inputs (the tests assert only that the
# budgets refuse them: tests/hostile_inputs.rs). Prints wall time and peak
# memory per case, from GNU time, over RUNS runs (default 3).
#
#   bash tests/bench/hostile.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
cargo build --release --locked --quiet
BIN=$PWD/target/release/nassij
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

site() { # a copy of the example site with one more file
  rm -rf "$WORK/site" && mkdir -p "$WORK/site"
  cp -r site.yaml content themes i18n "$WORK/site/"
}

measure() { # NAME
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$BIN" --root "$WORK/site" check --now 2026-11-22 >/dev/null 2>&1 || true
    # GNU time writes "Command exited with non-zero status 1" first when
    # check reports errors (as it does on these inputs): the figures last.
    read -r wall kib < <(tail -n 1 "$WORK/time")
    printf '%-28s %6s s %8s MiB\n' "$1" "$wall" "$((kib / 1024))"
  done
}

site
measure "example site (baseline)"

site
{
  printf -- '---\ntitle: {ar: "x", fr: "y"}\nkind: programme\nlead: ministere\nobjectives:\n  - &m0 {ar: "a", fr: "b"}\n'
  for i in $(seq 1 24); do printf '  - &m%d {<<: [*m%d, *m%d]}\n' "$i" "$((i - 1))" "$((i - 1))"; done
  printf -- '---\n'
} >"$WORK/site/content/programmes/bomb.md"
measure "merge-key alias bomb (2^24)"
