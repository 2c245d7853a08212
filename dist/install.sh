#!/bin/sh
# Installs nassij on Linux or macOS, without Rust:
#
#   curl -fsSL https://github.com/nassij/nassij/releases/latest/download/install.sh | sh
#
# It downloads the release archive for this computer, checks its SHA-256
# against the release's SHA256SUMS, and copies the `nassij` program into
# ~/.local/bin (with the release's checksums beside it, as
# nassij.sha256sums: `nassij init` pins them in the CI files it writes).
# Nothing else is changed: if the folder is not on your PATH, the script
# says what to add to your shell's profile.
#
# Settings (environment variables, all optional):
#   NASSIJ_VERSION      the version to install, e.g. 0.1.0 (default: the
#                       version this script was released with, else the
#                       latest release)
#   NASSIJ_INSTALL_DIR  where to put the program (default: ~/.local/bin)
#   NASSIJ_DOWNLOAD     where releases are downloaded from (default:
#                       https://github.com/nassij/nassij/releases/download)
#
# For example: curl -fsSL .../install.sh | NASSIJ_VERSION=0.1.0 sh
set -eu

# Filled in by the release workflow with the release's version; empty in
# the repository's copy, which installs the latest release.
released_version=''

download_base=${NASSIJ_DOWNLOAD:-https://github.com/nassij/nassij/releases/download}
download_base=${download_base%/}
install_dir=${NASSIJ_INSTALL_DIR:-${HOME:?HOME is not set}/.local/bin}

say() { printf '%s\n' "$*"; }
fail() {
  printf 'nassij install: %s\n' "$*" >&2
  exit 1
}

# fetch URL FILE: downloads URL into FILE with curl or wget.
fetch() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 3 -o "$2" "$1"
  elif command -v wget >/dev/null 2>&1; then
    wget -q -O "$2" "$1"
  else
    fail "this script needs curl or wget to download nassij; install one of them and run it again."
  fi
}

# latest_version: the version the "latest" release page redirects to
# (.../releases/latest -> .../releases/tag/vX.Y.Z).
latest_version() {
  latest_url="${download_base%/download}/latest"
  if command -v curl >/dev/null 2>&1; then
    location=$(curl -fsSLI -o /dev/null -w '%{url_effective}' "$latest_url") || location=
  else
    location=$(wget -S --spider "$latest_url" 2>&1 | sed -n 's/^ *[Ll]ocation: *\([^ ]*\).*/\1/p' | tail -n 1 | tr -d '\r') || location=
  fi
  case "$location" in
    */tag/v*) printf '%s\n' "${location##*/tag/v}" ;;
    *) return 1 ;;
  esac
}

# sha256 FILE: the file's SHA-256 in hexadecimal.
sha256() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d ' ' -f 1
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1" | cut -d ' ' -f 1
  else
    fail "this script needs sha256sum or shasum to check the download; install one of them and run it again."
  fi
}

# Everything runs from main, called on the last line: a download of this
# script cut short by the network runs nothing.
main() {
  # The platform: the archives are named after the system and the processor.
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=macos ;;
    MINGW* | MSYS* | CYGWIN* | Windows_NT)
      fail "on Windows, install nassij from PowerShell: irm https://github.com/nassij/nassij/releases/latest/download/install.ps1 | iex" ;;
    *) fail "there is no nassij release for the system $(uname -s); releases exist for Linux, macOS and Windows." ;;
  esac
  case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64 | armv8*) arch=aarch64 ;;
    *) fail "there is no nassij release for the processor $(uname -m); releases exist for x86_64 and aarch64 (arm64)." ;;
  esac
  # A shell run by Rosetta on an Apple Silicon Mac says x86_64: the native
  # build is the better one.
  if [ "$os" = macos ] && [ "$arch" = x86_64 ] && [ "$(sysctl -n sysctl.proc_translated 2>/dev/null || true)" = 1 ]; then
    arch=aarch64
  fi
  target="$arch-$os"

  version=${NASSIJ_VERSION:-$released_version}
  if [ -z "$version" ]; then
    version=$(latest_version) ||
      fail "could not find the latest release at ${download_base%/download}/latest; set NASSIJ_VERSION to the version to install, e.g. NASSIJ_VERSION=0.1.0"
  fi
  version=${version#v}
  case "$version" in
    '' | *[!0-9A-Za-z.+-]*) fail "'$version' is not a version number (expected e.g. 0.1.0)." ;;
  esac

  asset="nassij-$version-$target.tar.gz"
  base="$download_base/v$version"

  tmp=$(mktemp -d 2>/dev/null || mktemp -d -t nassij)
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  say "Downloading nassij $version for $target from $base/"
  fetch "$base/$asset" "$tmp/$asset" ||
    fail "could not download $base/$asset (is $version a released version? the releases are listed at ${download_base%/download})."
  fetch "$base/SHA256SUMS" "$tmp/SHA256SUMS" ||
    fail "could not download $base/SHA256SUMS, needed to check the download."

  expected=$(awk -v a="$asset" '$2 == a || $2 == "*" a { print $1; exit }' "$tmp/SHA256SUMS")
  [ -n "$expected" ] || fail "$asset is not listed in the release's SHA256SUMS: nothing was installed."
  actual=$(sha256 "$tmp/$asset")
  if [ "$actual" != "$expected" ]; then
    fail "the download is damaged or was changed: its SHA-256 is $actual, the release says $expected. Nothing was installed."
  fi
  say "Checked: the SHA-256 of $asset matches the release's SHA256SUMS."

  (cd "$tmp" && tar -xzf "$asset") || fail "could not unpack $asset: nothing was installed."
  binary="$tmp/nassij-$version-$target/nassij"
  [ -f "$binary" ] || fail "$asset holds no nassij-$version-$target/nassij: nothing was installed."

  mkdir -p "$install_dir" || fail "could not create the folder $install_dir."
  # Copied beside, then renamed: an nassij that is running is replaced
  # safely, and an interrupted install leaves the old one in place.
  if ! { cp "$binary" "$install_dir/.nassij.new.$$" &&
    chmod 755 "$install_dir/.nassij.new.$$" &&
    cp "$tmp/SHA256SUMS" "$install_dir/.nassij.sha256sums.new.$$" &&
    mv -f "$install_dir/.nassij.new.$$" "$install_dir/nassij" &&
    mv -f "$install_dir/.nassij.sha256sums.new.$$" "$install_dir/nassij.sha256sums"; }; then
    rm -f "$install_dir/.nassij.new.$$" "$install_dir/.nassij.sha256sums.new.$$"
    fail "could not write into $install_dir (set NASSIJ_INSTALL_DIR to a folder you can write to)."
  fi

  say "Installed nassij $version as $install_dir/nassij"
  say "  (with the release's checksums beside it, $install_dir/nassij.sha256sums: nassij init pins them in your site's CI)."

  # An nassij installed another way (cargo install, a package) that comes
  # first on the PATH would hide this one.
  found=$(command -v nassij 2>/dev/null || true)
  if [ -n "$found" ] && [ "$found" != "$install_dir/nassij" ] && [ "$found" != "$install_dir//nassij" ]; then
    say ""
    say "Note: the command nassij currently runs $found, another copy that comes first on your PATH;"
    say "remove it, or put $install_dir before its folder on your PATH."
  fi

  case ":${PATH:-}:" in
    *":$install_dir:"* | *":$install_dir/:"*)
      say ""
      say "Next: nassij init my-portal, then cd my-portal and nassij serve."
      ;;
    *)
      case "${SHELL:-}" in
        */zsh) profile="$HOME/.zshrc" ;;
        */bash) if [ "$os" = macos ]; then profile="$HOME/.bash_profile"; else profile="$HOME/.bashrc"; fi ;;
        */fish) profile= ;;
        *) profile="$HOME/.profile" ;;
      esac
      say ""
      say "The folder $install_dir is not on your PATH yet, so the command nassij is not found by name."
      if [ -n "$profile" ]; then
        say "To fix it, add this line at the end of $profile, then open a new terminal:"
        say ""
        say "  export PATH=\"$install_dir:\$PATH\""
      else
        say "To fix it, run once: fish_add_path $install_dir"
      fi
      say ""
      say "Until then, run it by its full name: $install_dir/nassij --version"
      say "Next: nassij init my-portal, then cd my-portal and nassij serve."
      ;;
  esac
}

main "$@"
