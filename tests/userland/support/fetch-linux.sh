#!/bin/sh
# Fetches the oracle kernel for tests/userland/real-linux.test.ts: Debian's "cloud" amd64
# kernel (small, serial console, IA32 emulation, so it runs our i386 programs), from the
# Debian archive through apt. Unpacked only, never installed. Idempotent.
#   usage: sh tests/userland/support/fetch-linux.sh
set -eu
dest="$(cd "$(dirname "$0")/.." && pwd)/.linux"
[ -f "$dest/vmlinuz" ] && exit 0
pkg=$(apt-cache search --names-only '^linux-image-[0-9.]+-[0-9]+-cloud-amd64-unsigned$' |
	cut -d' ' -f1 | sort -V | tail -n 1)
if [ -z "$pkg" ]; then
	echo "fetch-linux: no linux-image-*-cloud-amd64-unsigned in the apt lists (run apt-get update)" >&2
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download "$pkg" >/dev/null 2>&1) || {
	echo "fetch-linux: apt-get download $pkg failed" >&2
	exit 1
}
dpkg-deb -x "$work"/*.deb "$work/x"
mkdir -p "$dest"
cp "$work"/x/boot/vmlinuz-* "$dest/vmlinuz"
echo "$pkg" >"$dest/package"
echo "fetch-linux: $pkg -> $dest/vmlinuz"
