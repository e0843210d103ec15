// Schema customization: a RelaxNG customization (an <include> of a base grammar with
// overriding defines, plus extra defines and Schematron patterns) to one standalone grammar.
#pragma once

#include <string>
#include <string_view>

namespace archtei {

/// Resolves `customization` (RelaxNG XML whose grammar holds `<include href=...>` of
/// `base`) into a standalone grammar: the base's defines with the overrides put in their
/// place, the customization's other defines and Schematron patterns appended, and the
/// base's documentation annotations dropped. Throws Error(ErrorKind::Schema).
std::string flatten_customization(std::string_view customization, const std::string& customization_name,
                                  std::string_view base, const std::string& base_name);

}  // namespace archtei
