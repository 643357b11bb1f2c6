# One INTERFACE target that every ProfRost target links: language level,
# warnings and the string-safety defines live here and nowhere else.
add_library(profrost_options INTERFACE)
target_compile_features(profrost_options INTERFACE cxx_std_20)
target_compile_definitions(profrost_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x050F00)
if(MSVC)
    target_compile_options(profrost_options INTERFACE /W4 /utf-8 /permissive-)
    if(PROFROST_WARNINGS_AS_ERRORS)
        target_compile_options(profrost_options INTERFACE /WX)
    endif()
else()
    target_compile_options(profrost_options INTERFACE -Wall -Wextra -Wpedantic)
    if(PROFROST_WARNINGS_AS_ERRORS)
        target_compile_options(profrost_options INTERFACE -Werror)
    endif()
endif()

# PROFROST_SANITIZE=ON (scripts/test --sanitize): every target, Qt aside,
# is built and linked with AddressSanitizer and UndefinedBehaviorSanitizer.
# Undefined behaviour aborts instead of printing and going on, so that a
# test or a fuzzer that reaches it fails.
if(PROFROST_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "PROFROST_SANITIZE needs gcc or clang")
    endif()
    target_compile_options(profrost_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(profrost_options INTERFACE -fsanitize=address,undefined)
endif()

# profrost_add_test(NAME name SOURCES ... LIBS ...)
# One Catch2 executable per area; every test case becomes a CTest test.
function(profrost_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE profrost_options Catch2::Catch2 ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        PROFROST_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    # CI's builds (PROFROST_QUICK_TEST_BUILD): the test sources, half of all
    # the compiling, without optimisation or debug information; the code
    # under test keeps the build type's flags.
    if(PROFROST_QUICK_TEST_BUILD AND NOT MSVC)
        target_compile_options(${T_NAME} PRIVATE -O0 -g0)
    endif()
    # -w NoTests: an entry whose name matches no test case fails instead of
    # passing with nothing run (a ';' in a name used to make two such entries).
    catch_discover_tests(${T_NAME}
        EXTRA_ARGS -w NoTests
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
    # And a name that cannot be one entry running one case fails the build.
    add_custom_command(TARGET ${T_NAME} POST_BUILD
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                ${CMAKE_COMMAND} -D TEST_EXECUTABLE=$<TARGET_FILE:${T_NAME}>
                -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/CheckTestNames.cmake
        VERBATIM)
    # scripts/test compares CTest's count with each binary's own count.
    set_property(GLOBAL APPEND PROPERTY PROFROST_TEST_BINARIES $<TARGET_FILE:${T_NAME}>)
endfunction()
