#!/usr/bin/env bash
# Search benchmark: nassij's search against Pagefind 1.6 on the same built site.
#
#   bash tests/bench/search/run.sh [--sizes 1000,50000] [--seed 1]
#
# For each size: `nassij-generate` (seeded) and `nassij build` (release,
# timed: wall time of the whole build); nassij's index stage alone timed by
# indexer/ (nassij::search::build on the loaded site, median of 3); Pagefind
# 1.6 (npm package, pinned in package-lock.json) run over the built HTML of
# the record pages of ar, fr and zgh (associations, programmes, offers,
# news, pages: the documents nassij indexes), timed; sizes and file counts of
# public/search/ and public/pagefind_bench/; then measure.mjs in Debian's
# headless Chromium (playwright-core): bytes on the wire for a first and a
# second query per language, and the spelling-variant set on both engines.
# Tables on stdout and in target/bench/search.md; raw JSON and logs in
# $BENCH_DIR (default target/bench/search/).
set -euo pipefail

cd "$(dirname "$0")/../../.."
ROOT=$PWD
HERE=$ROOT/tests/bench/search
SIZES=1000,50000
SEED=1
NOW=2026-11-22
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) SIZES="$2"; shift ;;
        --seed) SEED="$2"; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
    shift
done
SIZES=${SIZES// /,}

OUT=${BENCH_DIR:-$ROOT/target/bench/search}
mkdir -p "$OUT"
started=$(date +%s)

for tool in node npm /usr/bin/time /usr/bin/chromium; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool (Debian: apt-get install -y nodejs npm time chromium)" >&2; exit 2; }
done

echo "== npm ci (pagefind, playwright-core)" >&2
if [ ! -x "$HERE/node_modules/.bin/pagefind" ] || [ ! -d "$HERE/node_modules/playwright-core" ]; then
    # `npm ci` refuses this lock file: it lacks Pagefind's binaries for other
    # platforms (optional dependencies this registry does not serve), so a
    # clean clone falls back to `npm install`, which installs the locked
    # versions and leaves the lock file as it is.
    (cd "$HERE" && { timeout 300 npm ci --no-audit --no-fund --loglevel=silent \
        || timeout 300 npm install --no-audit --no-fund --loglevel=error; })
fi
PAGEFIND=$(ls "$HERE"/node_modules/@pagefind/*/bin/pagefind_extended "$HERE"/node_modules/@pagefind/*/bin/pagefind 2>/dev/null | head -1 || true)
[ -x "$PAGEFIND" ] || { echo "no Pagefind binary under $HERE/node_modules/@pagefind/" >&2; exit 2; }
PF_VERSION=$("$PAGEFIND" --version)

echo "== cargo build --release (nassij, nassij-generate, and indexer/ on the nassij library)" >&2
timeout 1800 cargo build --release --quiet
timeout 1800 cargo build --release --quiet --locked -p nassij-generate
cp Cargo.lock "$HERE/indexer/Cargo.lock"
CARGO_TARGET_DIR=$ROOT/target timeout 1800 cargo build --release --quiet --manifest-path "$HERE/indexer/Cargo.toml"
BIN=$ROOT/target/release/nassij
GEN=$ROOT/target/release/nassij-generate
INDEXER=$ROOT/target/release/nassij-search-index-time

# seconds S: wall seconds of "Elapsed (wall clock)" in a GNU time -v file
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i]; printf "%.2f", w }' "$1"; }
peak() { awk -F': ' '/Maximum resident/ { printf "%d", $2 / 1024 }' "$1"; }

for N in ${SIZES//,/ }; do
    SITE=$OUT/site-$N
    echo "== $N associations: generate (seed $SEED)" >&2
    rm -rf "$SITE"
    timeout 600 "$GEN" --root "$ROOT" --associations "$N" --seed "$SEED" --out "$SITE" >"$OUT/generate-$N.log" 2>&1

    echo "== $N: nassij build (release)" >&2
    timeout 1200 /usr/bin/time -v -o "$OUT/build-$N.time" "$BIN" --root "$SITE" build --now "$NOW" --out "$SITE/public" >"$OUT/build-$N.log" 2>&1 \
        || { tail -5 "$OUT/build-$N.log" >&2; exit 1; }
    tail -1 "$OUT/build-$N.log" >&2

    echo "== $N: nassij search index alone (indexer/, 3 runs)" >&2
    timeout 900 "$INDEXER" "$SITE" "$NOW" 3 >"$OUT/index-$N.json"
    cat "$OUT/index-$N.json" >&2

    # The record pages, as nassij indexes them: associations, programmes,
    # offers, news (one folder per record) and the pages (content/pages/).
    PAGES=$(ls "$SITE/content/pages" | sed 's/\..*//' | sort -u | paste -sd, -)
    GLOB="{ar,fr,zgh}/{associations/*,programmes/*,offers/*,news/*,$PAGES}/index.html"
    echo "== $N: Pagefind $PF_VERSION over $GLOB" >&2
    rm -rf "$SITE/public/pagefind_bench"
    (cd "$SITE" && timeout 1200 /usr/bin/time -v -o "$OUT/pagefind-$N.time" "$PAGEFIND" --site public --output-subdir pagefind_bench \
        --root-selector main --glob "$GLOB" >"$OUT/pagefind-$N.log" 2>&1) || { tail -5 "$OUT/pagefind-$N.log" >&2; exit 1; }
    grep -E 'Indexed [0-9]+ pages|Finished in' "$OUT/pagefind-$N.log" >&2

    nassij_search=$(node "$HERE/files.mjs" "$SITE/public/search")
    pf_all=$(node "$HERE/files.mjs" "$SITE/public/pagefind_bench" '(^|/)pagefind-(ui|modular-ui|component-ui|highlight)\.')
    NASSIJ_SEARCH=$nassij_search PF_ALL=$pf_all \
    BUILD_S=$(wall "$OUT/build-$N.time") BUILD_MIB=$(peak "$OUT/build-$N.time") \
    PF_S=$(wall "$OUT/pagefind-$N.time") PF_MIB=$(peak "$OUT/pagefind-$N.time") \
    PF_PAGES=$(grep -oE 'Indexed [0-9]+ pages' "$OUT/pagefind-$N.log" | grep -oE '[0-9]+') \
    HTML=$(find "$SITE/public" -name '*.html' -not -path '*/pagefind*' | wc -l) \
    FILES=$(find "$SITE/public" -type f -not -path '*/pagefind*' | wc -l) \
    INDEX_JSON=$(cat "$OUT/index-$N.json") \
    node -e '
        const e = process.env, s = JSON.parse(e.NASSIJ_SEARCH), a = JSON.parse(e.PF_ALL), g = a.kept, i = JSON.parse(e.INDEX_JSON);
        console.log(JSON.stringify({
          nassij: { build_s: +e.BUILD_S, build_peak_mib: +e.BUILD_MIB, html: +e.HTML, files: +e.FILES,
                    load_validate_s: i.load_validate_s, index_runs_s: i.index_runs_s, index_median_s: i.index_median_s, langs: i.langs,
                    search_files: s.files, search_bytes: s.bytes, search_gzip: s.gzip, search_largest: s.largest },
          pagefind: { wall_s: +e.PF_S, peak_mib: +e.PF_MIB, pages: +e.PF_PAGES, files: a.files, bytes: a.bytes, gzip: a.gzip,
                      engine_files: g.files, engine_bytes: g.bytes, engine_gzip: g.gzip, largest: a.largest } }, null, 1));
    ' >"$OUT/build-$N.json"

    echo "== $N: headless Chromium: bytes per query, spelling variants" >&2
    timeout 1200 node "$HERE/measure.mjs" --site "$SITE/public" --out "$OUT/measure-$N.json" --size "$N" 2>"$OUT/measure-$N.log" \
        || { tail -20 "$OUT/measure-$N.log" >&2; exit 1; }
    grep '^bytes' "$OUT/measure-$N.log" >&2
done

elapsed=$(( $(date +%s) - started ))
machine="$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
mkdir -p "$ROOT/target/bench"
node "$HERE/report.mjs" "$OUT" "$SIZES" \
    "# nassij search vs Pagefind" \
    "" \
    "Machine: $machine; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." \
    "Tools: $("$BIN" --version), Pagefind $PF_VERSION (npm \`pagefind\`, $(basename "$PAGEFIND")), $(/usr/bin/chromium --version 2>/dev/null | head -1), node $(node --version); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src themes 2>/dev/null || echo ' with uncommitted changes in src/ or themes/')." \
    "Command: \`bash tests/bench/search/run.sh$( [ "$SIZES" = 1000,50000 ] || echo " --sizes $SIZES")\` (seed $SEED, --now $NOW); whole run ${elapsed}s." \
    "Pagefind: \`pagefind --site public --output-subdir pagefind_bench --root-selector main --glob '{ar,fr,zgh}/{associations/*,programmes/*,offers/*,news/*,<pages>}/index.html'\` (the record pages nassij indexes, the <main> of each; languages from <html lang>)." \
    > "$ROOT/target/bench/search.md"
cat "$ROOT/target/bench/search.md"
