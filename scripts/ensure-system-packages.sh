#!/usr/bin/env bash
# Make sure the Debian 12 packages the app and its test suite need are installed (installs them when root).
set -euo pipefail

PACKAGES=(
    # "python3 -m venv" (used by the Makefile) on Debian's own Python
    python3-venv
    # PostgreSQL server binaries for the PostgreSQL tests
    postgresql
    # the connection pooler the sync tests and the central-scale benchmark run through
    pgbouncer
    # Qt (PySide6 wheels): offscreen and xcb platform plugins, fonts, D-Bus
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
    libxcb-image0 libxcb-render-util0 xvfb
    # QtMultimedia / QtTextToSpeech; speech-dispatcher with espeak-ng: read aloud in every kiosk language
    libpulse0 libspeechd2 speech-dispatcher speech-dispatcher-espeak-ng
    # openssl, to make the certificate authority and server certificate of the TLS tests
    openssl
    # pdftoppm, for looking at generated PDFs
    poppler-utils
    # a PDF printer for the printing tests (on Debian 12 "cups-pdf" is only a virtual name)
    cups printer-driver-cups-pdf
    # screen-reader tests: the AT-SPI bus and Debian's pyatspi (Orca's library), under Xvfb in a D-Bus session
    at-spi2-core python3-pyatspi dbus-x11
    # the locked-down kiosk session: the cage compositor and Qt's Wayland libraries
    cage xwayland libwayland-cursor0 libwayland-client0 libwayland-egl1
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "ensure-system-packages: not a Debian system; install the equivalents of: ${PACKAGES[*]}" >&2
    exit 0
fi

declare -A status=()
while read -r name state; do
    status[$name]=$state
done < <(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)

missing=()
for package in "${PACKAGES[@]}"; do
    [[ "${status[$package]:-}" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
    echo "Missing system packages; as root run: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
