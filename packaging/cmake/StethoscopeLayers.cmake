# The layers (app → sources → core) are CMake targets, and a forbidden dependency fails the
# build rather than a review:
#  - at configure time, a layer target may link only the libraries it is allowed;
#  - at build time, no source of the target may include a header of a forbidden Qt module
#    (linking Qt6::Core alone still puts the Qt include root on the path, so a stray
#    #include <QtNetwork/…> would otherwise compile).

set(_stethoscope_layer_script "${CMAKE_CURRENT_LIST_DIR}/StethoscopeCheckIncludes.cmake")

# stethoscope_enforce_layer(<target> ALLOW <link-item>… FORBID_INCLUDES <regex>)
function(stethoscope_enforce_layer target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "FORBID_INCLUDES" "ALLOW")

    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(link IN LISTS links)
        if(NOT link IN_LIST arg_ALLOW AND NOT link MATCHES "^\\$<")
            message(FATAL_ERROR "Layer violation: ${target} may link only ${arg_ALLOW}, "
                                "not ${link}")
        endif()
    endforeach()

    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(files "")
    foreach(source IN LISTS sources)
        if(source MATCHES "\\.(h|cpp)$")
            cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" OUTPUT_VARIABLE path)
            list(APPEND files "${path}")
        endif()
    endforeach()

    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}.layer-checked")
    string(REPLACE ";" "|" files_arg "${files}")
    add_custom_command(
        OUTPUT "${stamp}"
        COMMAND "${CMAKE_COMMAND}" "-DFILES=${files_arg}" "-DFORBIDDEN=${arg_FORBID_INCLUDES}"
                "-DTARGET=${target}" "-DSTAMP=${stamp}" -P "${_stethoscope_layer_script}"
        DEPENDS ${files} "${_stethoscope_layer_script}"
        COMMENT "Checking that ${target} stays inside its layer"
        VERBATIM)
    add_custom_target(${target}_layer_check DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_layer_check)
endfunction()
