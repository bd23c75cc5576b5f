#!/usr/bin/env bash
# The packages installed as a provider installs them (docs/install.md), on a clean Debian 12
# root made by mmdebstrap from this machine's own apt sources (no archive is named here):
#   bash tools/package-test.sh        (as root; about 10 minutes, most of it downloading)
# Inside the root: apt installs both packages (so a missing dependency shows), every program
# answers --version, fortrolig-cli makes a journal and writes a note, the window starts on
# the offscreen platform to its first screen, fortrolig-server serves over TLS and the CLI
# enrolls, logs in and syncs against it; then both packages are purged and nothing of them
# may be left but the data folders.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly PASS="en lang og god adgangsfrase til testen"
readonly SERVER_PASS="korrekt hest batteri klips"

inside() { # $1: the root, while mmdebstrap has /proc, /dev and /sys mounted in it
  local root=$1
  in_root() { chroot "$root" env HOME=/root LANG=C.UTF-8 FORTROLIG_LANG=en "$@"; }
  cp build/fortrolig_*_amd64.deb build/fortrolig-server_*_amd64.deb "$root/tmp/"
  echo "== apt install (dependencies from the archive)"
  in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /tmp/fortrolig_*_amd64.deb /tmp/fortrolig-server_*_amd64.deb' \
    > "$root/tmp/apt.log" 2>&1 || { tail -30 "$root/tmp/apt.log"; return 1; }
  in_root dpkg -L fortrolig fortrolig-server | sort -u > "$root/tmp/files.txt"

  echo "== --version"
  for p in fortrolig fortrolig-cli fortrolig-server; do
    in_root "$p" --version | grep "^$p [0-9]" > /dev/null || { echo "$p --version"; return 1; }
  done
  test -s "$root/usr/share/icons/hicolor/256x256/apps/fortrolig.png"
  test -s "$root/usr/share/man/man8/fortrolig-server.8.gz"
  test "$(stat -c %a "$root/var/lib/fortrolig-server")" = 700
  test "$(in_root stat -c %U:%G /var/lib/fortrolig-server)" = fortrolig-server:fortrolig-server
  in_root getent passwd fortrolig-server > /dev/null

  echo "== a journal and a note"
  cli() { in_root env FORTROLIG_PASSPHRASE="$PASS" fortrolig-cli --journal /root/journal "$@"; }
  cli init --key-store file --kdf interactive > /dev/null
  local citizen
  citizen=$(cli citizen add --name "Test Testesen" --cpr 010190-0000 | grep -oE '[0-9a-f-]{36}' | head -1)
  cli course add --citizen "$citizen" --municipality "Testby Kommune" --type afklaringsforløb \
    --start 2026-11-02 > /dev/null
  cli note add --citizen "$citizen" --text "Første samtale" > /dev/null
  cli citizen show "$citizen" --reason "pakketest" | grep "Første samtale" > /dev/null

  echo "== the window, offscreen, to its first screen"
  in_root env QT_QPA_PLATFORM=offscreen FORTROLIG_MEASURE_START=1 fortrolig \
    | grep "cold_start_to_unlock_screen"

  echo "== the server over TLS, and the CLI against it"
  local data=/var/lib/fortrolig-server/test
  in_root env FORTROLIG_CONSULTANT_PASSPHRASE="$SERVER_PASS" fortrolig-server --data "$data" \
    consultant create anne > "$root/tmp/consultant.txt"
  local secret
  secret=$(grep -oE 'secret=[A-Z2-7]+' "$root/tmp/consultant.txt" | cut -d= -f2)
  # Not through in_root: $! must be the server itself (chroot and env exec it), not a subshell.
  chroot "$root" env HOME=/root FORTROLIG_LANG=en fortrolig-server --data "$data" \
    --listen 127.0.0.1:0 > "$root/tmp/server.log" 2>&1 &
  local server=$!
  trap 'kill '"$server"' 2> /dev/null || true' EXIT
  for _ in $(seq 150); do grep -q "listening:" "$root/tmp/server.log" && break; sleep 0.2; done
  local url
  url=$(grep -oE 'listening: https://127\.0\.0\.1:[0-9]+' "$root/tmp/server.log" | cut -d' ' -f2)
  [ -n "$url" ] || { cat "$root/tmp/server.log"; return 1; }
  local link
  link=$(in_root fortrolig-server --data "$data" device enroll-code anne --server-url "$url" |
    grep -oE 'fortrolig://enroll\?[^ ]+')
  cli enroll "$link" > /dev/null
  local code
  code=$(python3 - "$secret" <<'EOF'
import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1] + "=" * (-len(sys.argv[1]) % 8))
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000))
EOF
)
  in_root env FORTROLIG_PASSPHRASE="$PASS" FORTROLIG_SERVER_PASSPHRASE="$SERVER_PASS" \
    fortrolig-cli --journal /root/journal login --totp "$code" > /dev/null
  cli sync
  in_root fortrolig-server --data "$data" case list | grep "$citizen" > /dev/null
  kill "$server"
  wait "$server" || true
  if pgrep -f "fortrolig-server --data $data" > /dev/null; then echo "the server did not stop"; return 1; fi

  echo "== purge: nothing left but the data"
  in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -q fortrolig fortrolig-server' \
    > /dev/null
  local left=0
  while read -r f; do
    [ -n "$f" ] || continue
    case "$f" in /. | /usr | /usr/* | /etc | /lib | /lib/*) [ -d "$root$f" ] && continue ;; esac
    if [ -e "$root$f" ]; then echo "left: $f"; left=1; fi
  done < "$root/tmp/files.txt"
  if [ -e "$root/etc/fortrolig-server" ]; then echo "left: /etc/fortrolig-server"; left=1; fi
  if chroot "$root" getent passwd fortrolig-server > /dev/null; then echo "left: the user"; left=1; fi
  test -d "$root$data" || { echo "the data folder went"; return 1; }
  return $left
}

if [ "${1:-}" = "--inside" ]; then
  inside "$2"
  exit $?
fi

[ "$(id -u)" -eq 0 ] || { echo "package-test: run as root (mmdebstrap, chroot)"; exit 2; }
bash tools/package.sh
dpkg-query -W -f='${Status}' mmdebstrap 2>/dev/null | grep -q "install ok installed" ||
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap > /dev/null

# The archive as this machine's apt has it.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -s "$f" ] && sources+=("$f")
done
root=$(mktemp -d /tmp/fortrolig-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
mmdebstrap --quiet --mode=root --variant=apt --include=ca-certificates \
  --customize-hook="bash '$PWD/tools/package-test.sh' --inside \"\$1\"" \
  bookworm "$root" "${sources[@]}"
echo "package-test: passed"
