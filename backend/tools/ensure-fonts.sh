#!/usr/bin/env bash
# Installs the fonts the PDF meeting documents are drawn with (DejaVu Sans from Debian's fonts-dejavu-core) when they
# are missing. Called by the API's build (Nettverk.Api.csproj, target EnsureDocumentFonts) and safe to run by hand.
# Idempotent. It never fails a build: without apt, root or password-less sudo it warns and exits 0, and the API then
# answers 503 for PDF documents until the package is installed.
set -uo pipefail
dir=/usr/share/fonts/truetype/dejavu
package=fonts-dejavu-core

# fonts-dejavu-core ships only the upright faces (regular and bold); italics are simulated by the renderer.
if [ -e "$dir/DejaVuSans.ttf" ] && [ -e "$dir/DejaVuSans-Bold.ttf" ]; then
  exit 0
fi
warn() { echo "ensure-fonts: warning: $*; install it with: apt-get install $package" >&2; exit 0; }

command -v apt-get >/dev/null || warn "DejaVu Sans is missing and there is no apt-get here"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)   # -n: never stop a build to ask for a password
else
  warn "DejaVu Sans is missing and this user may not install packages"
fi

echo "ensure-fonts: installing $package"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq \
  && "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$package" >/dev/null \
  || warn "apt-get could not install $package"
[ -e "$dir/DejaVuSans.ttf" ] || warn "$package was installed but $dir/DejaVuSans.ttf is still missing"
echo "ensure-fonts: $package installed"
