// The languages a body is written in and each one's share of its text, from the body tree's
// parts, blocks and foreign phrases.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "body.h"

namespace archtei {

/// One language of a body: its BCP 47 tag (without a script subtag: "ru" for "ru-Latn")
/// and its share of the body's letters and digits, in percent.
struct LanguageShare {
  std::string tag;
  int percent = 0;

  bool operator==(const LanguageShare&) const = default;
};

/// The languages of `body` in order of first appearance, with their shares rounded to whole
/// percents that add up to 100. Text outside any Part counts as `default_tag`. A language
/// the body holds at all has a share of at least 1.
std::vector<LanguageShare> language_shares(const std::vector<Block>& body, const std::string& default_tag);

/// The language of the translation part of `body`, else of its first part; `default_tag`
/// when it has no parts.
std::string main_language(const std::vector<Block>& body, const std::string& default_tag);

}  // namespace archtei
