#!/usr/bin/env bash
# Distribution tests (issue 16): what can be checked on this machine of the
# release workflow, the install scripts and the CI that `nassij init` writes.
#
#   a. every workflow is valid: actionlint (with shellcheck on the run:
#      blocks) and the GitHub-workflow JSON schema for .github/workflows/ and
#      the skeleton's workflows, the GitLab CI schema for the skeleton's
#      .gitlab-ci.yml; shellcheck on the install script and release scripts;
#   b. the static x86_64-linux release archive, built as the release does
#      (.ci/release-build), and SHA256SUMS (.ci/release-assets);
#   c. dist/install.sh installs it from a local server laid out as the
#      release downloads (curl or wget, sha256sum or shasum, the released
#      copy and the repository's copy, which resolves the latest release)
#      and refuses a corrupted archive;
#   d. with the installed binary, in an empty folder: `nassij init`, `check`,
#      `build`, and the install steps of the generated GitHub and GitLab CI
#      run against the local server (a wrong pin must fail);
#   e. `cargo package --locked` (which builds the packaged crate) carries the
#      theme, the messages and the taxonomies.
#
# The tools are installed when missing: shellcheck, wget and file from
# Debian, the pinned validators of tests/dist/requirements.txt and
# actionlint.txt into target/dist-venv. install.ps1 is not checked: PowerShell is not to be had
# from this machine's package registries.
# The tests are functions called through check and refuses:
# shellcheck disable=SC2317
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
root=$(pwd)
started=$(date +%s)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}

passed=0
failed=0
failures=()
ok() {
  passed=$((passed + 1))
  echo "  ok: $*"
}
not_ok() {
  failed=$((failed + 1))
  failures+=("$*")
  echo "  FAILED: $*"
}
# check DESCRIPTION COMMAND...: one test, passed when COMMAND succeeds; its
# output is shown when it fails.
check() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then ok "$what"; else
    not_ok "$what"
    printf '%s\n' "$out" | tail -n 40 | sed 's/^/      /'
  fi
}
# refuses DESCRIPTION COMMAND...: passed when COMMAND fails.
refuses() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then
    not_ok "$what (it succeeded)"
    printf '%s\n' "$out" | tail -n 20 | sed 's/^/      /'
  else ok "$what"; fi
}
section() { echo "== $*"; }
finish() {
  local elapsed=$(($(date +%s) - started))
  echo "== dist: ${elapsed}s"
  for f in "${failures[@]}"; do echo "   failed: $f"; done
  echo "dist: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit
}

# --- tools -----------------------------------------------------------------
apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
missing=()
for tool in shellcheck wget file busybox; do command -v "$tool" >/dev/null || missing+=("$tool"); done
command -v shasum >/dev/null || missing+=(perl)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}" || { echo "dist: could not install ${missing[*]}" >&2; exit 1; }; fi

venv=$root/target/dist-venv
req_sum=$(cat tests/dist/requirements.txt tests/dist/actionlint.txt | sha256sum | cut -d ' ' -f 1)
if [ "$(cat "$venv/.requirements-sha256" 2>/dev/null)" != "$req_sum" ]; then
  rm -rf "$venv"
  if ! { python3 -m venv "$venv" &&
    "$venv/bin/pip" install -q --disable-pip-version-check -r tests/dist/requirements.txt &&
    "$venv/bin/pip" install -q --disable-pip-version-check --no-deps --require-hashes -r tests/dist/actionlint.txt; }; then
    echo "dist: could not install tests/dist/requirements.txt and actionlint.txt into $venv" >&2
    exit 1
  fi
  echo "$req_sum" > "$venv/.requirements-sha256"
fi
actionlint=$venv/bin/actionlint
check_jsonschema=$venv/bin/check-jsonschema
py=$venv/bin/python

work=$root/target/dist-test
rm -rf "$work"
mkdir -p "$work"

# lint_github FILE...: actionlint (shellcheck on every run: block) and the
# workflow schema.
lint_github() {
  local f
  for f in "$@"; do
    check "actionlint: ${f#"$root"/}" "$actionlint" -no-color -oneline -shellcheck "$(command -v shellcheck)" "$f"
    check "github-workflows schema: ${f#"$root"/}" "$check_jsonschema" --builtin-schema vendor.github-workflows "$f"
  done
}
lint_gitlab() {
  local f
  for f in "$@"; do
    check "gitlab-ci schema: ${f#"$root"/}" "$check_jsonschema" --builtin-schema vendor.gitlab-ci "$f"
    check "YAML: ${f#"$root"/}" "$py" -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$f"
  done
}

# --- a. workflows and scripts ------------------------------------------------
section "a. workflows and scripts"
# The validators themselves must catch mistakes: a workflow with an unquoted
# variable in a run: block (shellcheck through actionlint), an unknown
# expression property (actionlint) and a wrong key (schema).
mkdir -p "$work/controls"
cat > "$work/controls/bad.yml" <<'YAML'
on: push
jobs:
  a:
    runs-on: ubuntu-24.04
    steps:
      - run: cat $SOME_FILE
      - run: echo "${{ github.no_such_property }}"
YAML
cat > "$work/controls/bad-schema.yml" <<'YAML'
on: push
jobs:
  a:
    runs-on: ubuntu-24.04
    stepz:
      - run: "true"
YAML
printf 'build:\n  script: 42\n  when: sometimes\n' > "$work/controls/bad-gitlab.yml"
control_out=$("$actionlint" -no-color -oneline -shellcheck "$(command -v shellcheck)" "$work/controls/bad.yml" 2>&1)
if grep -q 'SC2086' <<<"$control_out" && grep -q 'no_such_property' <<<"$control_out"; then
  ok "actionlint reports a shellcheck finding and a bad expression in a broken workflow"
else
  not_ok "actionlint missed the mistakes of a broken workflow: $control_out"
fi
refuses "the workflow schema rejects a misspelt key" "$check_jsonschema" --builtin-schema vendor.github-workflows "$work/controls/bad-schema.yml"
refuses "the GitLab CI schema rejects a wrong job" "$check_jsonschema" --builtin-schema vendor.gitlab-ci "$work/controls/bad-gitlab.yml"

shopt -s nullglob
lint_github "$root"/.github/workflows/*.yml
skeleton_workflows=("$root"/src/init/skeleton/.github/workflows/*.yml)
if [ ${#skeleton_workflows[@]} -gt 0 ]; then lint_github "${skeleton_workflows[@]}"; fi
if [ -f src/init/skeleton/.gitlab-ci.yml ]; then lint_gitlab "$root/src/init/skeleton/.gitlab-ci.yml"; fi
shopt -u nullglob
check "shellcheck: dist/install.sh (POSIX sh)" shellcheck -s sh dist/install.sh
check "shellcheck: .ci/release-build, .ci/release-assets, tests/dist/run.sh" \
  shellcheck .ci/release-build .ci/release-assets tests/dist/run.sh
echo "  (dist/install.ps1 is not checked: no PowerShell in this machine's registries)"

# --- b. the static Linux release archive --------------------------------------
section "b. static x86_64-linux release build"
version=$(awk '/^\[/ { p = ($0 == "[package]") } p && /^version *= *"/ { sub(/^version *= *"/, ""); sub(/".*/, ""); print; exit }' Cargo.toml)
target=x86_64-linux
asset=nassij-$version-$target.tar.gz
build_started=$(date +%s)
if ! archive=$(.ci/release-build "$target" 2> "$work/release-build.log" | tail -n 1) || [ ! -f "$archive" ]; then
  tail -n 30 "$work/release-build.log"
  not_ok ".ci/release-build $target"
  finish
fi
ok ".ci/release-build $target: $archive, $(du -k "$archive" | cut -f 1) KiB, built in $(($(date +%s) - build_started))s"
check "the archive is named $asset" test "$(basename "$archive")" = "$asset"
listing=$(tar -tzf "$archive" | sort | tr '\n' ' ')
check "the archive holds nassij-$version-$target/ with nassij and README.md" \
  test "$listing" = "nassij-$version-$target/ nassij-$version-$target/README.md nassij-$version-$target/nassij "
mkdir -p "$work/unpacked"
tar -xzf "$archive" -C "$work/unpacked"
binary=$work/unpacked/nassij-$version-$target/nassij
file_says=$(file -b "$binary")
ldd_says=$(ldd "$binary" 2>&1)
if grep -Eq 'static-pie linked|statically linked' <<<"$file_says" &&
  grep -Eq 'not a dynamic executable|statically linked' <<<"$ldd_says"; then
  ok "statically linked (file: ${file_says%%,*}, $(grep -Eo 'static-pie linked|statically linked' <<<"$file_says"); ldd: $(echo "$ldd_says" | head -n 1 | xargs))"
else
  not_ok "not statically linked: file says '$file_says', ldd says '$ldd_says'"
fi
# Nothing but the binary in the root: no loader, no libc, no /proc.
mkdir -p "$work/chroot"
cp "$binary" "$work/chroot/nassij"
runs_in_chroot() { [ "$(chroot "$work/chroot" /nassij --version)" = "nassij $version" ]; }
check "runs alone in an empty chroot (no shared libraries)" runs_in_chroot

# The download server's tree: download/vVERSION/ASSET, as the release.
serve=$work/serve
release_dir=$serve/download/v$version
mkdir -p "$release_dir"
cp "$archive" "$release_dir/"
check ".ci/release-assets writes SHA256SUMS and the install scripts" .ci/release-assets "$version" "$release_dir"
sums_check() { (cd "$release_dir" && grep -Eqx "[0-9a-f]{64}  $asset" SHA256SUMS && sha256sum -c --strict SHA256SUMS); }
check "SHA256SUMS is sha256sum's format and checks" sums_check
check "the released install.sh has its version filled in" grep -qx "released_version='$version'" "$release_dir/install.sh"
check "the released install.ps1 has its version filled in" grep -q "^ *\$ReleasedVersion = '$version'\$" "$release_dir/install.ps1"
archive_sha=$(sha256sum "$archive" | cut -d ' ' -f 1)

# --- c. install.sh --------------------------------------------------------------
section "c. install.sh from a local release server"
# A tampered copy of the release: the same SHA256SUMS beside a well-formed
# archive whose README.md has one more line (only the checksum tells).
bad_dir=$serve/corrupt/v$version
mkdir -p "$bad_dir" "$work/tampered"
cp "$release_dir/SHA256SUMS" "$bad_dir/"
tar -xzf "$archive" -C "$work/tampered"
echo "changed" >> "$work/tampered/nassij-$version-$target/README.md"
tar -czf "$bad_dir/$asset" -C "$work/tampered" "nassij-$version-$target"
"$py" tests/dist/serve.py "$serve" "$version" "$work/port" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null' EXIT
for _ in $(seq 100); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port" 2>/dev/null) || { not_ok "the local release server did not start"; finish; }
download=http://127.0.0.1:$port/download
# A PATH without curl (or without sha256sum): links to every other tool.
toolbox() {
  local dir=$1 tool
  shift
  mkdir -p "$dir"
  for tool in sh uname mktemp awk cut tar gzip cp chmod mv mkdir rm sed tail tr cat sort head grep dd sysctl "$@"; do
    if command -v "$tool" >/dev/null; then ln -sf "$(command -v "$tool")" "$dir/$tool"; fi
  done
}
toolbox "$work/path-curl" curl sha256sum
toolbox "$work/path-wget" wget shasum perl
# A minimal system (Alpine's kind): BusyBox's sh and applets, its wget.
busybox_box() {
  local dir=$1 tool
  shift
  mkdir -p "$dir"
  for tool in sh uname mktemp awk cut tar gzip cp chmod mv mkdir rm sed tail tr cat sort head grep wget sha256sum; do
    ln -sf "$(command -v busybox)" "$dir/$tool"
  done
  for tool in "$@"; do ln -sf "$(command -v "$tool")" "$dir/$tool"; done
}
busybox_box "$work/path-busybox"

# installed DIR: the binary and the release's checksums are there and right.
installed() {
  [ -x "$1/nassij" ] && [ "$("$1/nassij" --version)" = "nassij $version" ] &&
    cmp -s "$1/nassij.sha256sums" "$release_dir/SHA256SUMS" && cmp -s "$1/nassij" "$binary"
}
run_install() { # LOG INSTALL_SCRIPT PATH [VAR=VALUE...]
  local log=$1 script=$2 path=$3
  shift 3
  env -i HOME="$work/home" PATH="$path" NASSIJ_DOWNLOAD="$download" "$@" sh "$script" > "$log" 2>&1
}
mkdir -p "$work/home"
if run_install "$work/install-released.log" "$release_dir/install.sh" "$work/path-curl" NASSIJ_INSTALL_DIR="$work/bin"; then
  ok "released install.sh (curl, sha256sum) exits 0"
else
  not_ok "released install.sh failed: $(tail -n 5 "$work/install-released.log")"
fi
check "it installed nassij $version and nassij.sha256sums into NASSIJ_INSTALL_DIR" installed "$work/bin"
check "it says the folder is not on PATH and what to add" \
  grep -q "export PATH=\"$work/bin:\$PATH\"" "$work/install-released.log"
if run_install "$work/install-latest.log" dist/install.sh "$work/path-wget" NASSIJ_INSTALL_DIR="$work/bin-latest"; then
  ok "repository install.sh (wget, shasum) exits 0"
else
  not_ok "repository install.sh failed: $(tail -n 5 "$work/install-latest.log")"
fi
check "it found the latest release ($version) through the releases/latest redirect" \
  grep -q "Downloading nassij $version for $target" "$work/install-latest.log"
check "it installed nassij $version" installed "$work/bin-latest"
if run_install "$work/install-busybox.log" dist/install.sh "$work/path-busybox" NASSIJ_INSTALL_DIR="$work/bin-busybox"; then
  ok "repository install.sh with BusyBox (sh, wget, sha256sum) exits 0"
else
  not_ok "repository install.sh with BusyBox failed: $(tail -n 5 "$work/install-busybox.log")"
fi
check "it found the latest release with BusyBox's wget and installed it" installed "$work/bin-busybox"
install_version() {
  run_install "$work/install-version.log" dist/install.sh "$work/path-curl" NASSIJ_INSTALL_DIR="$work/bin-version" NASSIJ_VERSION="v$version" &&
    installed "$work/bin-version"
}
check "NASSIJ_VERSION=v$version installs that version" install_version
# Installed into a folder that is on PATH, behind another nassij.
mkdir -p "$work/other-nassij"
printf '#!/bin/sh\necho nassij 0.0.1\n' > "$work/other-nassij/nassij"
chmod 755 "$work/other-nassij/nassij"
install_on_path() {
  run_install "$work/install-onpath.log" "$release_dir/install.sh" "$work/other-nassij:$work/bin-onpath:$work/path-curl" \
    NASSIJ_INSTALL_DIR="$work/bin-onpath" &&
    installed "$work/bin-onpath" && grep -q "runs $work/other-nassij/nassij, another copy" "$work/install-onpath.log" &&
    ! grep -q 'not on your PATH' "$work/install-onpath.log"
}
check "into a folder on PATH: no PATH advice, but a warning about another nassij that comes first" install_on_path
refuses "a corrupted archive is refused" run_install "$work/install-corrupt.log" "$release_dir/install.sh" "$work/path-curl" \
  NASSIJ_INSTALL_DIR="$work/bin-corrupt" NASSIJ_DOWNLOAD="http://127.0.0.1:$port/corrupt"
check "... saying so" grep -q 'the download is damaged or was changed' "$work/install-corrupt.log"
empty_dir() { [ -z "$(ls -A "$1" 2>/dev/null)" ]; }
check "... and installing nothing" empty_dir "$work/bin-corrupt"
refuses "a version that does not exist is refused" run_install "$work/install-missing.log" "$release_dir/install.sh" "$work/path-curl" \
  NASSIJ_INSTALL_DIR="$work/bin-missing" NASSIJ_VERSION=9.9.9
check "... installing nothing" test ! -e "$work/bin-missing/nassij"

# --- d. a new site with the installed binary ------------------------------------
section "d. nassij init, check, build and the new site's CI"
nassij=$work/bin/nassij
site_parent=$work/new-site
mkdir -p "$site_parent"
if (cd "$site_parent" && "$nassij" init site --title "fr=Portail des associations" --title "ar=بوابة الجمعيات" \
  --base-url https://example.org --contact a@example.org < /dev/null > "$work/init.log" 2>&1); then
  ok "nassij init site (non-interactive)"
else
  not_ok "nassij init site failed: $(tail -n 5 "$work/init.log")"
fi
site=$site_parent/site
in_site() { (cd "$site" && "$nassij" "$@" < /dev/null); }
check "nassij check in the new site" in_site check
check "nassij build in the new site" in_site build
for lang in ar fr zgh; do
  check "public/$lang/index.html is built" test -s "$site/public/$lang/index.html"
done
# nassij serve, the web team's preview, from the static binary.
serves() {
  local serve_port pid code=1
  serve_port=$("$py" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$site" && exec timeout 120 "$nassij" serve --port "$serve_port" < /dev/null > "$work/serve.log" 2>&1) &
  pid=$!
  for _ in $(seq 60); do
    if curl -fsS "http://127.0.0.1:$serve_port/fr/" 2>/dev/null | grep -q '<html'; then code=0; break; fi
    sleep 0.5
  done
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ "$code" -eq 0 ] || tail -n 10 "$work/serve.log"
  return "$code"
}
check "nassij serve answers with the French home page" serves
no_overrides() { [ -f "$site/site.yaml" ] && [ ! -e "$site/themes" ] && [ ! -e "$site/i18n" ]; }
check "the site has no themes/ nor i18n/ (built-in theme and messages)" no_overrides
gh_workflows=()
for f in "$site"/.github/workflows/*.yml; do [ -f "$f" ] && gh_workflows+=("$f"); done
ci_files=("${gh_workflows[@]}" "$site/.gitlab-ci.yml")
ci_written() { [ ${#gh_workflows[@]} -gt 0 ] && [ -f "$site/.gitlab-ci.yml" ]; }
check "a GitHub workflow and .gitlab-ci.yml are written" ci_written
# every_ci_file PATTERN: each CI file has a line matching PATTERN.
every_ci_file() {
  local f
  ci_written || return 1
  for f in "${ci_files[@]}"; do grep -Eq "$1" "$f" || { echo "no match for $1 in $f"; return 1; }; done
}
# no_ci_file PATTERN: no CI file has a line matching PATTERN.
no_ci_file() {
  ci_written || return 1
  ! grep -Eil "$1" "${ci_files[@]}"
}
check "the CI files pin the archive's SHA-256 ($archive_sha)" every_ci_file "NASSIJ_SHA256: *\"?$archive_sha\"?\$"
check "the CI files pin version $version" every_ci_file "NASSIJ_VERSION: *\"?$version\"?\$"
check "the CI files contain no cargo nor rustup" no_ci_file 'cargo|rustup'
check "the CI files have no placeholder left" no_ci_file '__NASSIJ_'
if [ ${#gh_workflows[@]} -gt 0 ]; then lint_github "${gh_workflows[@]}"; fi
if [ -f "$site/.gitlab-ci.yml" ]; then lint_gitlab "$site/.gitlab-ci.yml"; fi

# The install steps themselves, taken out of the generated files and run
# here against the local server: GitHub's with bash as a runner does, with
# HOME and GITHUB_PATH in a temporary folder; GitLab's before_script with
# BusyBox's sh and tools as in the Alpine image (its package installation
# left out: curl is here), its /usr/local/bin (where the image's root
# installs) replaced by a temporary folder.
cat > "$work/extract.py" <<'PY'
import os, sys, yaml
kind, path, out = sys.argv[1:4]
doc = yaml.safe_load(open(path))
scripts = []
if kind == "github":
    env = dict(doc.get("env") or {})
    for job in (doc.get("jobs") or {}).values():
        for step in job.get("steps") or []:
            run = step.get("run") or ""
            if "NASSIJ_VERSION" in run:
                scripts.append(({**env, **(job.get("env") or {}), **(step.get("env") or {})}, run))
else:
    env = dict(doc.get("variables") or {})
    jobs = [("default", doc.get("default") or {})] + [
        (k, v) for k, v in doc.items() if isinstance(v, dict) and ("script" in v or "before_script" in v)]
    for name, job in jobs:
        for key in ("before_script", "script"):
            lines = job.get(key) or []
            if isinstance(lines, str):
                lines = [lines]
            if any("NASSIJ_VERSION" in str(l) for l in lines):
                body = "\n".join(str(l) for l in lines if not str(l).lstrip().startswith(("apk ", "apt-get ")))
                scripts.append(({**env, **(job.get("variables") or {})}, body))
if not scripts:
    sys.exit(f"no install step in {path}")
env, run = scripts[0]
# Every install step of the file is the same script.
if any(s[1] != run for s in scripts):
    sys.exit(f"the install steps of {path} differ")
if "${{" in run:
    sys.exit("the install step uses ${{ }} expressions")
with open(out + ".sh", "w") as f:
    f.write(run)
with open(out + ".env", "w") as f:
    for k in ("NASSIJ_VERSION", "NASSIJ_SHA256"):
        f.write(f"{k}={env.get(k, '')}\n")
print(len(scripts))
PY
ci_env() { sed -n "s/^$1=//p" "$2"; }
wrong_sha=$(printf '0%.0s' $(seq 64))
if [ ${#gh_workflows[@]} -gt 0 ] && "$py" "$work/extract.py" github "${gh_workflows[0]}" "$work/gh-install" > /dev/null 2> "$work/gh-extract.log"; then
  gh_version=$(ci_env NASSIJ_VERSION "$work/gh-install.env")
  gh_sha=$(ci_env NASSIJ_SHA256 "$work/gh-install.env")
  gh_install() { # NAME SHA256
    local home=$work/gh-$1
    mkdir -p "$home"
    : > "$home/github_path"
    env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin GITHUB_PATH="$home/github_path" \
      NASSIJ_VERSION="$gh_version" NASSIJ_SHA256="$2" NASSIJ_DOWNLOAD="$download" \
      bash --noprofile --norc -eo pipefail "$work/gh-install.sh" > "$home.log" 2>&1
  }
  gh_installed() { [ "$("$work/gh-$1/.local/bin/nassij" --version)" = "nassij $version" ] && grep -qx "$work/gh-$1/.local/bin" "$work/gh-$1/github_path"; }
  gh_pinned() { gh_install pinned "$gh_sha" && gh_installed pinned && grep -q ': OK$' "$work/gh-pinned.log"; }
  gh_unpinned() { gh_install unpinned '' && gh_installed unpinned && grep -q '::warning.*NASSIJ_SHA256' "$work/gh-unpinned.log"; }
  check "GitHub install step, as pinned: installs, sha256sum -c says OK" gh_pinned
  check "GitHub install step, unpinned: installs against SHA256SUMS with a warning on pinning" gh_unpinned
  gh_refuses() { # NAME SHA256 [DOWNLOAD]: the step fails on sha256sum's check and installs nothing
    ! download=${3:-$download} gh_install "$1" "$2" && grep -q ': FAILED$' "$work/gh-$1.log" &&
      [ ! -e "$work/gh-$1/.local/bin/nassij" ]
  }
  check "GitHub install step with a wrong pin fails on the checksum and installs nothing" gh_refuses wrong "$wrong_sha"
  check "GitHub install step, unpinned, refuses a corrupted archive" gh_refuses corrupt '' "http://127.0.0.1:$port/corrupt"
else
  not_ok "no install step found in the generated GitHub workflow: $(cat "$work/gh-extract.log" 2>/dev/null)"
fi
if [ -f "$site/.gitlab-ci.yml" ] && "$py" "$work/extract.py" gitlab "$site/.gitlab-ci.yml" "$work/gl-install" > /dev/null 2> "$work/gl-extract.log"; then
  gl_version=$(ci_env NASSIJ_VERSION "$work/gl-install.env")
  gl_sha=$(ci_env NASSIJ_SHA256 "$work/gl-install.env")
  # Alpine's tools: BusyBox, with curl and install (an applet of Alpine's
  # BusyBox, not of Debian's).
  busybox_box "$work/path-alpine" curl install
  gl_run() { # NAME SHA256 [DOWNLOAD]
    local bin=$work/gl-$1/bin
    mkdir -p "$bin"
    sed "s|/usr/local/bin|$bin|g" "$work/gl-install.sh" > "$work/gl-$1.sh"
    env -i HOME="$work" PATH="$bin:$work/path-alpine" NASSIJ_VERSION="$gl_version" NASSIJ_SHA256="$2" \
      NASSIJ_DOWNLOAD="${3:-$download}" sh -e "$work/gl-$1.sh" > "$work/gl-$1.log" 2>&1
  }
  gl_installed() { [ "$("$work/gl-$1/bin/nassij" --version)" = "nassij $version" ]; }
  gl_pinned() { gl_run pinned "$gl_sha" && gl_installed pinned && grep -q ': OK$' "$work/gl-pinned.log"; }
  gl_unpinned() { gl_run unpinned '' && gl_installed unpinned && grep -qi 'warning.*NASSIJ_SHA256' "$work/gl-unpinned.log"; }
  gl_refuses() { # NAME SHA256 [DOWNLOAD]: fails on sha256sum's check and installs nothing
    ! gl_run "$@" && grep -q ': FAILED$' "$work/gl-$1.log" && [ ! -e "$work/gl-$1/bin/nassij" ]
  }
  check "GitLab install commands, as pinned: install, sha256sum -c says OK" gl_pinned
  check "GitLab install commands, unpinned: install against SHA256SUMS with a warning on pinning" gl_unpinned
  check "GitLab install commands with a wrong pin fail on the checksum and install nothing" gl_refuses wrong "$wrong_sha"
  check "GitLab install commands, unpinned, refuse a corrupted archive" gl_refuses corrupt '' "http://127.0.0.1:$port/corrupt"
else
  not_ok "no install commands found in the generated .gitlab-ci.yml: $(cat "$work/gl-extract.log" 2>/dev/null)"
fi
kill "$server_pid" 2>/dev/null

# --- e. the packaged crate -------------------------------------------------------
section "e. cargo package"
# On a developer's machine the tree may hold uncommitted work; CI's clone
# is clean and is packaged as it is.
dirty=()
[ -n "${CI:-}" ] || dirty=(--allow-dirty)
if cargo package --locked --list "${dirty[@]}" > "$work/package-list.txt" 2> "$work/package-list.log"; then
  ok "cargo package --list ($(wc -l < "$work/package-list.txt") files)"
else
  not_ok "cargo package --list: $(tail -n 5 "$work/package-list.log")"
fi
for f in themes/default/templates/base.html i18n/fr/main.ftl i18n/zgh/main.ftl content/taxonomies/territories.yaml; do
  check "the package holds $f" grep -qx "$f" "$work/package-list.txt"
done
# What `nassij init` writes, dotfiles included (a cargo-installed nassij
# would write a site without CI otherwise).
skeleton_packaged() {
  local f n=0
  while IFS= read -r f; do
    n=$((n + 1))
    grep -qxF "$f" "$work/package-list.txt" || { echo "missing from the package: $f"; return 1; }
  done < <(find src/init/skeleton -type f)
  [ "$n" -gt 0 ] || { echo "no file in src/init/skeleton"; return 1; }
}
check "the package holds every file of src/init/skeleton" skeleton_packaged
package_started=$(date +%s)
if cargo package --locked "${dirty[@]}" > "$work/package.log" 2>&1; then
  ok "cargo package --locked builds the packaged crate ($(($(date +%s) - package_started))s)"
else
  not_ok "cargo package --locked: $(grep -E '^(error|warning: )' "$work/package.log" | head -n 10)"
fi

finish
