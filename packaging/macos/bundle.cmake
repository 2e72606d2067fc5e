# The macOS app bundle. The top-level CMakeLists.txt includes this after add_subdirectory(app):
#
#     include(packaging/macos/bundle.cmake)
#
# On Apple platforms it turns the stethoscope executable into an app bundle (CMakeLists.txt
# next to this file); elsewhere it does nothing.
include_guard(GLOBAL)

if(APPLE)
    add_subdirectory("${CMAKE_CURRENT_LIST_DIR}" "${CMAKE_BINARY_DIR}/packaging/macos")
endif()
