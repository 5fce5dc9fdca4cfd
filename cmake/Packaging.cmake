# A Debian package of what `cmake --install` puts in place: the three
# programs, the desktop entry, the icons and the AppStream metainfo.
# `cpack -G DEB` (from the build folder) writes contactdesk_<version>_<arch>.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME contactdesk)
set(CPACK_PACKAGE_VENDOR "The ContactDesk developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "ContactDesk manages a team's Heymarket contacts (names, phone numbers, emails,\n"
    "custom fields, tags, owner, messaging status, channels), imports CSV files with\n"
    "a check of every row, and composes SMS/MMS and email. It includes a local\n"
    "Heymarket-compatible sandbox server and a command line, contactdesk-cli.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The ContactDesk developers <contactdesk@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the programs link come from dpkg-shlibdeps; what Qt loads
# at run time as plugins has to be named: SQLite for the local store, the
# SVG icon engine, and the platform plugins (in libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libqt6gui6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
include(CPack)
