# `cmake --install` (and `make install`, PREFIX and DESTDIR honoured): the
# binary, the man pages and completion scripts written at build time, the
# schemas for editors and the documentation, in the GNU folders.
include(GNUInstallDirs)
install(TARGETS plan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PLAN_GENERATED_FILES}/man1/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 FILES_MATCHING PATTERN "*.1")
install(FILES ${PLAN_GENERATED_FILES}/completions/plan DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PLAN_GENERATED_FILES}/completions/_plan DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PLAN_GENERATED_FILES}/completions/plan.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/plan/schemas FILES_MATCHING PATTERN "*.json")
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md")

# `make package`: a Debian package. Depends comes from dpkg-shlibdeps (the
# shared libraries the binary links); the programs plan runs when present
# are Recommends.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The plan authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "children's services improvement plan kept as YAML in git, checked and reported on")
set(CPACK_PACKAGE_DESCRIPTION
    "plan keeps a council's children's services improvement plan (themes, actions tied to the inspectors'\n"
    "recommendations, leads, timescales, progress and KPIs) as YAML files in a git repository. It validates\n"
    "them, shows where the plan stands and what is overdue, lists what changed since a meeting, and writes\n"
    "the committee paper in Markdown or accessible HTML.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The plan authors <plan@plan.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "git, pandoc, librsvg2-bin, weasyprint | chromium")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://plan.example/")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
include(CPack)
