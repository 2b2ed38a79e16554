#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages blocwatch's tests and services need.
#
#   bash scripts/install-system-deps.sh
#
# Idempotent: a package that is already installed is skipped, and apt-get runs only when
# something is missing. Runs apt-get directly as root, through sudo otherwise.
set -euo pipefail

# chromium + chromium-driver: the headless browser the web tests drive (tests/web/, Playwright
# with executable_path=/usr/bin/chromium; `playwright install` is never used).
# postgresql: the server the PostgreSQL storage, concurrency and batch tests run against
# (scripts/pg-test-server.sh starts a throwaway cluster with its initdb; no system service used).
PACKAGES=(
    chromium
    chromium-driver
    postgresql
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-system-deps: not root and no sudo; install these yourself: ${PACKAGES[*]}" >&2
        exit 1
    fi
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        echo "install-system-deps: $pkg already installed"
    else
        missing+=("$pkg")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-system-deps: nothing to do"
    exit 0
fi

echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
