# Writes a C++ header holding every src/text/data/*.tsv as a string, so the tables ship
# inside the binary. Run at build time with -DOUT=<header> -DDATA_DIR=<dir>.
file(GLOB tables "${DATA_DIR}/*.tsv")
list(SORT tables)
set(body "// Generated from src/text/data/*.tsv by embed_tables.cmake; do not edit.\n#pragma once\n#include <string_view>\nnamespace archtei {\nstruct EmbeddedTable { std::string_view name; std::string_view text; };\ninline constexpr EmbeddedTable kEmbeddedTables[] = {\n")
foreach(t IN LISTS tables)
  get_filename_component(name "${t}" NAME_WE)
  file(READ "${t}" content)
  string(APPEND body "  {\"${name}\", R\"archtei_tsv(${content})archtei_tsv\"},\n")
endforeach()
string(APPEND body "};\n}  // namespace archtei\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
