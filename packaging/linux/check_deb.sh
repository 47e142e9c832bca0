#!/bin/sh
# Install the .deb with dpkg -i, check what it registered, remove it, check that it is gone
# (`make package-check`, as root on a Debian or Ubuntu machine; it changes the system).
#
#   sh packaging/linux/check_deb.sh [dist/pmdesk_VERSION_amd64.deb]
set -eu

deb=${1:-$(ls dist/pmdesk_*_amd64.deb | tail -n 1)}
type=application/x-pmdesk-plan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL  $*" >&2; exit 1; }
ok() { echo "ok    $*"; }

# The desktop tools the check asks (xdg-mime answers through File::MimeInfo's `mimetype`
# where no desktop session runs), and the libraries the package depends on.
missing=""
for tool in xdg-mime:xdg-utils update-mime-database:shared-mime-info \
            update-desktop-database:desktop-file-utils mimetype:libfile-mimeinfo-perl; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool#*:}"
done
depends=$(dpkg-deb -f "$deb" Depends | tr -d ',')
if [ -n "$missing" ] || ! dpkg -s $depends >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        $missing $depends >/dev/null
fi

dpkg -i "$deb" >/dev/null
ok "dpkg -i $(basename "$deb")"
[ -x /usr/bin/pmdesk ] && [ -x /usr/bin/pmdesk-cli ] || fail "no /usr/bin/pmdesk or pmdesk-cli"
/usr/bin/pmdesk-cli --self-test >"$work/selftest.txt" || { cat "$work/selftest.txt"; fail "self-test"; }
ok "pmdesk-cli --self-test ($(tail -n 1 "$work/selftest.txt"))"
/usr/bin/pmdesk-cli demo -o "$work/demo.pmdb" >/dev/null
found=$(xdg-mime query filetype "$work/demo.pmdb")
[ "$found" = "$type" ] || fail "xdg-mime query filetype demo.pmdb answered '$found'"
ok "xdg-mime query filetype demo.pmdb: $found"
cp "$work/demo.pmdb" "$work/plan-without-extension"
found=$(xdg-mime query filetype "$work/plan-without-extension")
[ "$found" = "$type" ] || fail "a plan without .pmdb is '$found' (the magic did not match)"
ok "a plan without the extension, by its SQLite header and PMDB id: $found"
sqlite_file="$work/other.pmdb.sqlite"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()" "$sqlite_file"
found=$(xdg-mime query filetype "$sqlite_file")
[ "$found" != "$type" ] || fail "another program's SQLite file is taken for a pmdesk plan"
ok "another SQLite database stays $found"
found=$(xdg-mime query default "$type")
[ "$found" = "pmdesk.desktop" ] || fail "xdg-mime query default $type answered '$found'"
ok "xdg-mime query default $type: $found"
desktop-file-validate /usr/share/applications/pmdesk.desktop || fail "desktop-file-validate"
ok "desktop-file-validate pmdesk.desktop"
[ -f /usr/share/icons/hicolor/48x48/mimetypes/application-x-pmdesk-plan.png ] || fail "no document icon"
ok "hicolor icons for the app and the document"

dpkg -r pmdesk >/dev/null
ok "dpkg -r pmdesk"
for path in /usr/lib/pmdesk /usr/bin/pmdesk /usr/bin/pmdesk-cli \
            /usr/share/applications/pmdesk.desktop /usr/share/mime/packages/pmdesk.xml \
            /usr/share/mime/application/x-pmdesk-plan.xml \
            /usr/share/icons/hicolor/48x48/apps/pmdesk.png; do
    [ ! -e "$path" ] || fail "$path is still there after dpkg -r"
done
! grep -q pmdesk /usr/share/applications/mimeinfo.cache 2>/dev/null || fail "mimeinfo.cache still names pmdesk"
found=$(xdg-mime query filetype "$work/demo.pmdb")
[ "$found" != "$type" ] || fail "after removal, demo.pmdb is still $type"
ok "after removal: files gone, demo.pmdb is $found, no pmdesk in mimeinfo.cache"
# dpkg -r keeps the package's maintainer scripts until it is purged ("rc" in dpkg -l).
dpkg -P pmdesk >/dev/null
! dpkg -s pmdesk >/dev/null 2>&1 || fail "dpkg still lists pmdesk after dpkg -P"
ok "dpkg -P pmdesk: no record left"
