// Parses the embedded @context once; it is read-only afterwards and shared by all threads.
#include "jsonld/jsonld_context.h"

#include "embedded_context.h"

namespace archtei {

const nlohmann::ordered_json& jsonld_context() {
  static const nlohmann::ordered_json context =
      nlohmann::ordered_json::parse(kEmbeddedContext).at("@context");
  return context;
}

}  // namespace archtei
