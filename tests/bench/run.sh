#!/usr/bin/env bash
# Benchmark: nassij against Hugo on the same generated records, side by side.
#
#   bash tests/bench/run.sh [--full] [--sizes "1000 10000 50000"] [--runs 3] [--seed 1] [--hugo-max 50000]
#
# For each corpus size: `nassij-generate` (the corpus generator,
# tools/generate/) writes a valid site (and the same records as a Hugo
# content tree); then `nassij build`, `nassij check` and
# `hugo --quiet` (with tests/bench/hugo/: config and layouts doing the same
# work) are each run --runs times, measured with GNU time (wall, user+sys,
# peak RSS); the medians are printed as a table and written to
# target/bench/results.md (raw runs in target/bench/raw.tsv).
# --full adds 250,000 associations. Hugo runs up to --hugo-max associations
# (default 50,000: the goals at 250,000 are nassij's own, and a Hugo tree
# and output of that size need some 25 GB more disk). The nassij build runs
# with NASSIJ_TIMINGS=1, so its log (build-N.log) has the time and peak
# memory of each stage. Installs `time` and `hugo` from Debian when they are
# missing. Work files go to $BENCH_DIR (default target/bench).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
SIZES="1000 10000 50000"
RUNS=3
SEED=1
NOW=2026-06-01
HUGO_MAX=50000
while [ $# -gt 0 ]; do
    case "$1" in
        --full) SIZES="$SIZES 250000" ;;
        --sizes) SIZES="$2"; shift ;;
        --runs) RUNS="$2"; shift ;;
        --seed) SEED="$2"; shift ;;
        --hugo-max) HUGO_MAX="$2"; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done

need_apt() {
    if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "$1" ]; then
        echo "installing $2 (Debian)..." >&2
        local sudo=""
        [ "$(id -u)" = 0 ] || sudo=sudo
        $sudo apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null
    fi
}
need_apt /usr/bin/time time
need_apt hugo hugo

OUT=${BENCH_DIR:-$ROOT/target/bench}
mkdir -p "$OUT"
RAW=$OUT/raw.tsv
printf 'size\ttool\trun\tpages\twall_s\tcpu_s\tpeak_kib\n' > "$RAW"

started=$(date +%s)
echo "== building nassij and nassij-generate (release)" >&2
cargo build --release --quiet
cargo build --release --quiet --locked -p nassij-generate
BIN=$ROOT/target/release/nassij
GEN=$ROOT/target/release/nassij-generate

# measure LABEL LOG CMD...: runs CMD under GNU time; prints "wall cpu peak_kib".
measure() {
    local log=$1; shift
    local t; t=$(mktemp)
    if ! /usr/bin/time -v -o "$t" "$@" >"$log" 2>&1; then
        echo "failed: $* (see $log)" >&2
        tail -5 "$log" >&2
        exit 1
    fi
    awk -F': ' '
        /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
        /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
        END { printf "%.2f %.2f %d\n", w, u + s, m }' "$t"
    rm -f "$t"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

html_count() { find "$1" -name '*.html' | wc -l; }

declare -a ROWS
for N in $SIZES; do
    SITE=$OUT/site-$N
    HUGO=$OUT/hugo-$N
    echo "== $N associations: generating" >&2
    rm -rf "$SITE" "$HUGO"
    g0=$(date +%s.%N)
    with_hugo=$([ "$N" -le "$HUGO_MAX" ] && echo 1 || echo 0)
    if [ "$with_hugo" = 1 ]; then
        "$GEN" --root "$ROOT" --associations "$N" --seed "$SEED" --out "$SITE" --hugo "$HUGO" 2>"$OUT/generate-$N.log"
    else
        "$GEN" --root "$ROOT" --associations "$N" --seed "$SEED" --out "$SITE" 2>"$OUT/generate-$N.log"
    fi
    g1=$(date +%s.%N)
    gen_s=$(awk -v a="$g0" -v b="$g1" 'BEGIN { printf "%.1f", b - a }')
    cat "$OUT/generate-$N.log" >&2
    if [ "$with_hugo" = 1 ]; then
        cp -r tests/bench/hugo/config.yaml tests/bench/hugo/layouts "$HUGO/"
        cp -r themes/default/static "$HUGO/static"
    fi

    for run in $(seq 1 "$RUNS"); do
        echo "== $N: run $run/$RUNS" >&2
        rm -rf "$SITE/public"
        r=$(measure "$OUT/build-$N.log" env NASSIJ_TIMINGS=1 "$BIN" --root "$SITE" build --now "$NOW" --out public)
        pages=$(html_count "$SITE/public")
        printf '%s\tnassij build\t%s\t%s\t%s\n' "$N" "$run" "$pages" "${r// /$'\t'}" >> "$RAW"
        r=$(measure "$OUT/check-$N.log" "$BIN" --root "$SITE" check --now "$NOW")
        printf '%s\tnassij check\t%s\t%s\t%s\n' "$N" "$run" "-" "${r// /$'\t'}" >> "$RAW"
        grep '^timing:' "$OUT/build-$N.log" >&2 || true
        if [ "$with_hugo" = 1 ]; then
            rm -rf "$HUGO/public" "$HUGO/resources"
            r=$(measure "$OUT/hugo-$N.log" hugo --quiet --source "$HUGO" --destination "$HUGO/public")
            pages=$(html_count "$HUGO/public")
            printf '%s\thugo\t%s\t%s\t%s\n' "$N" "$run" "$pages" "${r// /$'\t'}" >> "$RAW"
        fi
    done
    # Disk: the outputs of the largest corpora are many gigabytes.
    [ "$N" -le 50000 ] || rm -rf "$SITE/public" "$HUGO/public"
    ROWS+=("$N $gen_s")
done

elapsed=$(( $(date +%s) - started ))
machine="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
{
    echo "# nassij vs Hugo: build benchmark"
    echo
    echo "Machine: $machine; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Tools: $("$BIN" --version), $(hugo version | cut -d' ' -f1-2), rustc $(rustc --version | cut -d' ' -f2); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
    echo "Command: \`bash tests/bench/run.sh$( [ "$SIZES" = "1000 10000 50000" ] || echo " --sizes \"$SIZES\"")$( [ "$RUNS" = 3 ] || echo " --runs $RUNS")\` (seed $SEED, --now $NOW); median of $RUNS runs; whole run ${elapsed}s."
    echo
    echo "| associations | tool | pages | wall s | CPU s | pages/s | peak MiB |"
    echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
    for row in "${ROWS[@]}"; do
        N=${row%% *}
        for tool in "nassij build" "nassij check" "hugo"; do
            sel() { awk -F'\t' -v n="$N" -v t="$tool" -v c="$1" '$1 == n && $2 == t { print $c }' "$RAW"; }
            pages=$(sel 4 | head -1)
            [ -n "$pages" ] || continue
            wall=$(sel 5 | median)
            cpu=$(sel 6 | median)
            peak=$(sel 7 | median)
            if [ "$pages" = "-" ]; then pps="-"; else pps=$(awk -v p="$pages" -v w="$wall" 'BEGIN { printf "%.0f", p / w }'); fi
            printf '| %s | %s | %s | %s | %s | %s | %.0f |\n' "$N" "$tool" "$pages" "$wall" "$cpu" "$pps" "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')"
        done
    done
    echo
    echo "Ratio nassij/Hugo, pages per second (build, wall time; CPU time in brackets):"
    echo
    for row in "${ROWS[@]}"; do
        N=${row%% *}
        [ "$N" -le "$HUGO_MAX" ] || continue
        awk -F'\t' -v n="$N" '
            $1 == n && $2 == "nassij build" { np[++a] = $4; nw[a] = $5; nc[a] = $6 }
            $1 == n && $2 == "hugo" { hp[++b] = $4; hw[b] = $5; hc[b] = $6 }
            function med(arr, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (arr[j] < arr[i]) { t = arr[i]; arr[i] = arr[j]; arr[j] = t } return arr[int((k + 1) / 2)] }
            END { w1 = med(nw, a); w2 = med(hw, b); c1 = med(nc, a); c2 = med(hc, b)
                  printf "- %s associations: %.2f (%.2f)\n", n, (np[1] / w1) / (hp[1] / w2), (np[1] / c1) / (hp[1] / c2) }' "$RAW"
    done
    echo
    echo "Generation (\`nassij-generate\`, nassij and Hugo trees together): $(for row in "${ROWS[@]}"; do printf '%s associations %ss; ' ${row}; done)"
} > "$OUT/results.md"
cat "$OUT/results.md"
