#!/usr/bin/env bash
# Remove the Recovery Hub Kiosk kiosk session; the hub's data, logs and settings stay unless --purge is given.
#
# Usage (as root):  ./uninstall.sh [--purge]
#
# Without --purge it stops and removes the service, its PAM file, the admin command and the
# program in /opt, and keeps the data (/var/lib/recovery-hub-kiosk, with its backups), the logs,
# the settings and the user, so installing again carries on where it was.
# With --purge it also deletes those and the user: the database of visits and bookings is gone
# for good, so take a copy first (sudo recovery-hub-kiosk db backup) if anyone may need it.
set -euo pipefail

NAME=recovery-hub-kiosk
KIOSK_USER=$NAME
purge=no

say() { printf '%s\n' "uninstall: $*"; }
die() { printf '%s\n' "uninstall: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
    case $1 in
        --purge) purge=yes ;;
        -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
    shift
done
[[ $(id -u) -eq 0 ]] || die "run as root (sudo $0)"

if [[ -d /run/systemd/system ]]; then
    systemctl disable --now "$NAME.service" 2>/dev/null || true
fi
rm -f "/etc/systemd/system/$NAME.service" "/etc/pam.d/$NAME" "/usr/local/bin/$NAME"
if [[ -d /run/systemd/system ]]; then
    systemctl daemon-reload
    systemctl reset-failed "$NAME.service" 2>/dev/null || true
fi
rm -rf "/opt/$NAME" "/opt/$NAME.new" "/opt/$NAME.old"
say "removed the service and the program"

if [[ $purge == yes ]]; then
    rm -rf "/var/lib/$NAME" "/var/log/$NAME" "/var/cache/$NAME" "/etc/$NAME"
    if id -u "$KIOSK_USER" >/dev/null 2>&1; then
        userdel "$KIOSK_USER" 2>/dev/null || say "could not remove the user $KIOSK_USER (still logged in?)"
    fi
    say "deleted the data, logs, settings and the user $KIOSK_USER"
else
    say "kept the data in /var/lib/$NAME, the logs in /var/log/$NAME, the settings in /etc/$NAME"
    say "and the user $KIOSK_USER (remove them with: $0 --purge)"
fi
