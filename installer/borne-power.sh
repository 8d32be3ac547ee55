#!/bin/sh
# Borne d'accueil: set the RTC to wake the PC at the given time (HH:MM,
# today if still ahead, else tomorrow), then power off.
# Installed as /opt/borne/libexec/borne-power; run by borne-poweroff.service.
set -eu
wake_at="${1:?usage: borne-power HH:MM}"
now=$(date +%s)
wake=$(date -d "today $wake_at" +%s)
if [ "$wake" -le $((now + 300)) ]; then
  wake=$(date -d "tomorrow $wake_at" +%s)
fi
echo "borne-power: réveil programmé le $(date -d "@$wake" '+%Y-%m-%d %H:%M')"
rtcwake -m no -t "$wake"
exec systemctl poweroff
