#!/bin/sh
# Installs the Debian packages Oak needs, if any is missing. Root runs apt-get directly,
# anyone else through sudo. Does nothing (and needs no network) when all are present.
set -e
PKGS="gcc make libgccjit-12-dev libgc-dev libcunit1-dev binutils libc6-dev"
missing=""
for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "oak: installing missing Debian packages:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends $missing || {
    $SUDO apt-get update && $SUDO apt-get install -y --no-install-recommends $missing
}
