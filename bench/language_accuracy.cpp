// Scores identify_language on text whose language is known, none of it used to write the
// tables, and prints Markdown tables: per language, the blocks, correct, wrong and unknown
// answers; then what the wrong ones were. Two sources:
//
//   archtei_language_accuracy [--errors] --tei CORPUS_DIR [--lang FOLDER=TAG]...
//   archtei_language_accuracy [--errors] --gettext LOCALE_DIR --langs de,fr,... [--half dev|test]
//                             [--per-language N]
//
// --tei: the blocks (p, ab, note, seg, desc ...) of the TEI documents CORPUS_DIR/MANIFEST.tsv
// lists (first column: a path under CORPUS_DIR; paths ending in encoding-desc.xml are
// include targets and skipped), each with its nearest xml:lang. --lang FOLDER=TAG gives the
// documents under a folder named FOLDER the language TAG for the blocks inside their
// <text> that no xml:lang covers (their teiHeader may be in another language).
//
// --gettext: the translated messages of the gettext catalogs LOCALE_DIR/<lang>/LC_MESSAGES/
// *.mo for each language of --langs ("sr@latin" read as "sr-Latn"), and their English
// originals as "en"; catalogs of names (iso_*, xkeyboard-config) are left out. --half
// splits the catalogs by package, in alternation over their sorted names, so one half can
// be studied and the other kept for scoring; --per-language caps the messages taken per
// language (default 1500).
//
// A guess is right when its primary subtag is the expected one's (Serbo-Croatian, "hbs",
// is right for Croatian, Bosnian and Serbian) and, when the expected tag names a script
// ("ka-Latn"), the text is in that script.
//
// Only blocks of at least five words are scored. --errors lists every wrong or unknown block.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/diagnostics.h"
#include "model/xml_tree.h"
#include "tei/tei_reader.h"
#include "text/language_id.h"
#include "text/writing_script.h"

namespace {

namespace fs = std::filesystem;
using archtei::XmlNode;
using archtei::XmlNodeKind;

// Elements holding running text. Inside one another (a note in a p), each is its own block.
const std::set<std::string> kBlocks = {"p",       "ab",      "note",     "summary", "seg",
                                       "desc",    "head",    "quote",    "item",    "colophon",
                                       "incipit", "explicit", "rubric", "finalRubric"};
// Blocks shorter than this say too little to score an identifier on.
constexpr std::size_t kMinWords = 5;

struct Block {
  std::string file;
  std::string expected;  // xml:lang as written, without its private-use part
  std::string text;
};

std::string local_name(const std::string& name) {
  auto colon = name.find(':');
  return colon == std::string::npos ? name : name.substr(colon + 1);
}

const std::string* attribute(const XmlNode& node, const std::string& name) {
  for (const auto& a : node.attributes)
    if (a.name == name) return &a.value;
  return nullptr;
}

void gather_text(const XmlNode& node, std::string& out) {
  for (const XmlNode& child : node.children) {
    if (child.kind == XmlNodeKind::Text || child.kind == XmlNodeKind::CData) {
      out += child.value;
    } else if (child.kind == XmlNodeKind::Element && !kBlocks.count(local_name(child.name))) {
      out += ' ';
      gather_text(child, out);
      out += ' ';
    }
  }
}

std::string collapse_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::size_t count_words(const std::string& s) {
  std::size_t n = 0;
  std::istringstream in(s);
  for (std::string w; in >> w;)
    if (!archtei::script_of(w).empty()) ++n;
  return n;
}

void collect(const XmlNode& node, const std::string& file, std::string lang, bool in_text,
             const std::string& folder_lang, std::vector<Block>& out) {
  if (node.kind != XmlNodeKind::Element) return;
  if (const std::string* l = attribute(node, "xml:lang")) lang = *l;
  const std::string name = local_name(node.name);
  in_text = in_text || name == "text";
  if (kBlocks.count(name)) {
    std::string expected = !lang.empty() ? lang : in_text ? folder_lang : "";
    if (auto x = expected.find("-x-"); x != std::string::npos) expected.resize(x);
    std::string text;
    gather_text(node, text);
    text = collapse_spaces(text);
    if (!expected.empty() && count_words(text) >= kMinWords) out.push_back({file, expected, text});
  }
  for (const XmlNode& child : node.children) collect(child, file, lang, in_text, folder_lang, out);
}

std::string primary(const std::string& tag) { return tag.substr(0, tag.find('-')); }

// Whether `guess` names the language of `expected`: the same primary subtag, or the
// macrolanguage Serbo-Croatian (hbs) for Croatian, Bosnian and Serbian.
bool same_language(const std::string& guess, const std::string& expected) {
  const std::string g = primary(guess), e = primary(expected);
  return g == e || (g == "hbs" && (e == "hr" || e == "bs" || e == "sr"));
}

// The script subtag of a tag ("ka-Latn" -> "Latn"), or "".
std::string script_subtag(const std::string& tag) {
  auto dash = tag.find('-');
  if (dash == std::string::npos) return "";
  std::string rest = tag.substr(dash + 1);
  rest = rest.substr(0, rest.find('-'));
  return rest.size() == 4 ? rest : "";
}

struct Row {
  int blocks = 0, correct = 0, wrong = 0, unknown = 0;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void collect_tei(const std::string& corpus, const std::map<std::string, std::string>& folder_langs,
                 std::vector<Block>& blocks) {
  std::ifstream manifest(fs::path(corpus) / "MANIFEST.tsv");
  if (!manifest) throw std::runtime_error(corpus + "/MANIFEST.tsv: error: cannot read the manifest");
  for (std::string line; std::getline(manifest, line);) {
    std::string path = line.substr(0, line.find('\t'));
    if (path.empty() || path == "file" || path[0] == '#' || path.ends_with("encoding-desc.xml")) continue;
    std::string folder_lang;
    for (const auto& part : fs::path(path))
      if (auto it = folder_langs.find(part.string()); it != folder_langs.end()) folder_lang = it->second;
    try {
      archtei::XmlDocument tree = archtei::parse_xml(read_file(fs::path(corpus) / path), path);
      for (const XmlNode& node : tree.children) collect(node, path, "", false, folder_lang, blocks);
    } catch (const archtei::Error& e) {
      std::cerr << path << ": skipped: " << e.what() << "\n";
    }
  }
}

// A gettext catalog's messages: (original, translation) pairs, the header left out.
std::vector<std::pair<std::string, std::string>> read_mo(const std::string& bytes) {
  std::vector<std::pair<std::string, std::string>> out;
  auto word = [&](std::size_t at, bool swap) -> std::uint32_t {
    if (at + 4 > bytes.size()) return 0;
    std::uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const auto b = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(k)]));
      v |= swap ? b << (8 * (3 - k)) : b << (8 * k);
    }
    return v;
  };
  const std::uint32_t magic = word(0, false);
  if (magic != 0x950412de && magic != 0xde120495) return out;
  const bool swap = magic == 0xde120495;
  const std::uint32_t n = word(8, swap), originals = word(12, swap), translations = word(16, swap);
  auto string_at = [&](std::uint32_t table, std::uint32_t i) {
    const std::size_t length = word(table + 8 * i, swap), offset = word(table + 8 * i + 4, swap);
    if (offset + length > bytes.size()) return std::string();
    std::string s = bytes.substr(offset, length);
    return s.substr(0, s.find('\0'));  // the first of plural forms
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string original = string_at(originals, i);
    if (auto context = original.find('\x04'); context != std::string::npos) original.erase(0, context + 1);
    if (!original.empty()) out.emplace_back(original, string_at(translations, i));
  }
  return out;
}

// A message without what software puts in it: format directives (%s, %1$d, {name}),
// markup, mnemonic marks (_File, &File) and escaped line breaks.
std::string message_text(const std::string& message) {
  std::string spaced;
  for (char c : message) spaced += c == '\n' || c == '\t' ? ' ' : c;
  std::istringstream words(spaced);
  std::string out;
  for (std::string w; words >> w;) {
    if (w.find_first_of("%{}<>=\\/") != std::string::npos) continue;
    std::erase_if(w, [](char c) { return c == '_' || c == '&'; });
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

void collect_gettext(const std::string& locale_dir, const std::vector<std::string>& langs, const std::string& half,
                     std::size_t per_language, std::vector<Block>& blocks) {
  std::set<std::string> packages;
  for (const std::string& lang : langs) {
    const fs::path dir = fs::path(locale_dir) / lang / "LC_MESSAGES";
    if (!fs::is_directory(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      const std::string name = e.path().stem().string();
      if (e.path().extension() == ".mo" && !name.starts_with("iso_") && name != "xkeyboard-config") packages.insert(name);
    }
  }
  std::set<std::string> chosen;
  std::size_t index = 0;
  for (const std::string& p : packages) {
    const bool dev = index++ % 2 == 0;
    if (half.empty() || (half == "dev") == dev) chosen.insert(p);
  }
  std::map<std::string, std::size_t> taken;
  std::set<std::string> english_seen;
  for (const std::string& lang : langs) {
    // Locale names to BCP 47: "zh_CN" -> "zh-CN", "sr@latin" -> "sr-Latn".
    std::string tag = lang.substr(0, lang.find('@'));
    std::replace(tag.begin(), tag.end(), '_', '-');
    if (lang.ends_with("@latin")) tag += "-Latn";
    for (const std::string& package : chosen) {
      const fs::path file = fs::path(locale_dir) / lang / "LC_MESSAGES" / (package + ".mo");
      if (!fs::exists(file)) continue;
      for (const auto& [original, translation] : read_mo(read_file(file))) {
        // An untranslated message is English under another language's name.
        if (translation.empty() || translation == original) continue;
        const std::string label = file.string();
        std::string text = message_text(translation);
        if (taken[lang] < per_language && count_words(text) >= kMinWords) {
          ++taken[lang];
          blocks.push_back({label, tag, text});
        }
        std::string english = message_text(original);
        if (taken["en"] < per_language && count_words(english) >= kMinWords && english_seen.insert(english).second) {
          ++taken["en"];
          blocks.push_back({label, "en", english});
        }
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> folder_langs;
  std::vector<std::string> langs;
  std::string tei_dir, locale_dir, half;
  std::size_t per_language = 1500;
  bool list_errors = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--lang" && has_value) {
      std::string spec = argv[++i];
      auto eq = spec.find('=');
      if (eq == std::string::npos) {
        std::cerr << "--lang wants FOLDER=TAG, got " << spec << "\n";
        return 2;
      }
      folder_langs[spec.substr(0, eq)] = spec.substr(eq + 1);
    } else if (arg == "--tei" && has_value) {
      tei_dir = argv[++i];
    } else if (arg == "--gettext" && has_value) {
      locale_dir = argv[++i];
    } else if (arg == "--langs" && has_value) {
      std::istringstream list(argv[++i]);
      for (std::string l; std::getline(list, l, ',');) langs.push_back(l);
    } else if (arg == "--half" && has_value) {
      half = argv[++i];
    } else if (arg == "--per-language" && has_value) {
      per_language = std::stoul(argv[++i]);
    } else if (arg == "--errors") {
      list_errors = true;
    } else {
      std::cerr << "unknown argument: " << arg << "\n";
      return 2;
    }
  }
  if (tei_dir.empty() == locale_dir.empty() || (!locale_dir.empty() && langs.empty()) ||
      (!half.empty() && half != "dev" && half != "test")) {
    std::cerr << "usage: archtei_language_accuracy [--errors] --tei CORPUS_DIR [--lang FOLDER=TAG]...\n"
                 "       archtei_language_accuracy [--errors] --gettext LOCALE_DIR --langs de,fr,... "
                 "[--half dev|test] [--per-language N]\n";
    return 2;
  }

  std::vector<Block> blocks;
  try {
    if (!tei_dir.empty()) collect_tei(tei_dir, folder_langs, blocks);
    else collect_gettext(locale_dir, langs, half, per_language, blocks);
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }

  std::map<std::string, Row> rows;
  std::map<std::pair<std::string, std::string>, int> confusion;
  Row total;
  for (const Block& b : blocks) {
    const archtei::LanguageGuess guess = archtei::identify_language(b.text);
    Row& row = rows[b.expected];
    ++row.blocks;
    ++total.blocks;
    const std::string want_script = script_subtag(b.expected);
    const bool right = !guess.tag.empty() && same_language(guess.tag, b.expected) &&
                       (want_script.empty() || want_script == guess.script);
    if (guess.tag.empty()) {
      ++row.unknown;
      ++total.unknown;
    } else if (right) {
      ++row.correct;
      ++total.correct;
    } else {
      ++row.wrong;
      ++total.wrong;
    }
    if (!right) ++confusion[{b.expected, guess.tag.empty() ? "(none)" : guess.tag}];
    if (!right && list_errors)
      std::cout << b.file << "\t" << b.expected << " -> " << (guess.tag.empty() ? "(none)" : guess.tag) << "\t"
                << b.text.substr(0, 160) << "\n";
  }

  auto percent = [](int part, int whole) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", whole == 0 ? 0.0 : 100.0 * part / whole);
    return std::string(whole == 0 ? "-" : buf);
  };
  std::cout << "\n" << total.blocks << " blocks of at least " << kMinWords << " words with a known language.\n\n";
  std::cout << "| xml:lang | blocks | correct | wrong | unknown | accuracy | correct when answered |\n";
  std::cout << "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  auto print_row = [&](const std::string& name, const Row& r) {
    std::cout << "| " << name << " | " << r.blocks << " | " << r.correct << " | " << r.wrong << " | " << r.unknown
              << " | " << percent(r.correct, r.blocks) << " | " << percent(r.correct, r.correct + r.wrong)
              << " |\n";
  };
  for (const auto& [lang, r] : rows) print_row(lang, r);
  print_row("**all**", total);
  std::cout << "\n| xml:lang | answered | blocks |\n| --- | --- | ---: |\n";
  for (const auto& [pair, n] : confusion) std::cout << "| " << pair.first << " | " << pair.second << " | " << n << " |\n";
  return 0;
}
