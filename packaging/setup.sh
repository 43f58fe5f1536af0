#!/usr/bin/env bash
# Installs what building, running and testing NHS Commissioning Explorer needs on Debian 12,
# skipping the apt step when everything is already there. Used by the README's two commands.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgraphviz-dev libsqlite3-dev libpng-dev libgtest-dev libbenchmark-dev
    qt6-qpa-plugins dpkg-dev file fonts-dejavu-core
    clang libclang-rt-14-dev valgrind
    librsvg2-bin poppler-utils graphviz
    lintian desktop-file-utils appstream
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root, or install sudo" >&2; exit 1; }
    sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
