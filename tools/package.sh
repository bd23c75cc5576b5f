#!/usr/bin/env bash
# Builds the two Debian packages and checks them (docs/install.md):
#   build/fortrolig_VERSION-1_amd64.deb         the window and fortrolig-cli
#   build/fortrolig-server_VERSION-1_amd64.deb  the server, as a hardened systemd service
# Checks: lintian (every tag left is explained below), desktop-file-validate, appstreamcli
# validate, systemd-analyze verify and security (offline, in the unpacked package).
# The same as: cmake --build build --target package (without the checks).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/install-deps.sh
tools=(lintian desktop-file-utils appstream dpkg-dev librsvg2-bin systemd)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

cmake --preset ci >/dev/null
cmake --build --preset ci
(cd build && rm -f ./*.deb && cpack -G DEB >/dev/null)
ls build/*.deb

echo "== desktop entry and AppStream metadata"
desktop-file-validate packaging/linux/fortrolig.desktop
appstreamcli validate --no-net --pedantic build/packaging/dk.fortrolig.fortrolig.metainfo.xml

echo "== lintian"
# initial-upload-closes-no-bugs: the changelog closes no Debian bug because the packages go
# to providers, not into the Debian archive (no ITP to close).
lintian --fail-on warning --tag-display-limit 0 \
  --suppress-tags initial-upload-closes-no-bugs build/*.deb

echo "== the server's systemd unit"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x build/fortrolig-server_*_amd64.deb "$root"
# verify resolves the unit's dependencies: the system's own targets, as an installed system has.
for t in sysinit.target basic.target multi-user.target network-online.target shutdown.target \
         postgresql.service; do
  [ -e "/lib/systemd/system/$t" ] && cp "/lib/systemd/system/$t" "$root/usr/lib/systemd/system/"
done
systemd-analyze verify --root="$root" "$root/usr/lib/systemd/system/fortrolig-server.service"
systemd-analyze security --offline=true --root="$root" --threshold=20 fortrolig-server.service \
  | tail -1
