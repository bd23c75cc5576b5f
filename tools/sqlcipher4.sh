#!/usr/bin/env bash
# SQLCipher 4.6.1, the version Windows and macOS package managers ship, built from Debian's own
# source package (trixie's sqlcipher 4.6.1-2) into a private prefix, for testing the journal
# against it (docs/storage.md, "SQLCipher 4"). The archive's address is read from this
# machine's apt sources at run time; nothing here names a host.
#   bash tools/sqlcipher4.sh PREFIX        (prints PREFIX when it is there)
set -euo pipefail
prefix="$(mkdir -p "$1" && cd "$1" && pwd)"
version=4.6.1
if [ -f "$prefix/.built-$version" ]; then
  echo "$prefix"
  exit 0
fi
# SQLite's build makes its amalgamation with tclsh.
if ! command -v tclsh >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tcl >/dev/null
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The Debian archive this machine installs from (deb822 .sources or one-line sources.list).
uri="$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' |
       grep -v security | head -n1 || true)"
if [ -z "$uri" ]; then
  uri="$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list |
         awk '{print $2}' | grep -v security | head -n1 || true)"
fi
[ -n "$uri" ] || { echo "sqlcipher4: no Debian archive in this machine's apt sources" >&2; exit 1; }
mkdir -p "$work/apt/sources" "$work/apt/lists/partial"
cat > "$work/apt/sources/trixie-src.sources" <<SOURCES
Types: deb-src
URIs: $uri
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt=(-o Dir::Etc::sourcelist=/dev/null -o "Dir::Etc::sourceparts=$work/apt/sources"
     -o "Dir::State::lists=$work/apt/lists" -o APT::Sandbox::User=root)
apt-get "${apt[@]}" update -qq
(cd "$work" && apt-get "${apt[@]}" source --download-only -qq "sqlcipher=$version-2")
tar -xzf "$work/sqlcipher_$version.orig.tar.gz" -C "$work"
src="$work/sqlcipher-$version"

# Debian's own options (debian/rules), and OpenSSL's libcrypto as the cipher, as 3.4.1 has.
cd "$src"
CFLAGS="-O2 -fno-strict-aliasing -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA \
  -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_RTREE=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY \
  -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_HAS_CODEC -DHAVE_USLEEP=1 -DSQLCIPHER_CRYPTO_OPENSSL" \
LDFLAGS="-lcrypto" \
  ./configure --prefix="$prefix" --enable-threadsafe --enable-tempstore --enable-fts4 \
  --enable-fts5 --enable-json --disable-tcl --disable-static >/dev/null
make -j"$(nproc)" >/dev/null
make install >/dev/null
touch "$prefix/.built-$version"
echo "$prefix"
