#!/usr/bin/env bash
# Screenshots of the desktop for a person to look at, the way a consultant sees it: the
# unlock screen, the caseload with synthetic data, a case with notes, the note editor, in
# Danish and in English. Drives the real window under Xvfb with xdotool. The pictures go
# to the folder given (default: shots/, which git ignores); none is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-shots}")
mkdir -p "$out"
for p in xvfb xauth xdotool imagemagick qt6-gtk-platformtheme gnome-themes-extra; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
[ -n "${missing:-}" ] && apt-get install -y -qq --no-install-recommends $missing >/dev/null
cmake --build build --target fortrolig fortrolig-cli tst_citizenmode tst_syncui >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
journal="$work/journal"
# ASCII only: under the GTK platform theme (the dark run) xdotool cannot type æ into the field.
pass="skaermbillede adgangsfrase"
cli() { FORTROLIG_PASSPHRASE="$pass" FORTROLIG_LANG=en ./build/app/fortrolig-cli --journal "$journal" "$@"; }
cli init --kdf interactive --key-store file --consultant "Konsulent Testesen" >/dev/null 2>&1

# A synthetic caseload: made-up names, CPR numbers dated in the 1800s.
first=(Anne Bo Camilla Dennis Eva Frederik Gitte Henrik Ida Jonas Karin Lars Maja Niels Olivia Søren Åse Ørjan)
last=(Testsen Prøvesen Eksempel Fiktiv Skabelon Opdigt Mønstersen Forsøgsholm)
types=(afklaringsforløb ressourceforløb jobafklaringsforløb virksomhedspraktik)
for i in $(seq 0 23); do
  name="${first[$((i % ${#first[@]}))]} ${last[$((i % ${#last[@]}))]}"
  cpr=$(printf "%02d%02d%02d-%d%03d" $((i % 28 + 1)) $((i % 12 + 1)) $((60 + i)) $((5 + i % 4)) $((i * 37 % 1000)))
  id=$(cli citizen add --name "$name" --cpr "$cpr" 2>/dev/null)
  course=$(cli course add --citizen "$id" --municipality "Testby Kommune" --type "${types[$((i % 4))]}" \
    --start "2026-0$((i % 9 + 1))-0$((i % 8 + 1))" --planned-end "2027-0$((i % 9 + 1))-15")
  [ $((i % 5)) -eq 1 ] && cli course end --course "$course" --date 2026-10-30 --end-reason job >/dev/null
  if [ "$i" -eq 0 ]; then
    n=$(cli note add --citizen "$id" --text "Første samtale. Anne ønsker praktik i et bageri i nærområdet. Vi aftalte at hun skriver et CV til næste møde.")
    cli note correct --note "$n" --text "Første samtale. Anne ønsker praktik i et bageri eller en kantine i nærområdet. Vi aftalte at hun skriver et CV til næste møde." >/dev/null
    cli note add --citizen "$id" --kind action-plan --text "Mål: 10 timer om ugen i virksomhedspraktik fra december. Opfølgning hver anden uge." >/dev/null
    cli note add --citizen "$id" --text "Telefonsamtale: praktikstedet har sagt ja. Start mandag kl. 9." >/dev/null
    # A note written in the wrong case, removed on the controller's instruction: a stub stays.
    wrong=$(cli note add --citizen "$id" --text "Skrevet i den forkerte sag.")
    cli note remove "$id" "$wrong" --reference "KK-2026-0117" >/dev/null
    printf '%%PDF-1.4 synthetic scan\n' > "$work/scan.pdf"
    consent=$(cli consent record-paper --citizen "$id" --course "$course" --signer "$name" --place Testby \
      --scan "$work/scan.pdf" --grant "doctor:Dr. Prøve=ordinary,health" --grant "akasse=ordinary" \
      --grant "internship:Bageriet Test ApS=ordinary")
    cli consent disclose --citizen "$id" --recipient "doctor:Dr. Prøve" --category health --what "Statusrapport" >/dev/null
    cli consent withdraw --consent "$consent" --recipient "akasse" >/dev/null
    # Two requests from the citizen: one forwarded in time, one not forwarded and late.
    copy=$(cli request add --citizen "$id" --kind copy --channel email \
      --received "$(date -d '-9 days' +%Y-%m-%dT10:00)" --text "Vil have en kopi af sine notater" | head -1)
    cli request forward "$copy" --to "jobcenter@testby.example" --via secure-mail \
      --sent "$(date -d '-8 days' +%Y-%m-%dT09:00)" >/dev/null
    cli request add --citizen "$id" --kind rectification --channel phone \
      --received "$(date -d '-4 days' +%Y-%m-%dT14:30)" --text "Mener at adressen er forkert" >/dev/null
    # An objection, which restricts the case while the municipality decides: the bar above it.
    objection=$(cli request add --citizen "$id" --kind objection --channel letter \
      --received "$(date -d '-1 days' +%Y-%m-%dT11:00)" --text "Gør indsigelse mod praktikken" | head -1)
    cli case restrict "$id" --request "$objection" >/dev/null
  fi
done

shoot() { sleep 1.5; import -window root "$out/$1.png"; echo "$out/$1.png"; }
# Danish and English at 100 %, Danish at 200 % (a high-density laptop screen), and Danish
# with a dark desktop theme (GTK's Adwaita-dark, through Qt's GTK platform theme).
for run in da:1:light en:1:light da:2:light da:1:dark; do
  IFS=: read -r lang scale theme <<<"$run"
  export FORTROLIG_LANG=$lang FORTROLIG_JOURNAL="$journal" PASS="$pass" OUT="$out" QT_SCALE_FACTOR=$scale
  export LANG_TAG=$lang$([ "$scale" = 2 ] && echo "-200pct")$([ "$theme" = dark ] && echo "-dark")
  if [ "$theme" = dark ]; then
    export QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark
  else
    unset QT_QPA_PLATFORMTHEME GTK_THEME
  fi
  xvfb-run -a -s "-screen 0 $((1280 * scale))x$((800 * scale))x24" bash -c '
    set -e
    shoot() { sleep 1.5; import -window root "$OUT/$1.png"; echo "$OUT/$1.png"; }
    XDG_CONFIG_HOME=$(mktemp -d) ./build/ui/fortrolig & app=$!
    sleep 2
    win=$(xdotool search --sync --onlyvisible --name "^Fortrolig$" | head -1)
    xdotool windowsize "$win" $((1280 * QT_SCALE_FACTOR)) $((800 * QT_SCALE_FACTOR)) windowmove "$win" 0 0 windowfocus --sync "$win"
    shoot "1-unlock-$LANG_TAG"
    xdotool type --delay 15 "$PASS"; xdotool key Return
    shoot "2-caseload-$LANG_TAG"
    xdotool key Tab Tab Down
    shoot "3-case-$LANG_TAG"
    xdotool key ctrl+n
    sleep 0.5
    xdotool type --delay 20 "Moedet er flyttet til torsdag kl. 10."
    shoot "4-note-editor-$LANG_TAG"
    xdotool key alt+s
    shoot "5-consents-$LANG_TAG"
    xdotool key "alt+$([ "$FORTROLIG_LANG" = da ] && echo m || echo q)"
    shoot "6-requests-$LANG_TAG"
    kill $app
  '
done

# Citizen mode, page by page as the citizen sees it (Danish, a right-to-left test form, the
# holder of parental responsibility), and the receipt: the citizen-mode test drives the real
# widgets on Xvfb and saves each page. pdftoppm turns the receipt into a picture.
FORTROLIG_SHOTS="$out" FORTROLIG_KEEP_RECEIPT="$out/receipt.pdf" \
  xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb ./build/tests/ui/tst_citizenmode >/dev/null
pdftoppm -r 60 -png "$out/receipt.pdf" "$out/receipt"
ls "$out"/citizen-*.png "$out"/receipt-*.png

# Sync as the consultant sees it, in Danish and English: connecting with the administrator's
# link, a wrong one-time code, synced, a conflict in the case and its dialog, a revoked
# laptop. The sync UI test drives the real window against a real server on loopback.
for lang in da en; do
  FORTROLIG_SHOTS="$out" FORTROLIG_LANG=$lang FORTROLIG_TEST_BACKEND=sqlcipher \
    xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb ./build/tests/server/tst_syncui >/dev/null
done
ls "$out"/sync-*.png
