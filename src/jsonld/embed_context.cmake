# Writes a C++ header holding schemas/archtei-context.jsonld as a string, so every JSON-LD
# file archtei writes can embed its @context and work offline. Run at build time with
# -DOUT=<header> -DCONTEXT=<file>.
file(READ "${CONTEXT}" content)
set(body "// Generated from schemas/archtei-context.jsonld by embed_context.cmake; do not edit.\n#pragma once\n#include <string_view>\nnamespace archtei {\ninline constexpr std::string_view kEmbeddedContext = R\"archtei_json(${content})archtei_json\";\n}  // namespace archtei\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
