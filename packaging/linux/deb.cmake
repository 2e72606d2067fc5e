# The Debian package (cpack -G DEB): stethoscope_<version>_<arch>.deb, installed under /usr
# with its system-wide files under /etc.
list(APPEND CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME "stethoscope")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STETHOSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${STETHOSCOPE_PACKAGE_HOMEPAGE}")
# The first line of the Description field is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"A tray application that tells an employee, at a glance, whether each of their
devices follows the company's security practices, as Jamf Pro, Google Workspace
or LANDESK/Ivanti EPM report them, and exactly what to do when one does not.")
# The library dependencies come from dpkg-shlibdeps. The tray needs a Qt platform plugin
# (xcb, wayland), which libqt6gui6 only recommends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own strings (standard buttons, shortcuts) in the employee's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")

# Every file under /etc is a conffile: an upgrade keeps what IT changed there. (The DEB installs
# with CPack's default prefix /usr, so linux/CMakeLists.txt puts them under /etc.)
if(IS_ABSOLUTE "${CMAKE_INSTALL_SYSCONFDIR}")
    set(deb_sysconfdir "${CMAKE_INSTALL_SYSCONFDIR}")
else()
    set(deb_sysconfdir "/${CMAKE_INSTALL_SYSCONFDIR}")
endif()
file(CONFIGURE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deb/conffiles" CONTENT
"${deb_sysconfdir}/xdg/autostart/stethoscope-autostart.desktop
${deb_sysconfdir}/xdg/Stethoscope/stethoscope.conf.sample
")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${CMAKE_CURRENT_BINARY_DIR}/deb/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
