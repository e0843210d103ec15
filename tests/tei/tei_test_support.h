// Helpers shared by the TEI tests: compact serialisation of fragments, hand-built records,
// and running jing on documents.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/body.h"
#include "model/metadata.h"
#include "model/xml_tree.h"

namespace archtei::testing {

/// `node` serialised on its own, without the XML declaration or a trailing newline.
std::string fragment(const XmlNode& node);

/// The first element called `name` in `node` (depth-first), or nullptr.
const XmlNode* find_element(const XmlNode& node, const std::string& name);

/// A record with every field filled, two archival references and several of every list.
Metadata full_record();

/// Inline helpers for building bodies.
Inline text(std::string s);
Inline node(InlineKind kind, std::vector<Inline> children, std::string type = {}, std::string text = {});
Block para(std::vector<Inline> inlines);
Block block(BlockKind kind, std::vector<Inline> inlines = {}, std::vector<Block> children = {},
            std::string type = {}, std::string label = {}, std::string text = {});

/// Runs jing once with `schema` on several documents, each written to a temporary file
/// named after it; returns jing's report (see jing_report: empty when all are valid, and the
/// test fails when jing did not check them).
std::string jing_errors(const std::string& schema,
                        const std::vector<std::pair<std::string, std::string>>& named_documents);

}  // namespace archtei::testing
