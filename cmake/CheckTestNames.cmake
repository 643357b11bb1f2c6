# cmake -D TEST_EXECUTABLE=path -P CheckTestNames.cmake
#
# Run after a Catch2 test binary is linked: fails the build when a test case
# name would not become exactly one CTest entry that runs exactly that case.
# catch_discover_tests passes each name back to the binary as a test spec,
# and Catch reads some characters of a spec as syntax (found by trying each):
#   ;            CMake splits the name into two entries that match nothing
#   \            an escape in the spec: the entry matches nothing
#   ~ first      an exclusion: the entry runs every OTHER test case
#   * first/last a wildcard: the entry may run other test cases too
#   # first      Catch prints the name quoted, so the entry's name differs
#   space first/last   the spec is trimmed: easy to clash with another name
#   names equal ignoring case: a spec matches ignoring case, each entry runs both
#   [ ]          an unmatched bracket in the discovered list: CMake's list
#                keeps the later names as one entry (seen with «(D, D]»)
# ',' is escaped by CatchAddTests, and quotes are fine.
cmake_minimum_required(VERSION 3.21) # IN_LIST, and the policies of the project

if(NOT TEST_EXECUTABLE)
    message(FATAL_ERROR "CheckTestNames.cmake: TEST_EXECUTABLE is not set")
endif()
execute_process(COMMAND "${TEST_EXECUTABLE}" --list-test-names-only
    OUTPUT_VARIABLE output
    RESULT_VARIABLE result)
# Catch returns the number of test cases listed; a negative or text result is a crash.
if(NOT result MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${TEST_EXECUTABLE} --list-test-names-only failed: ${result}")
endif()

set(problems "")
# ';' and brackets are list syntax in CMake: hide them before splitting lines.
string(REPLACE ";" "<semicolon>" output "${output}")
string(REPLACE "[" "<open>" output "${output}")
string(REPLACE "]" "<close>" output "${output}")
string(REPLACE "\n" ";" names "${output}")

set(seen "")
foreach(name IN LISTS names)
    if(name STREQUAL "")
        continue()
    endif()
    set(why "")
    if(name MATCHES "<semicolon>")
        set(why "';' splits it into two CTest entries that match nothing")
    elseif(name MATCHES "\\\\")
        set(why "'\\' is an escape in a Catch test spec")
    elseif(name MATCHES "^~")
        set(why "a leading '~' excludes it: the entry would run every other test case")
    elseif(name MATCHES "^\\*|\\*$")
        set(why "a leading or trailing '*' is a wildcard")
    elseif(name MATCHES "^\"#")
        set(why "a leading '#' makes Catch list the name in quotes")
    elseif(name MATCHES "<open>|<close>")
        set(why "a bracket can join the names after it into one CTest entry")
    elseif(name MATCHES "^[ \t]|[ \t]$")
        set(why "leading or trailing spaces are trimmed from a test spec")
    endif()
    string(TOLOWER "${name}" key)
    if(key IN_LIST seen)
        set(why "another test case has the same name ignoring case, and a spec ignores case")
    endif()
    list(APPEND seen "${key}")
    if(why)
        string(REPLACE "<semicolon>" ";" name "${name}")
        string(REPLACE "<open>" "[" name "${name}")
        string(REPLACE "<close>" "]" name "${name}")
        string(APPEND problems "  ${name}\n      ${why}\n")
    endif()
endforeach()

if(problems)
    get_filename_component(binary "${TEST_EXECUTABLE}" NAME)
    message(FATAL_ERROR "Test case names in ${binary} that CTest cannot run as one entry each:\n"
        "${problems}Rename them (use ',' or ' and ' instead of ';').")
endif()
