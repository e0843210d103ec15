# Writes a C++ header holding schemas/archtei.rng as a string, so the schema ships inside
# the binary. Run at build time with -DOUT=<header> -DSCHEMA=<archtei.rng>.
file(READ "${SCHEMA}" content)
set(body "// Generated from schemas/archtei.rng by embed_schema.cmake; do not edit.\n#pragma once\n#include <string_view>\nnamespace archtei {\n/// archtei's TEI customization (RelaxNG XML syntax, Schematron rules embedded).\ninline constexpr char kArchteiSchemaText[] = R\"archtei_rng(${content})archtei_rng\";\ninline constexpr std::string_view kArchteiSchema{kArchteiSchemaText, sizeof kArchteiSchemaText - 1};\n}  // namespace archtei\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
