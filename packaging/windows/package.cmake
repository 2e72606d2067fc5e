# The Windows installer from CPack (`cpack -G WIX`, WiX v3 on Windows). CPack installs what the
# install rules below name; stethoscope-setup.wxs, the fragment that stethoscope.wxs (wixl,
# build-msi.sh) uses as well, adds IT's msiexec properties and the policy values they write, the
# HKLM Run entry and the Start-menu shortcut with its AppUserModelID.
install(TARGETS stethoscope stethoscope_console RUNTIME DESTINATION bin)
# Qt's libraries and plugins next to the program (windeployqt).
qt_generate_deploy_app_script(TARGET stethoscope FILENAME_VARIABLE deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${deploy_script}")

list(APPEND CPACK_GENERATOR WIX)
# CPack's WIX generator takes a licence only as .rtf or .txt.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
# The same UpgradeCode as stethoscope.wxs: both kinds of MSI upgrade each other.
set(CPACK_WIX_UPGRADE_GUID "8C8A617F-33E6-4195-903A-30D21CE4B343")
set(CPACK_WIX_ARCHITECTURE x64)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Stethoscope")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/stethoscope.ico")
# Our product template: per-machine, Windows Installer 5.0 (the shortcut's property store), no
# wizard (IT installs it with msiexec /qn).
set(CPACK_WIX_TEMPLATE "${CMAKE_CURRENT_LIST_DIR}/cpack-product.wxs.in")
set(CPACK_WIX_EXTRA_SOURCES "${CMAKE_CURRENT_LIST_DIR}/stethoscope-setup.wxs")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack-patch.xml")
set(CPACK_WIX_CANDLE_EXTRA_FLAGS "-dInstallDir=INSTALL_ROOT" "-dProgram=bin\\stethoscope.exe")
