# Shared by scripts/run, scripts/test and scripts/bench. Sourced, not run.
# Installs the Debian packages the project needs (only those missing),
# then configures and builds into $BUILD_DIR.

set -euo pipefail

ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${CONTACTDESK_BUILD_DIR:-$ROOT_DIR/build}"
JOBS="${CONTACTDESK_JOBS:-2}"

# Everything the project needs from Debian 12, by package name.
DEB_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-websockets-dev qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev
    libphonenumber-dev libprotobuf-dev libicu-dev
    # desktop integration and packaging: validators, dpkg-shlibdeps, file
    desktop-file-utils appstream dpkg-dev file
    # Qt's own translations (German and Spanish dialogs and buttons)
    qt6-translations-l10n
)

ensure_packages() {
    local missing=()
    local pkg
    for pkg in "${DEB_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "==> Installing missing Debian packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local werror="${CONTACTDESK_WERROR:-OFF}"
    if [ "${CI:-}" = "true" ]; then
        werror=ON
    fi
    echo "==> Configuring in $BUILD_DIR (Release, werror=$werror)"
    cmake -S "$ROOT_DIR" -B "$BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release \
        -DCONTACTDESK_WERROR="$werror" "$@" >/dev/null
    echo "==> Building with -j$JOBS"
    cmake --build "$BUILD_DIR" -j "$JOBS"
}
