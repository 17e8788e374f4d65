#!/usr/bin/env bash
# Install (or upgrade) Recovery Hub Kiosk on a Debian-like machine as a locked-down kiosk session under cage.
#
# Usage (as root):  ./install.sh [--no-packages] [--no-start] [BUNDLE_DIR]
#
#   BUNDLE_DIR     the built bundle (the folder holding the "kiosk" program); default: the
#                  "recovery-hub-kiosk" folder next to this script, else dist/recovery-hub-kiosk
#                  of the source tree this script is in (make bundle builds it there)
#   --no-packages  do not install the Debian packages (cage and the graphics libraries)
#   --no-start     install and enable the service, but do not start it now
#
# What it does: makes the unprivileged user "recovery-hub-kiosk" (no password, no login shell),
# copies the bundle to /opt/recovery-hub-kiosk (owned by root, so the kiosk cannot change its own
# program), installs the systemd service, its PAM session file and the admin command
# /usr/local/bin/recovery-hub-kiosk, makes the data, log and settings folders, then enables and
# starts the service. Running it again upgrades the program and keeps all data and settings.
# Undo it with uninstall.sh.
set -euo pipefail

NAME=recovery-hub-kiosk
KIOSK_USER=$NAME
PREFIX=/opt/$NAME
UNIT=/etc/systemd/system/$NAME.service
PAM_FILE=/etc/pam.d/$NAME
ADMIN_COMMAND=/usr/local/bin/$NAME
CONFIG_DIR=/etc/$NAME
DATA_DIR=/var/lib/$NAME
LOG_DIR=/var/log/$NAME
CACHE_DIR=/var/cache/$NAME
# cage, plus the few libraries the bundle takes from the system (graphics and Wayland client).
PACKAGES=(cage libegl1 libgl1 libxcb1 libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig-config)

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
install_packages=yes
start=yes
bundle=

say() { printf '%s\n' "install: $*"; }
die() { printf '%s\n' "install: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --no-packages) install_packages=no ;;
        --no-start) start=no ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $1 (see --help)" ;;
        *) [[ -z $bundle ]] || die "only one bundle folder, please"; bundle=$1 ;;
    esac
    shift
done

if [[ -z $bundle ]]; then
    for candidate in "$HERE/$NAME" "$HERE/../../dist/$NAME"; do
        if [[ -x $candidate/kiosk ]]; then bundle=$candidate; break; fi
    done
fi
[[ -n $bundle ]] || die "no bundle found; build it with 'make bundle' or give its folder"
bundle=$(cd "$bundle" && pwd)
[[ -x $bundle/kiosk && -d $bundle/_internal ]] || die "$bundle is not a kiosk bundle (no kiosk program)"
[[ $(id -u) -eq 0 ]] || die "run as root (sudo $0)"
for file in recovery-hub-kiosk.service recovery-hub-kiosk.pam recovery-hub-kiosk; do
    [[ -f $HERE/$file ]] || die "$HERE/$file is missing"
done

if [[ $install_packages == yes ]]; then
    if command -v apt-get >/dev/null 2>&1; then
        missing=()
        for package in "${PACKAGES[@]}"; do
            dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
                || missing+=("$package")
        done
        if [[ ${#missing[@]} -gt 0 ]]; then
            say "installing ${missing[*]}"
            DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
        fi
    else
        say "no apt-get here: make sure these (or your system's equivalents) are installed: ${PACKAGES[*]}"
    fi
fi
command -v cage >/dev/null 2>&1 || die "cage is not installed (it shows the kiosk full screen)"

# The user: a system account with no password and no shell; its home is the data folder.
if ! id -u "$KIOSK_USER" >/dev/null 2>&1; then
    say "making the user $KIOSK_USER"
    useradd --system --user-group --home-dir "$DATA_DIR" --no-create-home \
        --shell /usr/sbin/nologin --comment "Recovery Hub Kiosk" "$KIOSK_USER"
fi
for group in video render; do  # use of the graphics card by the kiosk's own drawing
    if getent group "$group" >/dev/null; then usermod -a -G "$group" "$KIOSK_USER"; fi
done

# Folders. systemd keeps them right on every start too (StateDirectory= and friends).
install -d -m 0700 -o "$KIOSK_USER" -g "$KIOSK_USER" "$DATA_DIR"
install -d -m 0750 -o "$KIOSK_USER" -g "$KIOSK_USER" "$LOG_DIR"
install -d -m 0700 -o "$KIOSK_USER" -g "$KIOSK_USER" "$CACHE_DIR"
install -d -m 2770 -o root -g "$KIOSK_USER" "$CONFIG_DIR"

# The program: copied beside the old one, then swapped in, so a failed copy never leaves half a kiosk.
say "installing the program in $PREFIX"
rm -rf "$PREFIX.new" "$PREFIX.old"
cp -a "$bundle" "$PREFIX.new"
chown -R root:root "$PREFIX.new"
chmod -R u=rwX,go=rX "$PREFIX.new"
if [[ -d $PREFIX ]]; then mv "$PREFIX" "$PREFIX.old"; fi
mv "$PREFIX.new" "$PREFIX"
rm -rf "$PREFIX.old"

install -m 0644 "$HERE/recovery-hub-kiosk.pam" "$PAM_FILE"
install -m 0644 "$HERE/recovery-hub-kiosk.service" "$UNIT"
install -m 0755 "$HERE/recovery-hub-kiosk" "$ADMIN_COMMAND"

say "checking the program runs as $KIOSK_USER: $("$ADMIN_COMMAND" --version)"

if [[ ! -d /run/systemd/system ]]; then
    say "systemd is not running here: the service was installed but not enabled or started."
    exit 0
fi
systemctl daemon-reload
if systemctl is-enabled --quiet display-manager.service 2>/dev/null; then
    say "warning: a desktop login screen (display-manager.service) is enabled; it will compete with"
    say "the kiosk for the screen. Turn it off with: systemctl disable display-manager.service"
fi
systemctl enable "$NAME.service"
if [[ $start == yes ]]; then
    systemctl restart "$NAME.service"
    say "started. Status: systemctl status $NAME; logs: journalctl -u $NAME and $LOG_DIR"
else
    say "enabled; it starts at the next boot (or: systemctl start $NAME)"
fi
say "settings: $CONFIG_DIR/settings.toml (see the README); admin command: sudo $NAME --help"
say "optional: read-aloud needs a speech engine (apt-get install speech-dispatcher) and printing"
say "needs CUPS with the printer set up (apt-get install cups)."
