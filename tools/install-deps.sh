#!/usr/bin/env bash
# Installs what building, running and testing Fortrolig needs on Debian 12.
# Idempotent: installs only what is missing. Run as root (or with sudo available).
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-gtk-platformtheme qt6-translations-l10n
  libqt6sql6 libqt6svg6-dev qt6-qpa-plugins
  libsqlcipher-dev sqlcipher libsodium-dev qtkeychain-qt6-dev
  libssl-dev openssl libqt6sql6-psql postgresql-15
  libgl-dev
  gnome-keyring dbus dbus-x11 libsecret-tools
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core tzdata
  clang-format clang-14 libclang-rt-14-dev
  python3 python3-jsonschema
  librsvg2-bin desktop-file-utils appstream
  g++-mingw-w64-x86-64-posix wine64
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
