# Run by stethoscope_enforce_layer() at build time: fails when any of FILES includes a header
# matched by FORBIDDEN.
string(REPLACE "|" ";" files "${FILES}")
set(violations "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(line MATCHES "${FORBIDDEN}")
            string(APPEND violations "\n  ${file}: ${line}")
        endif()
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "Layer violation: ${TARGET} includes headers of a layer above it:"
                        "${violations}")
endif()
file(TOUCH "${STAMP}")
