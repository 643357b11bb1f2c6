# Installation and packages: DEB here (cpack -G DEB), NSIS or WiX on Windows.
include(GNUInstallDirs)

install(TARGETS profrost-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(PROFROST_GUI)
    install(TARGETS profrost
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)
    if(UNIX AND NOT APPLE)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/ru.profrost.ProfRost.desktop
                DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/ru.profrost.ProfRost.metainfo.xml
                DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/app.svg
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
                RENAME ru.profrost.ProfRost.svg)
    endif()
    if(WIN32)
        # Copies the Qt libraries and plugins the program needs next to it.
        qt_generate_deploy_app_script(TARGET profrost OUTPUT_SCRIPT PROFROST_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
        install(SCRIPT ${PROFROST_DEPLOY_SCRIPT})
    endif()
endif()

set(CPACK_PACKAGE_NAME "profrost")
set(CPACK_PACKAGE_VENDOR "ProfRost")
set(CPACK_PACKAGE_CONTACT "ProfRost team <team@profrost.local>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Teachers' professional growth for municipal methodical centres")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ProfRost")
set(CPACK_PACKAGE_EXECUTABLES "profrost;ProfRost")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-liberation2")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_NSIS_DISPLAY_NAME "ProfRost")
set(CPACK_NSIS_PACKAGE_NAME "ProfRost")
set(CPACK_WIX_UPGRADE_GUID "6E0D9B1A-5C2F-4C55-9C61-2B8E3A7F1D40")
if(WIN32)
    set(CPACK_GENERATOR "NSIS")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
