#!/usr/bin/env bash
# Installs everything the studio and its tests need on Debian/Ubuntu with Node 20:
# the system packages (Chromium and a font for the UI tests, Xvfb + OBS Studio + ffmpeg for the
# real-OBS tests, InspIRCd as the real IRC peer, openssl for the TLS tests' certificates, poppler-utils to read back the PDFs the tests make) when they are missing, then the npm packages (npm ci).
# As root it runs apt-get itself; otherwise it prints exactly what to install and stops.
# The Electron binary is never downloaded here (ELECTRON_SKIP_BINARY_DOWNLOAD=1): the studio
# runs in browser mode where it is missing; see README "Electron".
set -euo pipefail
cd "$(dirname "$0")/.."

need_node="20.19.0"
have_node="$(node -p 'process.versions.node' 2>/dev/null || echo 0)"
if ! node -e "const [a,b]=process.versions.node.split('.').map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)" 2>/dev/null; then
  echo "install: Node.js >= $need_node is required (found $have_node). Install Node 20 LTS first." >&2
  exit 1
fi

# command-or-file to check -> Debian package(s) that provide it
declare -A wanted=(
  [/usr/bin/chromium]="chromium"
  [/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf]="fonts-dejavu-core"
  [/usr/bin/Xvfb]="xvfb xauth"
  [/usr/bin/obs]="obs-studio obs-plugins libgl1-mesa-dri"
  [/usr/bin/ffmpeg]="ffmpeg"
  [/usr/sbin/inspircd]="inspircd"
  [/usr/bin/openssl]="openssl"
  [/usr/bin/pdftotext]="poppler-utils"
)
missing=()
for path in "${!wanted[@]}"; do
  [ -e "$path" ] || missing+=(${wanted[$path]})
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "install: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "install: missing system packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
echo "install: done"
