#!/usr/bin/env bash
# Benchmark: nassij against Hugo on the same generated records, side by side.
#
#   bash tests/bench/run.sh [--full] [--sizes "1000 10000 50000"] [--runs 3] [--seed 1]
#                           [--hugo-max 50000] [--bodies mixed|all] [--fs "tmpfs disk"]
#
# For each corpus size: `nassij-generate` (the corpus generator,
# tools/generate/) writes a valid site (and the same records as a Hugo
# content tree); `--bodies all` gives every association an Arabic, a French
# and a Tifinagh body of 300 to 600 words each (issue 17's corpus). Then, for
# each run and each output file system of --fs (tmpfs: /dev/shm; disk:
# $BENCH_DIR), `nassij build` and `hugo --quiet` (with tests/bench/hugo/:
# config and layouts doing the same work) each write into a fresh folder
# that no earlier run used; one association record is then edited (a
# sentence appended to its Arabic body) and each tool builds again into the
# same folder ("rebuild 1 edit": nassij's incremental build); nassij then
# builds the edited tree in full into a fresh folder ("full build of the
# edit", the time the incremental one is compared with) and the two
# folders are compared byte for byte (`diff -r`, said on stderr and in the
# results); the record is restored. `nassij check` runs once per run with
# the parse cache (warm after the first build) and once with --no-cache. Every command is measured with GNU time
# (wall, user, sys, peak RSS; pages per CPU second, user + sys, is the
# figure to compare on a shared machine); nassij and Hugo run back to back
# (paired), and
# the table gives the medians over the runs and the median of the paired
# nassij/Hugo ratios; it is printed and written to target/bench/results.md
# (raw runs in target/bench/raw.tsv, logs beside them).
# --full adds 250,000 associations. Hugo runs up to --hugo-max associations
# (default 50,000; 0 leaves Hugo out). The nassij build runs with
# NASSIJ_TIMINGS=1, so its log (build-N-FS.log) has the time and peak
# memory of each stage (copied into results.md for the last tmpfs run).
# Installs `time` and `hugo` from Debian when they are missing. Work files go
# to $BENCH_DIR (default target/bench), tmpfs outputs to $BENCH_TMPFS
# (default /dev/shm/nassij-bench).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
SIZES="1000 10000 50000"
RUNS=3
SEED=1
NOW=2026-06-01
HUGO_MAX=50000
BODIES=mixed
FS="tmpfs disk"
args="$*"
while [ $# -gt 0 ]; do
    case "$1" in
        --full) SIZES="$SIZES 250000" ;;
        --sizes) SIZES="$2"; shift ;;
        --runs) RUNS="$2"; shift ;;
        --seed) SEED="$2"; shift ;;
        --hugo-max) HUGO_MAX="$2"; shift ;;
        --bodies) BODIES="$2"; shift ;;
        --fs) FS="$2"; shift ;;
        -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
case "$BODIES" in mixed|all) ;; *) echo "--bodies: mixed or all" >&2; exit 2 ;; esac
for fs in $FS; do
    case "$fs" in tmpfs|disk) ;; *) echo "--fs: tmpfs and/or disk" >&2; exit 2 ;; esac
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
[ "$HUGO_MAX" -le 0 ] || need_apt hugo hugo

OUT=${BENCH_DIR:-$ROOT/target/bench}
TMPFS=${BENCH_TMPFS:-/dev/shm/nassij-bench}
mkdir -p "$OUT" "$OUT/out" "$TMPFS"
OUT=$(cd "$OUT" && pwd)
RAW=$OUT/raw.tsv
printf 'size\tfs\ttool\trun\tpages\twall_s\tuser_s\tsys_s\tpeak_kib\n' > "$RAW"

IDENTICAL=yes
started=$(date +%s)
echo "== building nassij and nassij-generate (release)" >&2
cargo build --release --quiet
cargo build --release --quiet --locked -p nassij-generate
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
BIN=$TARGET/release/nassij
GEN=$TARGET/release/nassij-generate

# measure LOG CMD...: runs CMD under GNU time; prints "wall user sys peak_kib".
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
        END { printf "%.2f %.2f %.2f %d\n", w, u, s, m }' "$t"
    rm -f "$t"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

html_count() { find "$1" -name '*.html' | wc -l; }

# row SIZE FS TOOL RUN PAGES "wall user sys peak": one line of raw.tsv.
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "${6// /$'\t'}" >> "$RAW"; }

# fresh FS TOOL N: a new empty folder on FS's output file system.
fresh() {
    local base=$OUT/out
    [ "$1" = tmpfs ] && base=$TMPFS
    mktemp -d -p "$base" "$2-$3-XXXXXX"
}

# edit FILE: the one-record edit (a sentence appended to the body), with a
# copy outside the site (a stray file there would be a content error) to
# restore it from; a failed run restores it too.
EDITED=""
edit() {
    cp -p "$1" "$OUT/edited-record.orig"
    EDITED=$1
    printf '\nأضيفت هذه الجملة لقياس إعادة البناء بعد تعديل سجل واحد.\n' >> "$1"
}
restore() { [ -z "$EDITED" ] || mv -f "$OUT/edited-record.orig" "$EDITED"; EDITED=""; }
trap restore EXIT

declare -a ROWS
for N in $SIZES; do
    SITE=$OUT/site-$N
    HUGO=$OUT/hugo-$N
    echo "== $N associations ($BODIES bodies): generating" >&2
    rm -rf "$SITE" "$HUGO"
    g0=$(date +%s.%N)
    with_hugo=$([ "$N" -le "$HUGO_MAX" ] && echo 1 || echo 0)
    if [ "$with_hugo" = 1 ]; then
        "$GEN" --root "$ROOT" --associations "$N" --seed "$SEED" --bodies "$BODIES" --out "$SITE" --hugo "$HUGO" 2>"$OUT/generate-$N.log"
    else
        "$GEN" --root "$ROOT" --associations "$N" --seed "$SEED" --bodies "$BODIES" --out "$SITE" 2>"$OUT/generate-$N.log"
    fi
    g1=$(date +%s.%N)
    gen_s=$(awk -v a="$g0" -v b="$g1" 'BEGIN { printf "%.1f", b - a }')
    cat "$OUT/generate-$N.log" >&2
    if [ "$with_hugo" = 1 ]; then
        cp -r tests/bench/hugo/config.yaml tests/bench/hugo/layouts "$HUGO/"
        cp -r themes/default/static "$HUGO/static"
    fi
    # The edited record: the first association in name order (its Arabic
    # file, which carries the front matter), and its Hugo counterpart.
    record=$(find "$SITE/content/associations" -name '*.md' ! -name '*.*.md' | sort | awk 'NR == 1')
    hugo_record=$HUGO/content/ar/associations/$(basename "$record")

    for run in $(seq 1 "$RUNS"); do
        for fs in $FS; do
            echo "== $N: run $run/$RUNS, output on $fs" >&2
            dir=$(fresh "$fs" nassij "$N")
            log=$OUT/build-$N-$fs.log
            r=$(measure "$log" env NASSIJ_TIMINGS=1 "$BIN" --root "$SITE" build --now "$NOW" --out "$dir/public")
            row "$N" "$fs" "nassij build" "$run" "$(html_count "$dir/public")" "$r"
            grep '^timing:' "$log" >&2 || true
            edit "$record"
            r=$(measure "$OUT/rebuild-$N-$fs.log" env NASSIJ_TIMINGS=1 "$BIN" --root "$SITE" build --now "$NOW" --out "$dir/public")
            row "$N" "$fs" "nassij rebuild 1 edit" "$run" "$(html_count "$dir/public")" "$r"
            grep -E '^(timing:|build:)' "$OUT/rebuild-$N-$fs.log" >&2 || true
            # The same edited tree built in full into a fresh folder: the
            # time an incremental build is compared with, and the output
            # it must equal byte for byte (manifest included).
            full=$(fresh "$fs" nassij-full "$N")
            r=$(measure "$OUT/full-$N-$fs.log" "$BIN" --root "$SITE" build --now "$NOW" --out "$full/public")
            restore
            row "$N" "$fs" "nassij full build of the edit" "$run" "$(html_count "$full/public")" "$r"
            if diff -rq "$dir/public" "$full/public" > "$OUT/diff-$N-$fs.log" 2>&1; then
                echo "$N $fs run $run: incremental output identical to the full build" >&2
            else
                echo "$N $fs run $run: incremental output DIFFERS from the full build ($OUT/diff-$N-$fs.log)" >&2
                IDENTICAL=no
            fi
            rm -rf "$dir" "$full"
            if [ "$with_hugo" = 1 ]; then
                dir=$(fresh "$fs" hugo "$N")
                rm -rf "$HUGO/resources"
                r=$(measure "$OUT/hugo-$N-$fs.log" hugo --quiet --source "$HUGO" --destination "$dir/public")
                row "$N" "$fs" "hugo" "$run" "$(html_count "$dir/public")" "$r"
                edit "$hugo_record"
                r=$(measure "$OUT/hugo-rebuild-$N-$fs.log" hugo --quiet --source "$HUGO" --destination "$dir/public")
                restore
                row "$N" "$fs" "hugo rebuild 1 edit" "$run" "$(html_count "$dir/public")" "$r"
                rm -rf "$dir"
            fi
        done
        r=$(measure "$OUT/check-$N.log" "$BIN" --root "$SITE" check --now "$NOW")
        row "$N" "-" "nassij check" "$run" "-" "$r"
        r=$(measure "$OUT/check-nocache-$N.log" "$BIN" --root "$SITE" check --now "$NOW" --no-cache)
        row "$N" "-" "nassij check --no-cache" "$run" "-" "$r"
    done
    ROWS+=("$N $gen_s")
done

elapsed=$(( $(date +%s) - started ))
machine="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
disk_fs=$(df -T "$OUT/out" | awk 'NR == 2 { print $2 }')
{
    echo "# nassij vs Hugo: build benchmark"
    echo
    echo "Machine: $machine; disk output on $disk_fs ($OUT/out), tmpfs output in $TMPFS; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Tools: $("$BIN" --version)$([ "$HUGO_MAX" -le 0 ] || echo ", $(hugo version | cut -d' ' -f1-2)"), rustc $(rustc --version | cut -d' ' -f2); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')."
    echo "Command: \`bash tests/bench/run.sh${args:+ $args}\` (seed $SEED, --now $NOW, $BODIES bodies); median of $RUNS runs; whole run ${elapsed}s; incremental outputs identical to full builds of the same tree: $IDENTICAL."
    echo
    echo "| associations | output | tool | pages | wall s | user s | sys s | pages/s (wall) | pages/CPU s | peak MiB |"
    echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for r in "${ROWS[@]}"; do
        N=${r%% *}
        for fs in $FS -; do
            for tool in "nassij build" "hugo" "nassij rebuild 1 edit" "nassij full build of the edit" "hugo rebuild 1 edit" "nassij check" "nassij check --no-cache"; do
                sel() { awk -F'\t' -v n="$N" -v f="$fs" -v t="$tool" -v c="$1" '$1 == n && $2 == f && $3 == t { print $c }' "$RAW"; }
                pages=$(sel 5 | head -1)
                [ -n "$pages" ] || continue
                wall=$(sel 6 | median)
                user=$(sel 7 | median)
                sys=$(sel 8 | median)
                peak=$(sel 9 | median)
                if [ "$pages" = "-" ]; then
                    pps="-"; ppc="-"
                else
                    pps=$(awk -v p="$pages" -v w="$wall" 'BEGIN { printf "%.0f", p / w }')
                    ppc=$(awk -v p="$pages" -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", p / (u + s) }')
                fi
                printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.0f |\n' "$N" "$fs" "$tool" "$pages" "$wall" "$user" "$sys" "$pps" "$ppc" "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')"
            done
        done
    done
    for r in "${ROWS[@]}"; do
        N=${r%% *}
        [ "$N" -le "$HUGO_MAX" ] || continue
        if [ -z "${paired:-}" ]; then
            paired=1
            echo
            echo "Paired runs: nassij/Hugo pages per second of the builds of the same run and output (median of the per-run ratios, wall time; user + sys CPU time in brackets):"
            echo
        fi
        for fs in $FS; do
            awk -F'\t' -v n="$N" -v f="$fs" '
                $1 == n && $2 == f && $3 == "nassij build" { np[$4] = $5; nw[$4] = $6; nc[$4] = $7 + $8 }
                $1 == n && $2 == f && $3 == "hugo" { hp[$4] = $5; hw[$4] = $6; hc[$4] = $7 + $8 }
                function med(arr, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (arr[j] < arr[i]) { t = arr[i]; arr[i] = arr[j]; arr[j] = t } return arr[int((k + 1) / 2)] }
                END { k = 0; for (run in np) if (run in hp) { k++; rw[k] = (np[run] / nw[run]) / (hp[run] / hw[run]); rc[k] = (np[run] / nc[run]) / (hp[run] / hc[run]) }
                      if (k) printf "- %s associations, %s: %.2f (%.2f), %d pairs\n", n, f, med(rw, k), med(rc, k), k }' "$RAW"
        done
    done
    for r in "${ROWS[@]}"; do
        N=${r%% *}
        for fs in $FS; do
            if grep -q '^timing:' "$OUT/build-$N-$fs.log" 2>/dev/null; then
                echo
                echo "Stages of the last nassij build, $N associations, $fs (NASSIJ_TIMINGS=1):"
                echo
                echo '```'
                grep '^timing:' "$OUT/build-$N-$fs.log"
                echo '```'
            fi
            break
        done
    done
    echo
    echo "Generation (\`nassij-generate --bodies $BODIES\`, nassij and Hugo trees together): $(for r in "${ROWS[@]}"; do printf '%s associations %ss; ' ${r}; done)"
} > "$OUT/results.md"
rmdir "$TMPFS" 2>/dev/null || true
cat "$OUT/results.md"
