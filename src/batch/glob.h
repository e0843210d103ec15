// Matches --include/--exclude globs against '/'-separated relative paths.
#pragma once

#include <string_view>

namespace archtei::batch {

/// Whole-string glob match. `*` is any run of characters except '/', `?` one character
/// except '/', `[abc]`, `[a-z]` and `[!a-z]` a character class, `**` as a whole path segment
/// any number of folders (none included: "a/**/b" matches "a/b"), `\x` a literal x.
bool glob_match(std::string_view pattern, std::string_view path);

/// How --include/--exclude apply a pattern to a relative path: a pattern without '/' is
/// matched against the last segment (the file or folder name) as `find -name` does; a
/// pattern with '/' against the whole relative path.
bool path_matches(std::string_view pattern, std::string_view relative);

}  // namespace archtei::batch
