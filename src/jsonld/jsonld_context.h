// The @context archtei's JSON-LD uses (schemas/archtei-context.jsonld, embedded at build time).
#pragma once

#include <nlohmann/json.hpp>

namespace archtei {

/// The value of "@context" that every archtei JSON-LD file embeds.
const nlohmann::ordered_json& jsonld_context();

/// The IRI of archtei's own vocabulary: layer 2, identifier types, versions.
inline constexpr const char* kArchteiVocabulary = "https://w3id.org/archtei/ns#";

}  // namespace archtei
