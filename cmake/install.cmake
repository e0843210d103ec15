# What `cmake --install` puts where, and the .deb `cpack -G DEB` makes of it: the archtei
# executable (its rule is in src/cli), libarchtei with its headers (include/archtei/), a CMake
# package (find_package(archtei) gives archtei::archtei), a pkg-config file (archtei.pc), the
# schemas, and the Python module (its rule is in python/).
include(CMakePackageConfigHelpers)

install(TARGETS archtei_api EXPORT archteiTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/archtei DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${CMAKE_BINARY_DIR}/generated/archtei/version.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/archtei)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/archtei/schemas)

set(ARCHTEI_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/archtei)
install(EXPORT archteiTargets NAMESPACE archtei:: DESTINATION ${ARCHTEI_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/archteiConfig.cmake.in
  ${CMAKE_BINARY_DIR}/archteiConfig.cmake INSTALL_DESTINATION ${ARCHTEI_CMAKE_DIR})
# Before 1.0 a minor release may change the API.
write_basic_package_version_file(${CMAKE_BINARY_DIR}/archteiConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/archteiConfig.cmake ${CMAKE_BINARY_DIR}/archteiConfigVersion.cmake
        DESTINATION ${ARCHTEI_CMAKE_DIR})

# The pkg-config file finds its prefix from its own place, so it stays right under any
# `cmake --install --prefix`.
file(RELATIVE_PATH ARCHTEI_PC_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/cmake/archtei.pc.in ${CMAKE_BINARY_DIR}/archtei.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/archtei.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# One .deb holding all of the above, installed under /usr. Its Depends come from
# dpkg-shlibdeps over every ELF file it holds (dpkg-dev and `file` must be installed).
set(CPACK_PACKAGE_NAME archtei)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
set(CPACK_PACKAGE_CONTACT "archtei developers <archtei@invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libarchtei.so.0 is in the package itself: its shlibs file lets dpkg-shlibdeps resolve it.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
# The Python module links no libpython (an extension module does not), so shlibdeps cannot
# see that it is for one Python version only; the rest of the package works without Python.
if(TARGET archtei_python)
  math(EXPR ARCHTEI_PYTHON_NEXT "${ARCHTEI_PYTHON_VERSION_MINOR} + 1")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
      "python3 (>= ${ARCHTEI_PYTHON_VERSION}), python3 (<< ${ARCHTEI_PYTHON_VERSION_MAJOR}.${ARCHTEI_PYTHON_NEXT})")
endif()
include(CPack)
