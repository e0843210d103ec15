// archtei's Schematron verdicts and messages against the reference (jing with Saxon) on
// tei_all.isosch, for the third-party corpus, the golden fixtures and rule-targeted variants.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "support/oracle.h"
#include "validate/input/xml_input.h"
#include "validate/schematron/schematron.h"

namespace fs = std::filesystem;

namespace {

const std::string kShared = ::archtei::testing::shared_dir();
const std::string kIsosch = kShared + "/tei/tei_all.isosch";

// One Schematron-only violation (or a near miss that must pass), as the content of <body>
// or, when it starts with "<teiHeader", of the whole <TEI> element.
struct Variant {
  const char* name;
  const char* body;
};

// Derived from the rules in tei_all.isosch: each targets one assert or report, with a few
// controls that come close to a rule without breaking it.
const Variant kVariants[] = {
    {"when-with-notBefore", R"(<p><date when="1956-10-23" notBefore="1956-10-01">23 Oct</date></p>)"},
    {"when-with-to", R"(<p><date when="1956" to="1957">1956</date></p>)"},
    {"from-with-notBefore", R"(<p><date from="1956" notBefore="1955">from 1956</date></p>)"},
    {"to-with-notAfter", R"(<p><date from="1956" to="1957" notAfter="1958">to 1957</date></p>)"},
    {"control-when-alone", R"(<p><date when="1956-10-23">23 Oct</date> <date from="1950" to="1951"/></p>)"},
    {"subtype-without-type", R"(<div subtype="telegram"><p>Text</p></div>)"},
    {"targetLang-without-target", R"(<p><ref targetLang="ru">see</ref></p>)"},
    {"spanTo-points-backwards", R"(<p><anchor xml:id="a1"/>x <addSpan spanTo="#a1"/> y</p>)"},
    {"spanTo-dangling", R"(<p><delSpan spanTo="#nowhere"/>gone</p>)"},
    {"control-spanTo-forwards", R"(<p><damageSpan spanTo="#d1"/>torn <anchor xml:id="d1"/></p>)"},
    {"schemeVersion-free-scheme", R"(<p><seg rendition="#r" style="x" scheme="free" schemeVersion="1.0">a</seg></p>)"},
    {"calendar-on-empty-date", R"(<p><date calendar="#julian" when="1700-01-01"/></p>)"},
    {"p-inside-p", R"(<p>outer <p>inner</p></p>)"},
    {"control-p-in-note-in-p", R"(<p>outer <note><p>inner</p></note></p>)"},
    {"generatedBy-outside-post", R"(<p><seg generatedBy="human">x</seg></p>)"},
    {"deprecationInfo-without-validUntil", R"(<p><desc type="deprecationInfo">old</desc></p>)"},
    // Rules on attribute contexts (tei:rt/@from) never fire in the reference; see
    // SchematronOptions::match_non_elements.
    {"control-rt-target-and-from", R"(<p><ruby><rb>x</rb><rt target="#a" from="#b" to="#c">y</rt></ruby></p>)"},
    {"control-rt-from-without-to", R"(<p><ruby><rb>x</rb><rt from="#b">y</rt></ruby></p>)"},
    {"ptr-target-and-cRef", R"(<p><ptr target="#x" cRef="1.2"/></p>)"},
    {"ref-target-and-cRef", R"(<p><ref target="#x" cRef="1.2">x</ref></p>)"},
    {"gloss-list-without-label", R"(<list type="gloss"><item>a</item></list>)"},
    {"relatedItem-target-and-content", R"(<p><bibl><relatedItem target="#b2"><bibl>other</bibl></relatedItem></bibl></p>)"},
    {"relatedItem-empty", R"(<p><bibl><relatedItem type="original"/></bibl></p>)"},
    {"l-inside-l", R"(<lg><l>one <l>two</l></l></lg>)"},
    {"lg-without-lines", R"(<lg><head>Empty</head></lg>)"},
    {"control-l-in-note-in-l", R"(<lg><l>one <note><l>two</l></note></l></lg>)"},
    {"quotation-without-marks", R"(<p><quotation/></p>)"},
    {"citeStructure-outer-relative", R"(<p><citeStructure match="tei:div" use="@n"/></p>)"},
    {"citeStructure-inner-absolute", R"(<p><citeStructure match="//tei:div" use="@n"><citeStructure match="/tei:p" use="@n"/></citeStructure></p>)"},
    {"div-inside-p", R"(<p>text <div><p>x</p></div></p>)"},
    {"div-inside-l", R"(<lg><l>x <div><p>y</p></div></l></lg>)"},
    {"shift-without-new", R"(<p><shift feature="loud"/>text</p>)"},
    {"s-inside-s", R"(<p><s>one <s>two</s></s></p>)"},
    {"span-from-and-target", R"(<p><span from="#a" target="#b">n</span></p>)"},
    {"span-to-without-from", R"(<p><span to="#b">n</span></p>)"},
    {"span-two-values", R"(<p><span from="#a #b" to="#c">n</span></p>)"},
    {"msDesc-two-physDesc", R"(<p><msDesc><msIdentifier><repository>R</repository></msIdentifier><physDesc><p>a</p></physDesc><physDesc><p>b</p></physDesc></msDesc></p>)"},
    {"catchwords-outside-msDesc", R"(<p><catchwords>word</catchwords><secFol>f</secFol><signatures>s</signatures></p>)"},
    {"dimensions-two-widths", R"(<p><dimensions><height>1</height><width>2</width><width>3</width><depth>1</depth><depth>2</depth></dimensions></p>)"},
    {"msIdentifier-empty", R"(<p><msDesc><msIdentifier> </msIdentifier></msDesc></p>)"},
    // The rule's `self::idno` has no prefix, so it names no TEI element and never fires.
    {"control-msIdentifier-idno-first", R"(<p><msDesc><msIdentifier><idno>F. 1</idno></msIdentifier></msDesc></p>)"},
    {"facsimile-zone-with-text", R"(<p><facsimile><surface><zone>transcribed</zone></surface></facsimile></p>)"},
    {"path-closed", R"(<p><facsimile><surface><path points="1,2 3,4 1,2"/><path points="1,2 3,4 5,6"/></surface></facsimile></p>)"},
    {"addSpan-without-spanTo", R"(<p><addSpan/>added</p>)"},
    {"subst-without-del", R"(<p><subst><add>new</add></subst></p>)"},
    {"rdgGrp-two-lem", R"(<p><app><rdgGrp><lem>a</lem><lem>b</lem></rdgGrp></app></p>)"},
    {"variantEncoding-external-parallel", R"(<p><variantEncoding method="parallel-segmentation" location="external"/></p>)"},
    {"relation-no-name", R"(<p><relation active="#a" passive="#b"/></p>)"},
    {"relation-active-and-mutual", R"(<p><relation name="friend" active="#a" mutual="#b #c"/><relation name="x" passive="#b"/></p>)"},
    {"link-single-target", R"(<p><link target="#a"/><join target="#a"/></p>)"},
    {"minOccurs-above-maxOccurs", R"(<p><datatype minOccurs="3" maxOccurs="2"/><datatype minOccurs="2" maxOccurs="unbounded"/></p>)"},
    {"minOccurs-without-maxOccurs", R"(<p><datatype minOccurs="2"/></p>)"},
    {"validUntil-past", R"(<p><elementSpec ident="old" mode="change" validUntil="2001-01-01"><desc>x</desc></elementSpec></p>)"},
    {"control-validUntil-future", R"(<p><elementSpec ident="old" mode="change" validUntil="2199-01-01"><desc type="deprecationInfo">going</desc></elementSpec></p>)"},
    {"schemaSpec-elementRef-occurs", R"(<p><schemaSpec ident="s" start="TEI"><elementRef key="p" minOccurs="1"/><moduleRef key="core" except="x" include="y"/></schemaSpec></p>)"},
    {"content-elementRef-source", R"(<p><elementSpec ident="e" mode="add"><content><elementRef key="p" source="tei:4.0.0"/></content></elementSpec></p>)"},
    {"moduleRef-children-and-key", R"(<p><schemaSpec ident="s"><moduleRef key="core"><content><empty/></content></moduleRef></schemaSpec></p>)"},
    {"moduleRef-same-prefix", R"(<p><schemaSpec ident="s"><moduleRef key="core" prefix="a_"/><moduleRef key="tei" prefix="a_"/></schemaSpec></p>)"},
    {"elementSpec-delete-with-children", R"(<p><elementSpec ident="p" mode="delete"><desc>d</desc></elementSpec><elementSpec ident="q" mode="change"/></p>)"},
    {"elementSpec-valList", R"(<p><elementSpec ident="p" mode="change"><valList type="closed"><valItem ident="a"/></valList></elementSpec></p>)"},
    {"dataSpec-content-elementRef", R"(<p><dataSpec ident="d"><content><elementRef key="p"/></content></dataSpec></p>)"},
    {"remarks-without-ident", R"(<p><remarks><p>r</p></remarks></p>)"},
    {"listRef-nested-and-spaced", R"(<p><elementSpec ident="e" mode="change"><listRef><listRef/><ptr target="#a #b"/></listRef></elementSpec></p>)"},
    {"model-duplicate-outputs", R"(<p><modelGrp><model behaviour="inline" output="web"/><model behaviour="block" output=" web "/><model predicate="@a" behaviour="x"/><model predicate="@a" behaviour="y"/></modelGrp></p>)"},
    {"modelSequence-child-output", R"(<p><modelSequence><model behaviour="inline" output="web"/></modelSequence></p>)"},
    {"sequence-one-child", R"(<p><content><sequence><empty/></sequence><alternate><empty/></alternate><interleave><empty/></interleave></content></p>)"},
    {"constraintDecl-duplicate-scheme", R"(<p><constraintDecl scheme="schematron" queryBinding="xslt2"/><constraintDecl scheme="schematron"/></p>)"},
    {"constraintSpec-modes", R"(<p><constraintSpec ident="a" mode="delete" scheme="schematron"><desc>x</desc></constraintSpec><constraintSpec ident="b" mode="change"/><constraintSpec ident="c" mode="add" scheme="schematron"><desc>x</desc></constraintSpec></p>)"},
    {"constraintSpec-schematron-1", R"(<p><constraintSpec ident="d" scheme="schematron"><constraint><sch1x:rule xmlns:sch1x="http://www.ascc.net/xml/schematron" context="x"/></constraint></constraintSpec></p>)"},
    {"constraintSpec-iso-wrong-scheme", R"(<p><constraintSpec ident="e" scheme="isoschematron"><constraint><sch:rule context="x"><sch:assert test="y">m</sch:assert></sch:rule></constraint></constraintSpec></p>)"},
    // (Saxon 9.9 stops with an internal error when both a context-less and a contextual
    // assertion occur in one constraintSpec, so each variant has only one kind.)
    {"constraintSpec-assert-without-rule", R"(<p><constraintSpec ident="f" scheme="schematron"><constraint><sch:assert test="y">m</sch:assert></constraint></constraintSpec></p>)"},
    {"constraintSpec-rule-without-context", R"(<p><constraintSpec ident="f2" scheme="schematron"><constraint><sch:rule><sch:report test="y">m</sch:report></sch:rule></constraint></constraintSpec></p>)"},
    {"control-constraintSpec-with-context", R"(<p><constraintSpec ident="g" scheme="schematron"><constraint><sch:rule context="z"><sch:assert test="y">m</sch:assert></sch:rule></constraint></constraintSpec></p>)"},
    {"constraintSpec-duplicate-ident", R"(<p><constraintSpec ident="h" scheme="schematron"><constraint/></constraintSpec><constraintSpec ident=" h" scheme="schematron"><constraint/></constraintSpec><constraintSpec ident="i" mode="replace"><constraint/></constraintSpec></p>)"},
    {"attList-duplicate-attributes", R"(<p><elementSpec ident="e" mode="change"><attList><attDef ident="a" mode="add"><datatype><dataRef key="teidata.word"/></datatype></attDef><attList org="choice"><attDef ident="a" mode="change"/><attDef ident="b" ns="http://x" mode="change"/><attDef ident="b" ns="http://x" mode="change"/></attList></attList></elementSpec></p>)"},
    {"control-attList-choice-duplicates", R"(<p><elementSpec ident="e" mode="change"><attList org="choice"><attDef ident="a" mode="change"/><attDef ident="a" mode="change"/></attList></elementSpec></p>)"},
    {"attDef-without-datatype", R"(<p><elementSpec ident="e" mode="change"><attList><attDef ident="a" mode="add" usage="req"><defaultVal>x</defaultVal><datatype><dataRef key="teidata.word"/></datatype></attDef></attList></elementSpec></p>)"},
    {"attDef-default-not-in-closed-list", R"(<p><elementSpec ident="e" mode="change"><attList><attDef ident="a" mode="add"><datatype maxOccurs="unbounded"><dataRef key="teidata.word"/></datatype><defaultVal>x y</defaultVal><valList type="closed"><valItem ident="z"/></valList></attDef><attDef ident="b" mode="add"><datatype maxOccurs="1"><dataRef key="teidata.word"/></datatype><defaultVal>q</defaultVal><valList type="closed"><valItem ident="z"/></valList></attDef></attList></elementSpec></p>)"},
    {"dataRef-facet-without-name", R"(<p><dataRef key="teidata.word" restriction="[a-z]+"><dataFacet name="length" value="2"/></dataRef></p>)"},
    {"content-foreign-descendant", R"(<p><content><foo xmlns="http://example.org/x"/></content><datatype><rng:data xmlns:rng="http://relaxng.org/ns/structure/1.0" type="x"/><bar xmlns="urn:x"/></datatype></p>)"},
    {"elementRef-two-sources", R"(<p><schemaSpec ident="s"><elementRef key="p" source="a b"/></schemaSpec></p>)"},
    {"elementSpec-unknown-module", R"(<p><schemaSpec ident="s"><moduleRef key="core"/><elementSpec ident="x" module="nosuch" mode="add"><desc>x</desc></elementSpec></schemaSpec></p>)"},
    {"lg-inside-l", R"(<lg><l>one <lg><l>two</l></lg></l></lg>)"},
    {"span-to-and-target", R"(<p><span from="#a" to="#b" target="#c">n</span></p>)"},
    {"damageSpan-and-delSpan-without-spanTo", R"(<p><damageSpan/>torn <delSpan/>gone</p>)"},
    {"ab-inside-l", R"(<lg><l>x <ab>y</ab></l><l>z <figure><ab>ok</ab></figure></l></lg>)"},
    {"attDef-without-datatype-or-closed-list", R"(<p><elementSpec ident="e" mode="change"><attList><attDef ident="a" mode="add"><valList type="open"><valItem ident="z"/></valList></attDef><attDef ident="b" mode="delete"/></attList></elementSpec></p>)"},
    {"control-msIdentifier-in-msPart", R"(<p><msDesc><msIdentifier><repository>R</repository></msIdentifier><msPart><msIdentifier><idno>1</idno></msIdentifier></msPart></msDesc></p>)"},
    {"control-constraintDecl-in-egXML", R"(<p><constraintDecl scheme="schematron"/><egXML xmlns="http://www.tei-c.org/ns/Examples"><constraintDecl xmlns="http://www.tei-c.org/ns/1.0" scheme="schematron"/></egXML></p>)"},
    {"model-same-predicate-different-output", R"(<p><modelGrp><model predicate="@a" behaviour="x" output="web"/><model predicate="@a" behaviour="y" output="print"/><model predicate=" @a" behaviour="z" output="web"/></modelGrp></p>)"},
    {"prefixed-tei-elements", R"(<p><t:date xmlns:t="http://www.tei-c.org/ns/1.0" when="1956" notAfter="1957">x</t:date><t:seg xmlns:t="http://www.tei-c.org/ns/1.0" subtype="a">y</t:seg></p>)"},
};

const char* const kHeader =
    R"(<teiHeader><fileDesc><titleStmt><title>Variant</title></titleStmt>)"
    R"(<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Written for the test.</p></sourceDesc>)"
    R"(</fileDesc></teiHeader>)";

std::string variant_document(const Variant& v) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") + "\n" +
         R"(<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:sch="http://purl.oclc.org/dsdl/schematron">)" +
         kHeader + "\n<text><body>\n" + v.body + "\n</body></text></TEI>\n";
}

// Files of the third-party corpus per its manifest, skipping what it marks as not a document.
std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  std::ifstream manifest(kShared + "/tei-corpus/MANIFEST.tsv");
  std::string line;
  std::getline(manifest, line);  // header
  while (std::getline(manifest, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() < 9 || cols[8] == "n/a") continue;
    out.push_back(kShared + "/tei-corpus/" + cols[0]);
  }
  return out;
}

std::vector<std::string> fixture_files() {
  std::vector<std::string> out;
  const fs::path dir = ARCHTEI_FIXTURES_DIR;
  for (const auto& e : fs::directory_iterator(dir)) {
    fs::path f = e.path() / "expected.tei.xml";
    if (fs::exists(f)) out.push_back(f.string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Messages = std::multiset<std::string>;

// Runs jing once over all files, a marker document before each, so that its output (which
// names no file) can be split back per file.
std::vector<Messages> jing_messages(const std::vector<std::string>& files, const fs::path& work) {
  const std::string marker_text =
      "The element indicated by @spanTo (#archtei-jing-file-marker) must follow the current "
      "<addSpan> element.";
  const fs::path marker = work / "marker.xml";
  std::ofstream(marker) << R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><addSpan spanTo="#archtei-jing-file-marker"/></TEI>)";
  std::vector<std::string> arguments;
  for (const auto& f : files) {
    arguments.push_back(marker.string());
    arguments.push_back(f);
  }
  std::vector<Messages> out;
  const archtei::testing::ToolRun run = archtei::testing::run_tool(archtei::testing::jing_command(kIsosch, arguments));
  // Every marker is invalid, so jing that ran ends with status 1.
  EXPECT_EQ(run.status, 1) << archtei::testing::describe(run);
  const std::string& text = run.out;
  // Entries: "error: assertion failed:" or "error: report:", then the message indented.
  std::istringstream in(text);
  std::string line, current;
  bool in_entry = false;
  auto flush = [&]() {
    if (!in_entry) return;
    std::string m = archtei::testing::normalize_space(current);
    if (m == marker_text) out.emplace_back();
    else if (!out.empty()) out.back().insert(m);
    current.clear();
    in_entry = false;
  };
  while (std::getline(in, line)) {
    std::string lower = line;
    std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
    if (lower.rfind("error: ", 0) == 0) {
      flush();
      in_entry = true;
    } else if (in_entry) {
      current += " " + line;
    }
  }
  flush();
  return out;
}

TEST(SchematronReference, SameVerdictsAndMessagesAsJingOnTeiAll) {
  const fs::path work = fs::temp_directory_path() / ("archtei-schematron-" + std::to_string(::getpid()));
  fs::create_directories(work);

  std::vector<std::string> files = corpus_files();
  ASSERT_GE(files.size(), 50u);
  for (const auto& f : fixture_files()) files.push_back(f);
  std::size_t variants = 0;
  std::map<std::string, bool> meant_valid;  // each variant breaks a rule unless a control
  for (const Variant& v : kVariants) {
    const fs::path f = work / (std::string(v.name) + ".xml");
    std::ofstream(f) << variant_document(v);
    files.push_back(f.string());
    meant_valid[f.string()] = std::string(v.name).rfind("control-", 0) == 0;
    ++variants;
  }
  ASSERT_GE(variants, 30u);

  const auto schema = archtei::SchematronSchema::from_relaxng_embedded(kShared + "/tei/tei_all.rng");
  for (const auto& p : schema.problems()) ADD_FAILURE() << archtei::format_diagnostic(p);

  const std::vector<Messages> reference = jing_messages(files, work);
  ASSERT_EQ(reference.size(), files.size())
      << "jing's output stops after " << (reference.empty() ? "the start" : files[reference.size() - 1]);

  std::size_t same_verdict = 0, same_messages = 0, invalid = 0;
  std::set<std::string> fired;  // rule codes (pattern ids) that reported somewhere
  for (std::size_t i = 0; i < files.size(); ++i) {
    // Debian's jing resolves XInclude; so do we, for the same tree.
    std::vector<archtei::Diagnostic> parse_problems;
    archtei::xml::DocPtr doc = archtei::xml::parse_document(archtei::xml::read_file(files[i]),
                                                            files[i], true, parse_problems);
    ASSERT_NE(doc, nullptr) << files[i];
    Messages ours;
    for (const archtei::Diagnostic& d : schema.check(doc.get(), files[i])) {
      EXPECT_NE(d.code, "schematron-dynamic") << archtei::format_diagnostic(d);
      if (d.severity == archtei::Severity::Error) ours.insert(d.message);
      fired.insert(d.code);
    }
    const bool ours_valid = ours.empty(), jing_valid = reference[i].empty();
    invalid += jing_valid ? 0 : 1;
    same_verdict += ours_valid == jing_valid;
    same_messages += ours == reference[i];
    EXPECT_EQ(ours_valid, jing_valid) << files[i];
    if (meant_valid.count(files[i])) {
      EXPECT_EQ(jing_valid, meant_valid[files[i]]) << "variant misses its rule: " << files[i];
    }
    if (ours != reference[i]) {
      std::string diff;
      for (const auto& m : ours) if (!reference[i].count(m)) diff += "\n  only archtei: " + m;
      for (const auto& m : reference[i]) if (!ours.count(m)) diff += "\n  only jing:    " + m;
      ADD_FAILURE() << files[i] << diff;
    }
  }
  std::cout << "[ schematron ] " << files.size() << " files (" << variants << " variants, "
            << invalid << " invalid per jing): verdict agrees on " << same_verdict
            << ", messages agree on " << same_messages << "; " << fired.size()
            << " distinct rule codes fired\n";
  fs::remove_all(work);
}

}  // namespace
