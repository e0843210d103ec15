"""The Python module `archtei` as a Python program uses it: conversions equal to the golden
files and to the command line's, outputs read with xml.etree and lxml, the record equal to
`archtei inspect --json`, validation problems, errors as archtei.Error with their
diagnostic, and a thread pool giving what one thread gives.

Run by ctest with PYTHONPATH at the built module and ARCHTEI_BINARY, ARCHTEI_FIXTURES_DIR and
ARCHTEI_SHARED_DIR_DEFAULT set (ARCHTEI_SHARED_DIR overrides the last, as for every test)."""

import concurrent.futures
import json
import os
import pathlib
import subprocess
import tempfile
import unittest
import warnings
import xml.etree.ElementTree as ET

import archtei
import lxml.etree

BINARY = os.environ["ARCHTEI_BINARY"]
FIXTURES = pathlib.Path(os.environ["ARCHTEI_FIXTURES_DIR"])
SHARED = pathlib.Path(os.environ.get("ARCHTEI_SHARED_DIR") or os.environ["ARCHTEI_SHARED_DIR_DEFAULT"])
TEI = "{http://www.tei-c.org/ns/1.0}"
CASE = FIXTURES / "bracket-kinds-all"


def read(path):
    return pathlib.Path(path).read_text(encoding="utf-8")


def fixture_inputs():
    """Every golden case's input: its own input.txt, or the shared page its input.location names."""
    out = []
    for case in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        if (case / "input.txt").exists():
            out.append((case, case / "input.txt"))
        elif (case / "input.location").exists():
            out.append((case, SHARED / read(case / "input.location").strip()))
    return out


class Convert(unittest.TestCase):
    def test_every_fixture_gives_its_golden_tei_and_jsonld(self):
        cases = fixture_inputs()
        self.assertGreater(len(cases), 40)
        for case, path in cases:
            with self.subTest(case=case.name):
                text = read(path)
                tei = archtei.convert(text, file="input.txt")
                self.assertEqual(tei, read(case / "expected.tei.xml"))
                self.assertEqual(archtei.convert(text, to="jsonld", file="input.txt"), read(case / "expected.jsonld"))
                self.assertEqual(archtei.to_jsonld(tei, file="input.txt"), read(case / "expected.jsonld"))
                self.assertEqual(archtei.from_jsonld(read(case / "expected.jsonld")), tei)

    def test_bytes_and_str_give_the_same(self):
        self.assertEqual(archtei.convert((CASE / "input.txt").read_bytes()), archtei.convert(read(CASE / "input.txt")))

    def test_output_reads_with_xml_etree(self):
        tei = archtei.convert(read(CASE / "input.txt"))
        root = ET.fromstring(tei.encode("utf-8"))
        self.assertEqual(root.tag, TEI + "TEI")
        title = root.find(f"{TEI}teiHeader/{TEI}fileDesc/{TEI}titleStmt/{TEI}title")
        self.assertIsNotNone(title)
        self.assertEqual("".join(title.itertext()), archtei.inspect(tei)["title"])
        self.assertTrue(root.findall(f".//{TEI}body//{TEI}p"))

    def test_output_reads_with_lxml(self):
        tei = archtei.convert(read(CASE / "input.txt"))
        root = lxml.etree.fromstring(tei.encode("utf-8"))
        ns = {"tei": TEI[1:-1]}
        self.assertEqual(root.xpath("string(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title)", namespaces=ns),
                         archtei.inspect(tei)["title"])
        # lxml's own serialisation of the tree reads back through archtei to the same record.
        again = lxml.etree.tostring(root, encoding="unicode")
        self.assertEqual(archtei.inspect(again, from_="tei"), archtei.inspect(tei))

    def test_jsonld_is_json_with_a_context(self):
        data = json.loads(archtei.convert(read(CASE / "input.txt"), to="jsonld"))
        self.assertIn("@context", data)


class Inspect(unittest.TestCase):
    def test_record_equals_archtei_inspect_json(self):
        for path in (CASE / "input.txt", CASE / "expected.tei.xml", CASE / "expected.jsonld"):
            with self.subTest(path=path.name):
                cli = subprocess.run([BINARY, "inspect", "--json", str(path)], capture_output=True, check=True)
                self.assertEqual(archtei.inspect(read(path), file=str(path)), json.loads(cli.stdout))

    def test_record_without_a_file_name(self):
        record = archtei.inspect(read(CASE / "input.txt"))
        self.assertIsNone(record["file"])
        self.assertEqual(record["title"], json.loads(read(CASE / "expected.record.json"))["title"])


class Validate(unittest.TestCase):
    def test_golden_tei_is_valid(self):
        self.assertEqual(archtei.validate(read(CASE / "expected.tei.xml")), [])
        self.assertEqual(archtei.Validator().validate(read(CASE / "expected.tei.xml")), [])

    def test_against_tei_all(self):
        self.assertEqual(archtei.validate(read(CASE / "expected.tei.xml"), SHARED / "tei" / "tei_all.rng"), [])

    def test_problems_match_the_command_line(self):
        bad = read(CASE / "expected.tei.xml").replace("<teiHeader>", "<teiHeader><bogus/>", 1)
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "bad.xml"
            path.write_text(bad, encoding="utf-8")
            problems = archtei.validate(bad, file=str(path))
            cli = subprocess.run([BINARY, "validate", "--format", "json", str(path)], capture_output=True, text=True)
        self.assertEqual(cli.returncode, 1)
        self.assertTrue(problems)
        for p in problems:
            self.assertIn(p.severity, ("error", "warning"))
            self.assertEqual(p.file, str(path))
            self.assertIsInstance(p.line, int)
        self.assertTrue(any(p.severity == "error" for p in problems))
        # Every problem's message appears in the command line's report of the same file.
        for p in problems:
            self.assertIn(json.dumps(p.message)[1:-1], cli.stdout)
        self.assertTrue(str(problems[0]).startswith(f"{path}:{problems[0].line}:"))

    def test_schematron_file_alone(self):
        with tempfile.TemporaryDirectory() as tmp:
            sch = pathlib.Path(tmp) / "rules.sch"
            sch.write_text('<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">'
                           '<pattern id="p"><rule context="a"><assert test="b">an a needs a b</assert></rule>'
                           '</pattern></schema>', encoding="utf-8")
            self.assertEqual(archtei.validate("<a><b/></a>", str(sch)), [])
            problems = archtei.validate("<a><c/></a>", sch)
        self.assertEqual(len(problems), 1)
        self.assertIn("an a needs a b", problems[0].message)

    def test_malformed_xml_is_a_problem(self):
        problems = archtei.validate("<TEI><p></TEI>")
        self.assertTrue(problems)
        self.assertEqual(problems[0].severity, "error")

    def test_missing_schema_raises(self):
        with self.assertRaises(archtei.Error) as caught:
            archtei.validate("<TEI/>", "/nonexistent/schema.rng")
        self.assertEqual(caught.exception.kind, "schema")
        self.assertEqual(caught.exception.file, "/nonexistent/schema.rng")


class Errors(unittest.TestCase):
    def test_bad_utf8_carries_the_diagnostic_the_command_line_prints(self):
        data = b"Memorandum\n\nThe text of the memorandum has a bad \xff byte.\n"
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "broken.txt"
            path.write_bytes(data)
            cli = subprocess.run([BINARY, "convert", "--quiet", str(path), "-o", str(pathlib.Path(tmp) / "out")],
                                 capture_output=True, text=True)
            with self.assertRaises(archtei.Error) as caught:
                archtei.convert(data, file=str(path))
        e = caught.exception
        self.assertIsInstance(e, Exception)
        self.assertEqual(e.file, str(path))
        self.assertEqual(e.line, 3)
        self.assertIsInstance(e.column, int)
        self.assertEqual(e.code, "invalid-utf8")
        self.assertEqual(e.kind, "input")
        self.assertIn("invalid UTF-8", e.message)
        self.assertNotEqual(cli.returncode, 0)
        self.assertIn(str(e), cli.stderr.splitlines())

    def test_malformed_tei(self):
        with self.assertRaises(archtei.Error) as caught:
            archtei.to_jsonld("<TEI>\n<teiHeader>\n</TEI>\n", file="bad.tei.xml")
        self.assertEqual(caught.exception.code, "xml-syntax")
        self.assertEqual(caught.exception.file, "bad.tei.xml")
        self.assertEqual(caught.exception.line, 3)

    def test_message_quoting_a_cut_utf8_sequence(self):
        # The JSON parser's message quotes the input up to a byte inside "Ц".
        with self.assertRaises(archtei.Error) as caught:
            archtei.from_jsonld("[ЦДАГО України]")
        self.assertEqual(caught.exception.code, "json-syntax")
        self.assertIn("\ufffd", caught.exception.message)

    def test_unknown_format_and_unknown_position(self):
        with self.assertRaises(archtei.Error) as caught:
            archtei.convert("text", to="docx")
        self.assertEqual(caught.exception.kind, "usage")
        self.assertIsNone(caught.exception.line)
        self.assertIsNone(caught.exception.file)

    def test_error_class_defaults(self):
        self.assertTrue(issubclass(archtei.Error, Exception))
        self.assertIsNone(archtei.Error("x").code)


class Warnings(unittest.TestCase):
    def test_warnings_are_python_warnings_with_the_command_lines_text(self):
        path = FIXTURES / "document-information-after-text" / "input.txt"
        cli = subprocess.run([BINARY, "inspect", str(path)], capture_output=True, text=True, check=True)
        expected = [line for line in cli.stderr.splitlines() if ": warning: " in line]
        self.assertTrue(expected)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            archtei.inspect(read(path), file=str(path))
        self.assertTrue(all(issubclass(w.category, archtei.ArchteiWarning) for w in caught))
        self.assertEqual([str(w.message) for w in caught], expected)

    def test_a_warning_filter_can_make_them_errors(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error", archtei.ArchteiWarning)
            with self.assertRaises(archtei.ArchteiWarning):
                archtei.convert(read(FIXTURES / "document-information-after-text" / "input.txt"))


class Threads(unittest.TestCase):
    def test_a_thread_pool_gives_what_one_thread_gives(self):
        texts = [read(path) for _, path in fixture_inputs()]

        def work(text):
            tei = archtei.convert(text)
            return tei, archtei.convert(text, to="jsonld"), archtei.inspect(text), archtei.validate(tei)

        serial = [work(t) for t in texts]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            pooled = list(pool.map(work, texts))
        self.assertEqual(len(pooled), len(serial))
        for s, p in zip(serial, pooled):
            self.assertEqual(s[:3], p[:3])
            self.assertEqual([str(d) for d in s[3]], [str(d) for d in p[3]])


if __name__ == "__main__":
    unittest.main()
