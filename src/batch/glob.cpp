// Glob matching for --include/--exclude over '/'-separated relative paths.
#include "batch/glob.h"

#include <vector>

namespace archtei::batch {

namespace {

// Matches a bracket expression at pattern[pi] ('[' included) against `c`; on return `pi`
// points past the closing ']'. An unterminated '[' is a literal '['.
bool match_class(std::string_view pattern, std::size_t& pi, char c) {
  std::size_t i = pi + 1;
  bool negate = false;
  if (i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^')) {
    negate = true;
    ++i;
  }
  const auto uc = static_cast<unsigned char>(c);
  bool matched = false;
  bool first = true;  // a ']' right after '[' or '[!' is a member, as in POSIX
  while (i < pattern.size() && (first || pattern[i] != ']')) {
    first = false;
    auto lo = static_cast<unsigned char>(pattern[i]);
    auto hi = lo;
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      hi = static_cast<unsigned char>(pattern[i + 2]);
      i += 2;
    }
    if (lo <= uc && uc <= hi) matched = true;
    ++i;
  }
  if (i >= pattern.size()) {
    pi += 1;
    return c == '[';
  }
  pi = i + 1;
  return matched != negate && c != '/';
}

// Whether `pattern` at `pi` starts a "**" segment: "**" bounded by '/' or the ends.
bool at_globstar(std::string_view pattern, std::size_t pi) {
  return pattern.substr(pi, 2) == "**" && (pi == 0 || pattern[pi - 1] == '/') &&
         (pi + 2 == pattern.size() || pattern[pi + 2] == '/');
}

// Backtracking matcher that remembers the (pattern, path) positions already known to fail,
// so patterns with many stars stay polynomial instead of exponential.
class Matcher {
 public:
  Matcher(std::string_view pattern, std::string_view path)
      : pattern_(pattern), path_(path), failed_((pattern.size() + 1) * (path.size() + 1), false) {}

  bool match(std::size_t pi, std::size_t si) {
    std::size_t key = pi * (path_.size() + 1) + si;
    if (failed_[key]) return false;
    bool ok = match_here(pi, si);
    if (!ok) failed_[key] = true;
    return ok;
  }

 private:
  bool match_here(std::size_t pi, std::size_t si) {
    std::string_view pattern = pattern_, path = path_;
    while (pi < pattern.size()) {
      if (at_globstar(pattern, pi)) {
        std::size_t rest = pi + 2;
        if (rest == pattern.size()) return true;  // trailing "**" takes everything left
        ++rest;                                   // past the '/'
        // "**/" matches no folder, or any number of whole folders.
        for (std::size_t s = si;;) {
          if (match(rest, s)) return true;
          std::size_t slash = path.find('/', s);
          if (slash == std::string_view::npos) return false;
          s = slash + 1;
        }
      }
      char p = pattern[pi];
      if (p == '*') {
        while (pi < pattern.size() && pattern[pi] == '*') ++pi;
        for (std::size_t s = si;; ++s) {
          if (match(pi, s)) return true;
          if (s >= path.size() || path[s] == '/') return false;
        }
      }
      if (si >= path.size()) return false;
      if (p == '?') {
        if (path[si] == '/') return false;
        ++pi;
      } else if (p == '[') {
        if (!match_class(pattern, pi, path[si])) return false;
      } else {
        if (p == '\\' && pi + 1 < pattern.size()) p = pattern[++pi];
        if (p != path[si]) return false;
        ++pi;
      }
      ++si;
    }
    return si == path.size();
  }

  std::string_view pattern_;
  std::string_view path_;
  std::vector<bool> failed_;
};

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  return Matcher(pattern, path).match(0, 0);
}

bool path_matches(std::string_view pattern, std::string_view relative) {
  if (pattern.find('/') == std::string_view::npos) {
    std::size_t slash = relative.rfind('/');
    if (slash != std::string_view::npos) relative.remove_prefix(slash + 1);
  }
  return glob_match(pattern, relative);
}

}  // namespace archtei::batch
