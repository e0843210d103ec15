// Canonical XML and the first-difference report that `archtei roundtrip` prints for TEI.
#include <gtest/gtest.h>

#include "model/canonical_xml.h"
#include "model/xml_difference.h"
#include "tei/tei_reader.h"

namespace archtei {
namespace {

std::string c14n(std::string_view xml) { return canonical_xml(parse_xml(xml, "t.xml")); }

TEST(CanonicalXml, DropsTheDeclarationDoctypeAndOuterWhitespace) {
  EXPECT_EQ(c14n("<?xml version=\"1.0\"?>\n<!DOCTYPE a>\n<?pi  data?>\n<a/>\n<!--c-->\n"),
            "<?pi data?>\n<a></a>\n<!--c-->");
}

TEST(CanonicalXml, MergesCdataIntoEscapedText) {
  EXPECT_EQ(c14n("<a><![CDATA[x<y>&]]>z</a>"), "<a>x&lt;y&gt;&amp;z</a>");
}

TEST(CanonicalXml, SortsNamespacesThenAttributesByNamespaceAndLocalName) {
  EXPECT_EQ(c14n("<a xmlns:z=\"urn:z\" b=\"2\" z:a=\"3\" a=\"1\" xmlns=\"urn:d\" xmlns:b=\"urn:b\" b:c=\"4\"/>"),
            "<a xmlns=\"urn:d\" xmlns:b=\"urn:b\" xmlns:z=\"urn:z\" a=\"1\" b=\"2\" b:c=\"4\" z:a=\"3\"></a>");
}

TEST(CanonicalXml, DropsRedundantNamespaceDeclarations) {
  EXPECT_EQ(c14n("<a xmlns=\"urn:d\" xmlns:p=\"urn:p\"><b xmlns:p=\"urn:p\" xmlns=\"urn:d\"><c xmlns=\"\"/></b></a>"),
            "<a xmlns=\"urn:d\" xmlns:p=\"urn:p\"><b><c xmlns=\"\"></c></b></a>");
  EXPECT_EQ(c14n("<a><c xmlns=\"\"/></a>"), "<a><c></c></a>");
}

TEST(CanonicalXml, EscapesAttributeWhitespaceAsCharacterReferences) {
  EXPECT_EQ(c14n("<a t=\"&#9;&#10;&#13;&quot;&lt;&gt;&amp;\"/>"), "<a t=\"&#x9;&#xA;&#xD;&quot;&lt;>&amp;\"></a>");
}

struct DifferenceCase {
  std::string left, right, path, left_shown, right_shown;
};

class FirstXmlDifference : public ::testing::TestWithParam<DifferenceCase> {};

TEST_P(FirstXmlDifference, GivesPathAndBothSides) {
  const auto& c = GetParam();
  auto d = first_xml_difference(parse_xml(c.left, "l.xml"), parse_xml(c.right, "r.xml"));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->path, c.path);
  EXPECT_EQ(d->left, c.left_shown);
  EXPECT_EQ(d->right, c.right_shown);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FirstXmlDifference,
    ::testing::Values(
        DifferenceCase{"<a><b n=\"1\">x</b></a>", "<a><b n=\"2\">x</b></a>", "/a[1]/b[1]/@n", "n=\"1\"", "n=\"2\""},
        DifferenceCase{"<a><p>x</p><p>y</p></a>", "<a><p>x</p><p>z</p></a>", "/a[1]/p[2]/text()[1]", "text \"y\"",
                       "text \"z\""},
        DifferenceCase{"<a><p/><!--c--></a>", "<a><p/></a>", "/a[1]/comment()[1]", "comment \"c\"", "(nothing)"},
        DifferenceCase{"<a><p/></a>", "<a><q/></a>", "/a[1]/p[1]", "<p>", "<q>"},
        DifferenceCase{"<a><b/></a>", "<a><b m=\"1\"/></a>", "/a[1]/b[1]/@m", "(nothing)", "m=\"1\""}));

TEST(FirstXmlDifference, NoneWhenOnlyTheSerialisationDiffers) {
  EXPECT_FALSE(first_xml_difference(parse_xml("<?xml version=\"1.0\"?><a y='2' x=\"1\"><![CDATA[t]]><b/></a>", "l.xml"),
                                    parse_xml("<a x=\"1\" y=\"2\">t<b></b></a>\n", "r.xml")));
}

}  // namespace
}  // namespace archtei
