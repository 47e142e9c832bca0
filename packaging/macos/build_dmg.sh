#!/bin/sh
# Make the macOS disk image dist/pmdesk-VERSION.dmg from dist/pmdesk.app (`make package` on
# macOS, after `make bundle`): the app beside a link to /Applications, to drag it onto.
# The app is signed ad hoc by PyInstaller only; signing with a Developer ID and notarizing
# need Apple credentials and are left to the release manager.
set -eu
cd "$(dirname "$0")/../.."
version=$(python3 -c "import pmdesk; print(pmdesk.__version__)")
app=dist/pmdesk.app
[ -d "$app" ] || { echo "build_dmg: no $app; run \`make bundle\` first." >&2; exit 1; }
"$app/Contents/MacOS/pmdesk-cli" --self-test >/dev/null || { echo "build_dmg: the app's self-test failed." >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/pmdesk-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "pmdesk $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "package: $dmg"
