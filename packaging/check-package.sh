#!/usr/bin/env bash
# Builds the Debian package from build/default (configured and built already) and checks it: the
# desktop entry, the AppStream metainfo, lintian (any error or warning fails, and so does any
# override or missing hardening, which lintian itself rates lower), and the program as installed, unpacked into a temporary root, with --version, --validate and --screenshot, and its layout helper.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/default

rm -f "$build"/nhs-explorer_*.deb
cmake --build "$build" --target package
deb=$(ls "$build"/nhs-explorer_*_*.deb)
echo "check-package: $deb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

desktop-file-validate "$root/usr/share/applications/org.nhsx.NhsExplorer.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.nhsx.NhsExplorer.metainfo.xml"
lintian --fail-on error,warning --allow-root "$deb"
lintian --fail-on info,override --allow-root \
    --tags hardening-no-bindnow,hardening-no-fortify-functions,hardening-no-relro "$deb"
[[ -z $(dpkg-deb -c "$deb" | grep lintian/overrides || true) ]] \
    || { echo "check-package: the package overrides lintian" >&2; exit 1; }

program="$root/usr/bin/nhs-explorer"
export QT_QPA_PLATFORM=offscreen
version=$("$program" --version)
echo "$version"
expected=$(dpkg-deb -f "$deb" Version)
[[ $version == *"$expected"* ]] || { echo "check-package: --version says '$version', the package $expected" >&2; exit 1; }
"$program" --validate
"$program" --select clinical-senates --size 1024x768 --screenshot "$root/screenshot.png"
file "$root/screenshot.png" | grep -q 'PNG image data, 1024 x 768' \
    || { echo "check-package: --screenshot wrote no 1024x768 PNG" >&2; exit 1; }
helper="$root/usr/libexec/nhs-explorer/nhs-explorer-layout"
[[ -x $helper ]] || { echo "check-package: no layout helper at $helper" >&2; exit 1; }
if "$helper" < /dev/null 2> "$root/helper.txt"; then
    echo "check-package: the layout helper took an empty request" >&2; exit 1
fi
grep -q "no layout request" "$root/helper.txt" \
    || { echo "check-package: the layout helper did not run: $(cat "$root/helper.txt")" >&2; exit 1; }
echo "check-package: all passed"
