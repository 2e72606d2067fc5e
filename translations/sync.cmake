# Runs lupdate over the app's sources for every language, one way for both uses:
#   MODE=update  rewrites translations/stethoscope_<language>.ts in place;
#   MODE=check   runs it on copies in WORK_DIR and fails when any file would change, that is
#                when a string was added, changed or removed in the code but not extracted.
# English keeps the plural forms only; the other languages carry every message.
# Inputs: LUPDATE, SOURCES_LIST (one source file per line), TS_DIR, LANGUAGES (comma-separated),
# MODE, WORK_DIR (check only).
cmake_minimum_required(VERSION 3.21)

foreach(input LUPDATE SOURCES_LIST TS_DIR LANGUAGES MODE)
    if(NOT DEFINED ${input})
        message(FATAL_ERROR "sync.cmake: ${input} is not set")
    endif()
endforeach()
string(REPLACE "," ";" languages "${LANGUAGES}")

if(MODE STREQUAL "check")
    file(REMOVE_RECURSE "${WORK_DIR}")
    file(MAKE_DIRECTORY "${WORK_DIR}")
endif()

set(stale)
foreach(language IN LISTS languages)
    set(original "${TS_DIR}/stethoscope_${language}.ts")
    set(options -locations none -no-ui-lines -no-obsolete -target-language ${language})
    if(language STREQUAL "en")
        list(APPEND options -pluralonly)
    endif()
    if(MODE STREQUAL "check")
        if(NOT EXISTS "${original}")
            list(APPEND stale "${language} (no file)")
            continue()
        endif()
        set(target "${WORK_DIR}/stethoscope_${language}.ts")
        file(COPY_FILE "${original}" "${target}")
    else()
        set(target "${original}")
    endif()
    execute_process(COMMAND "${LUPDATE}" -silent @${SOURCES_LIST} ${options} -ts "${target}"
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${language}:\n${output}")
    endif()
    if(MODE STREQUAL "check")
        file(SHA256 "${original}" before)
        file(SHA256 "${target}" after)
        if(NOT before STREQUAL after)
            list(APPEND stale "${language}")
        endif()
    endif()
endforeach()

if(stale)
    list(JOIN stale ", " names)
    message(FATAL_ERROR "These translations lag behind the code: ${names}. Run "
                        "`cmake --build <build dir> --target update_translations`, translate "
                        "the new messages, and commit the .ts files.")
endif()
