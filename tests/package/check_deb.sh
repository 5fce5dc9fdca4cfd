#!/usr/bin/env bash
# Builds the Debian package with CPack, unpacks it into a temporary root and
# checks what a desktop needs: the programs, the desktop entry that opens
# CSV files, the icons in every size, valid AppStream metainfo, and the
# declared dependencies.
#
#   check_deb.sh BUILD_DIR
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack did not build the package"
fi
deb="$(ls "$work"/out/contactdesk_*.deb 2>/dev/null | head -n 1)"
[ -n "$deb" ] || fail "no contactdesk_*.deb in $work/out"
echo "package: $(basename "$deb")"
dpkg-deb -x "$deb" "$work/root"
root="$work/root"
id=org.contactdesk.ContactDesk

for file in usr/bin/contactdesk usr/bin/contactdesk-cli usr/bin/contactdesk-sandbox \
    "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
    "usr/share/icons/hicolor/scalable/apps/$id.svg"; do
    [ -f "$root/$file" ] || fail "$file is missing"
done
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$png" ] || fail "the ${size}x${size} icon is missing"
    file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not a ${size}x${size} PNG"
done
if find "$root" -name 'tst_*' -o -name 'bench_*' -o -name 'contactdesk-icon-render' | grep -q .; then
    fail "tests, benchmarks or build tools are in the package"
fi

desktop="$root/usr/share/applications/$id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate refuses the desktop entry"
grep -qx 'Exec=contactdesk %F' "$desktop" || fail "Exec is not 'contactdesk %F'"
grep -qx 'MimeType=text/csv;text/vcard;text/x-vcard;text/directory;' "$desktop" || fail "the entry does not open CSV and vCard files"
grep -qx "Icon=$id" "$desktop" || fail "the entry's icon is not $id"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" ||
    fail "appstreamcli refuses the metainfo"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for package in libqt6widgets6 libqt6network6 libqt6sql6-sqlite libqt6svg6 libc6; do
    grep -q "$package" <<<"$depends" || fail "Depends does not name $package"
done
[ "$(dpkg-deb -f "$deb" Package)" = contactdesk ] || fail "the package is not called contactdesk"

# The unpacked programs run (their libraries are the system's).
usage="$("$root/usr/bin/contactdesk-cli" --help 2>&1)" ||
    fail "contactdesk-cli --help exited $?, not 0"
grep -q "Usage: contactdesk-cli" <<<"$usage" || fail "contactdesk-cli does not print its usage"
status=0
"$root/usr/bin/contactdesk-cli" >/dev/null 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "contactdesk-cli without a command exited $status, not 2"
version="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/contactdesk" --version)" ||
    fail "contactdesk --version does not run"
grep -q "contactdesk" <<<"$version" || fail "contactdesk --version printed: $version"
echo "PASS: the package installs the programs, the desktop entry, icons and metainfo"
