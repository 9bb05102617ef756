package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.serialization.json.CinJson;
import io.github.cscreturns.validation.cin.CinRuleCatalogue;
import io.github.cscreturns.codesets.CollectionYear;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code csc} on the Children in Need census: validate (recognised from the file or named with
 * --return cin, every report format, the SSDA903 options refused), rules, codes and convert.
 */
class CinCommandsTest {
  @TempDir Path dir;

  /** A 2024-25 census of two children; its header's ReferenceDate is {@code referenceDate} (31 March 2025 is right, rule 100). */
  static CinReturn census(LocalDate referenceDate) {
    CinHeader header =
        CinHeader.builder().collection(CollectionName.CIN).year("2025").referenceDate(referenceDate).lea("318").build();
    var b = CinReturn.builder().header(header);
    for (String id : List.of("CIN001", "CIN002")) {
      b.addChildren(
          CinChild.builder()
              .identifiers(ChildIdentifiers.builder().laChildId(ChildId.of(id)).birthDate(LocalDate.of(2015, 6, 1)).sex(Sex.FEMALE).build())
              .addCinDetails(CinDetails.builder().referralDate(LocalDate.of(2024, 9, 2)).referralSource(ReferralSource.SCHOOLS_2A).build())
              .build());
    }
    return b.build();
  }

  /** The census written by the SDK's writer into {@code name}. */
  private Path write(String name, LocalDate referenceDate) {
    Path file = dir.resolve(name);
    CinXml.write(file, census(referenceDate));
    return file;
  }

  private Path good() {
    return write("good.xml", LocalDate.of(2025, 3, 31));
  }

  /** A census whose ReferenceDate is a year out: rule 100 flags its Header. */
  private Path wrongDate() {
    return write("cin.xml", LocalDate.of(2024, 3, 31));
  }

  private static CscRun withStdin(byte[] in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment environment = new Environment(new ByteArrayInputStream(in), Map.<String, String>of()::get);
    int code = Csc.run(environment, ReturnSource.DEFAULT, new PrintWriter(out), new PrintWriter(err), args);
    return new CscRun(code, out.toString(), err.toString());
  }

  /** The line of the header's element in the file, where rule 100's finding points. */
  private static int headerLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("<Header>")) {
        return i + 1;
      }
    }
    throw new AssertionError("no Header");
  }

  // ------------------------------------------------------------------ validate

  @Test
  void aCensusIsRecognisedFromItsXmlAndValidatedAgainstTheCinRules() throws IOException {
    Path cin = wrongDate();
    CscRun r = csc("validate", "--year", "2024-25", cin.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    int implemented = (int) CinRuleCatalogue.of(CollectionYear.Y2024_25).rules().stream()
        .filter(m -> io.github.cscreturns.validation.cin.CinRuleSet.forYear(CollectionYear.Y2024_25).isImplemented(m.code())).count();
    assertThat(r.out())
        .startsWith("CIN census 2024-25\nReference data: England's bank holidays to ")
        .contains("\nNOT VALID: 2 children checked, ")
        .contains("checked by the " + implemented + " of " + CinRuleCatalogue.of(CollectionYear.Y2024_25).rules().size() + " rules run")
        .contains("\nFAILED RULES\n")
        // the Header's findings belong to no child
        .contains("\n(no child)\n")
        .contains("\n  100 error Header cin.xml:" + headerLine(cin) + " /Message/Header [ReferenceDate] Reference Date is incorrect\n");
  }

  @Test
  void aGoodHeaderPassesRule100AndExitsZero() {
    CscRun r = csc("validate", "--year", "2024-25", "--rules", "100", "--verbose", good().toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("\nVALID: 2 children checked, 0 errors, 0 queries; no errors found by the 1 of ")
        .contains("\nRules selected: only 100\n")
        .containsPattern("\n100 +error +passed +0 +Reference Date is incorrect\n");
  }

  @Test
  void aGeneratedCensusValidatesWithoutErrorAndConvertsToTheSameBytes() throws IOException {
    Path generated = dir.resolve("generated.xml");
    CscRun g = csc("generate", "--return", "cin", "--year", "2024-25", "--children", "60", "--seed", "3", "--format", "xml", "-o", generated.toString());
    assertThat(g.exitCode()).as(g.err()).isZero();
    CscRun r = csc("validate", "--year", "2024-25", generated.toString());
    assertThat(r.exitCode()).as(r.out()).isZero();
    assertThat(r.out()).startsWith("CIN census 2024-25\n").contains("\nVALID: 60 children checked, 0 errors, ");
    Path again = dir.resolve("again.xml");
    assertThat(csc("convert", generated.toString(), "--to", "xml", "--year", "2024-25", "-o", again.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(generated));
  }

  @Test
  void csvAndJsonReportAsForSsda903() throws IOException {
    Path cin = wrongDate();
    CscRun csv = csc("validate", "--return", "cin", "--year", "2024-25", "--format", "csv", cin.toString());
    assertThat(csv.exitCode()).isEqualTo(1);
    assertThat(csv.out().lines().toList())
        .startsWith("rule_code,severity,child_id,table,record_index,file,line,fields,message")
        .contains("100,error,,Header,0,cin.xml," + headerLine(cin) + ",ReferenceDate,Reference Date is incorrect");

    Path report = dir.resolve("report.json");
    CscRun json = csc("validate", "--year", "2024-25", "--format", "json", "--exclude-rules", "100", "-o", report.toString(), cin.toString());
    assertThat(json.out()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(Files.readString(report));
    assertThat(root.get("checked").asInt()).isEqualTo(2);
    assertThat(root.get("stagesRun")).isEmpty();
    JsonNode outcome100 = null;
    for (JsonNode o : root.get("outcomes")) {
      if (o.get("ruleCode").asText().equals("100")) {
        outcome100 = o;
      }
    }
    assertThat(outcome100).isNotNull();
    assertThat(outcome100.get("outcome").asText()).isEqualTo("skipped");
    assertThat(outcome100.get("reason").asText()).isEqualTo("not selected");
    for (JsonNode f : root.get("findings")) {
      assertThat(f.get("ruleCode").asText()).isNotEqualTo("100");
    }
  }

  @Test
  void htmlAndXlsxWorkForTheCensus() throws IOException {
    Path cin = wrongDate();
    Path html = dir.resolve("report.html");
    CscRun page = csc("validate", "--year", "2024-25", "--format", "html", "-o", html.toString(), cin.toString());
    assertThat(page.exitCode()).as(page.err()).isEqualTo(1);
    assertThat(Files.readString(html)).contains("CIN census 2024-25").contains("Reference Date is incorrect");

    Path xlsx = dir.resolve("report.xlsx");
    CscRun book = csc("validate", "--year", "2024-25", "--format", "xlsx", "-o", xlsx.toString(), cin.toString());
    assertThat(book.exitCode()).as(book.err()).isEqualTo(1);
    WorkbookContent content = WorkbookContent.read(xlsx);
    WorkbookContent.Sheet about = content.sheet("About");
    assertThat(about.rows().keySet().stream().map(about::row).toList())
        .contains(List.of("Return", "CIN census 2024-25"), List.of("Files validated", "cin.xml"))
        .anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Stages"));
    assertThat(content.sheet("Findings").records())
        .anySatisfy(row -> {
          assertThat(row.get("Rule")).isEqualTo("100");
          assertThat(row.get("Table")).isEqualTo("Header");
          assertThat(row.get("File")).isEqualTo("cin.xml");
        });
  }

  @Test
  void pseudonymsReplaceChildIdsAsForSsda903() {
    // the two children lack items the census needs (ethnicity, primary need …): their findings name them
    Path cin = wrongDate();
    CscRun named = csc("validate", "--year", "2024-25", "--child-ids", "--format", "csv", cin.toString());
    assertThat(named.out()).contains(",CIN001,").contains(",CIN002,");
    // without --child-ids the report names no child
    CscRun unasked = csc("validate", "--year", "2024-25", "--format", "csv", cin.toString());
    assertThat(unasked.out()).doesNotContain("CIN001").doesNotContain("CIN002").contains(",P1,").contains(",P2,");
    CscRun r = csc("validate", "--year", "2024-25", "--mask-child-ids", "--format", "csv", cin.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("CIN001").doesNotContain("CIN002").contains(",P1,").contains(",P2,").contains("100,error,,Header,");
    CscRun shortKey = csc("validate", "--year", "2024-25", "--pseudonymise-key-file", dir.resolve("nokey").toString(), good().toString());
    assertThat(shortKey.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(shortKey.err()).contains("--pseudonymise-key-file").hasLineCount(1);
  }

  @Test
  void standardInputIsRecognisedOrNamedWithReturn() throws IOException {
    byte[] bytes = Files.readAllBytes(wrongDate());
    for (List<String> named : List.of(List.<String>of(), List.of("--return", "cin"))) {
      List<String> args = new java.util.ArrayList<>(List.of("validate", "--year", "2024-25", "--format", "csv"));
      args.addAll(named);
      args.add("-");
      CscRun r = withStdin(bytes, args.toArray(String[]::new));
      assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).contains("100,error,,Header,0,<stdin>,");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--previous=x.xml", "--la=318", "--postcodes=onspd.csv", "--no-postcodes", "--ofsted=homes.xlsx", "--stage=1"})
  void theOptionsOfSsda903AloneAreRefused(String option) {
    CscRun r = csc("validate", "--year", "2024-25", option, good().toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(option.split("=")[0] + ": for SSDA903 returns only; the CIN census is validated without it.\n");
  }

  @Test
  void theAffectedValuesOfACensusAreShownWhenAskedAndOnlyThen() throws IOException {
    // a referral date written in another form: kept as read, and shown as read only with --show-values
    Path cin = dir.resolve("values.xml");
    Files.writeString(cin, Files.readString(good()).replaceFirst("<CINreferralDate>2024-09-02</CINreferralDate>", "<CINreferralDate>02/09/2024</CINreferralDate>"));
    Path plain = dir.resolve("plain.html");
    Path shown = dir.resolve("shown.html");
    assertThat(csc("validate", "--child-ids", "--year", "2024-25", "--format", "html", "-o", plain.toString(), cin.toString()).exitCode()).isEqualTo(1);
    assertThat(csc("validate", "--child-ids", "--year", "2024-25", "--format", "html", "--show-values", "-o", shown.toString(), cin.toString()).exitCode()).isEqualTo(1);
    assertThat(Files.readString(plain)).doesNotContain("02/09/2024");
    assertThat(Files.readString(shown)).contains("02/09/2024");
    // the same from standard input, whose children are kept as they are read
    CscRun piped = withStdin(Files.readAllBytes(cin), "validate", "--child-ids", "--year", "2024-25", "--format", "html", "--show-values", "-");
    assertThat(piped.exitCode()).as(piped.err()).isEqualTo(1);
    assertThat(piped.out()).contains("02/09/2024");
  }

  @Test
  void otherRefusalsAreOneLine() throws IOException {
    Path good = good();
    assertRefused(csc("validate", "--year", "2024-25", "--stage", "2", "--la", "318", good.toString()),
        "--la, --stage: for SSDA903 returns only; the CIN census is validated without them.");
    assertRefused(csc("validate", "--year", "2024-25", "--format", "csv", "--show-values", good.toString()),
        "--show-values: only the xlsx workbook and the HTML page show values (--format xlsx or html).");
    assertRefused(csc("validate", "--year", "2024-25", "--format", "html", "--show-values", "--mask-child-ids", "-o", dir.resolve("r.html").toString(), good.toString()),
        "--show-values needs --child-ids: a child's values (dates of birth, IDs) beside a pseudonym could name the child again.");
    assertRefused(csc("validate", "--year", "2024-25", "--child-ids", "--mask-child-ids", good.toString()),
        "--child-ids writes child IDs; --mask-child-ids writes pseudonyms instead: give one or the other.");
    assertRefused(csc("validate", "--year", "2021-22", good.toString()),
        "No CIN census for the year '2021-22'. Accepted: 2022-23, 2023-24, 2024-25, 2025-26.");
    assertRefused(csc("validate", "--year", "2024-25", "--rules", "100,X9", good.toString()),
        "--rules/--exclude-rules: no rule X9 in the 2024-25 CIN rule set; csc rules --return cin --year 2024-25 lists them.");
    assertRefused(csc("validate", "--sample", "--return", "cin"), "--sample is an SSDA903 return: there is no bundled CIN census sample.");
    assertRefused(csc("validate", "--year", "2024-25", "--return", "csww", good.toString()),
        "Unknown return 'csww'. Accepted: ssda903, cin.");
    assertRefused(csc("validate", "--year", "2024-25", "--return", "cin", dir.toString()), dir + ": a folder; the CIN census is one XML file.");
    assertRefused(csc("validate", "--year", "2024-25", "-o", good.toString(), good.toString()),
        "Refusing to write the report to " + good + ": the output is the input itself (the return would be lost). Give another --output.");
    assertThat(Files.readString(good)).contains("<Collection>CIN</Collection>");
  }

  private static void assertRefused(CscRun r, String line) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).isEqualTo(line + "\n");
  }

  @Test
  void anUnusableCensusIsOneLineWithFileLineAndColumn() throws IOException {
    String xml = Files.readString(good());
    Path broken = Files.writeString(dir.resolve("broken.xml"), xml.substring(0, xml.indexOf("<Child>") + 20));
    CscRun r = csc("validate", "--year", "2024-25", broken.toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).matches("\\Q" + broken + "\\E:\\d+:\\d+: .+\n");

    Path html = Files.writeString(dir.resolve("page.xml"), "<?xml version=\"1.0\"?>\n<html/>\n");
    CscRun unknown = csc("validate", "--year", "2024-25", html.toString());
    assertThat(unknown.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(unknown.err()).startsWith(html + ":2:").contains("the root element html is not that of a return").hasLineCount(1);

    // named as SSDA903, the census is refused by the SSDA903 reader, where its root element is
    CscRun named = csc("validate", "--year", "2024-25", "--return", "ssda903", good().toString());
    assertThat(named.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(named.err()).contains("EXPSSDA903").hasLineCount(1);
  }

  @Test
  void aWorkforceCensusIsSentToCscWorkforce() throws IOException {
    Path csww = Files.writeString(dir.resolve("csww.xml"),
        "<Message><Header><CollectionDetails><Collection>CSWW</Collection></CollectionDetails></Header></Message>\n");
    assertRefused(csc("validate", "--year", "2024-25", csww.toString()),
        csww + ": a children's social work workforce census file, which csc validate does not take (csc workforce reads it).");
  }

  @Test
  void aCensusWithADoctypeIsRefusedBeforeAnythingIsRead() throws IOException {
    String xml = Files.readString(good()).replace("<Message>",
        "<!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Message>");
    Path hostile = Files.writeString(dir.resolve("hostile.xml"), xml);
    for (List<String> named : List.of(List.<String>of(), List.of("--return", "cin"))) {
      List<String> args = new java.util.ArrayList<>(List.of("validate", "--year", "2024-25"));
      args.addAll(named);
      args.add(hostile.toString());
      CscRun r = csc(args.toArray(String[]::new));
      assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).startsWith(hostile + ":2:").contains("DOCTYPE").doesNotContain("root:").hasLineCount(1);
    }
  }

  @Test
  void convertSendsAWorkforceCensusToCscWorkforce() throws IOException {
    Path csww = Files.writeString(dir.resolve("csww.xml"), "<Message><CSWWWorker/></Message>\n");
    assertRefused(csc("convert", csww.toString(), "--to", "xml", "--year", "2024-25", "-o", dir.resolve("o.xml").toString()),
        csww + ": a children's social work workforce census file, which csc convert does not take (csc workforce reads it).");
    assertThat(dir.resolve("o.xml")).doesNotExist();
  }

  // ------------------------------------------------------------------ rules and codes

  @Test
  void rulesListsTheCensusCatalogueAndItsChanges() {
    CscRun r = csc("rules", "--return", "cin", "--year", "2024-25");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isEqualTo(CinRuleCatalogue.of(CollectionYear.Y2024_25).rules().size());
    assertThat(r.out()).contains("100\terror\timplemented\tHeader.ReferenceDate\tReference Date is incorrect\n");

    CscRun changes = csc("rules", "--return", "cin", "--year", "2024-25", "--changes");
    assertThat(changes.exitCode()).isZero();
    assertThat(changes.out()).containsPattern("(?m)^added\t1570\t(not )?implemented\t.+$").doesNotContain("\t100\t");
    assertThat(csc("rules", "--return", "cin", "--year", "2022-23", "--changes").out())
        .isEqualTo("# 2022-23 is the base year: no earlier CIN rule set to compare with.\n");
    assertRefused(csc("rules", "--return", "cin", "--year", "2018-19"),
        "No CIN census for the year '2018-19'. Accepted: 2022-23, 2023-24, 2024-25, 2025-26.");
  }

  @Test
  void codesListsTheCensusCodesets() {
    CscRun r = csc("codes", "--return", "cin", "ReferralSource", "--year", "2024-25");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("1A\tINDIVIDUAL – family member, relative or carer\n").contains("\n2A\tSCHOOLS\n");
    // Sex replaced GenderCurrent in 2024-25
    assertThat(csc("codes", "--return", "cin", "sex", "--year", "2024-25").out()).isEqualTo("M\tMale\nF\tFemale\nU\tUnknown\n");
    assertThat(csc("codes", "--return", "cin", "Sex", "--year", "2023-24").out()).isEmpty();
    assertThat(csc("codes", "--return", "cin", "Sex", "--all").out()).startsWith("M\t2024-25\t");
    CscRun unknown = csc("codes", "--return", "cin", "PLACE", "--year", "2024-25");
    assertThat(unknown.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(unknown.err()).startsWith("Unknown CIN census codeset 'PLACE'. Accepted: Collection, SourceLevel, ").hasLineCount(1);
    assertRefused(csc("codes", "--return", "cin", "Sex", "--year", "2014-15"),
        "No CIN census for the year '2014-15'. Accepted: 2022-23, 2023-24, 2024-25, 2025-26.");
  }

  // ------------------------------------------------------------------ convert

  @Test
  void convertWritesTheCensusAgainAsTheSdkWritesIt() throws IOException {
    String written = Files.readString(good());
    // the same census laid out otherwise: other white space, a comment, the items of a group in another order
    String loose = written.replace("  ", "\t").replace("<Message>", "<Message>\n<!-- from the case management system -->")
        .replace("<Year>2025</Year>\n", "").replace("<ReferenceDate>", "<Year>2025</Year><ReferenceDate>");
    Path in = Files.writeString(dir.resolve("loose.xml"), loose);
    Path out = dir.resolve("out/normal.xml");
    CscRun r = csc("convert", in.toString(), "--to", "xml", "--year", "2024-25", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Wrote 2 children (CIN census xml) to " + out + "\n");
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    CinXml.write(expected, CinXml.read(in));
    assertThat(Files.readString(out)).isEqualTo(expected.toString(StandardCharsets.UTF_8)).isEqualTo(written);

    CscRun piped = withStdin(loose.getBytes(StandardCharsets.UTF_8), "convert", "-", "--return", "cin", "--to", "xml", "--year", "2024-25", "-o", "-");
    assertThat(piped.exitCode()).as(piped.err()).isZero();
    assertThat(piped.out()).isEqualTo(written);
    assertThat(piped.err()).isEqualTo("Wrote 2 children (CIN census xml) to standard output\n");
  }

  @Test
  void convertWritesTheCensusAsJsonThatReadsBackToTheSameCensus() throws IOException {
    Path in = good();
    // an item the reader keeps unparsed travels too
    String xml = Files.readString(in).replaceFirst("<ReferralSource>2A</ReferralSource>", "<ReferralSource>2a</ReferralSource>");
    Files.writeString(in, xml);
    CinReturn census = CinXml.read(in);
    Path out = dir.resolve("out/cin.json");
    CscRun r = csc("convert", in.toString(), "--to", "json", "--year", "2024-25", "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Wrote 2 children (CIN census json) to " + out + "\n");
    String json = Files.readString(out);
    assertThat(json).isEqualTo(CinJson.writeReturn(census)).contains("\"unparsed\":{\"ReferralSource\":\"2a\"}");
    CinReturn back = CinJson.readReturn(json);
    assertThat(back).isEqualTo(census);
    assertThat(back.children().get(0).cinDetails().get(0).unparsed("ReferralSource")).contains("2a");
    JsonNode tree = new ObjectMapper().readTree(json);
    assertThat(tree.path("header").path("referenceDate").asText()).isEqualTo("2025-03-31");
    assertThat(tree.path("children").get(1).path("identifiers").path("laChildId").asText()).isEqualTo("CIN002");

    CscRun piped = withStdin(xml.getBytes(StandardCharsets.UTF_8), "convert", "-", "--to", "json", "--year", "2024-25", "-o", "-");
    assertThat(piped.exitCode()).as(piped.err()).isZero();
    assertThat(piped.out()).isEqualTo(json);
    assertThat(piped.err()).isEqualTo("Wrote 2 children (CIN census json) to standard output\n");

    // a census broken part way leaves no JSON behind
    Path broken = Files.writeString(dir.resolve("broken.xml"), xml.substring(0, xml.lastIndexOf("<Child>") + 10));
    CscRun bad = csc("convert", broken.toString(), "--to", "json", "--year", "2024-25", "-o", dir.resolve("b.json").toString());
    assertThat(bad.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(bad.err()).startsWith("Cannot read the input: " + broken + ":").endsWith("; nothing was written\n").hasLineCount(1);
    assertThat(dir.resolve("b.json")).doesNotExist();
  }

  @Test
  void convertRefusesWhatItCannotWrite() throws IOException {
    Path in = good();
    assertRefused(csc("convert", in.toString(), "--to", "csv", "--year", "2024-25", "-o", dir.resolve("csv").toString()),
        "--to csv: the SDK has no CSV file set of the CIN census; --to xml or --to json writes it again.");
    assertRefused(csc("convert", in.toString(), "--to", "json", "--year", "2020-21", "-o", dir.resolve("o.json").toString()),
        "No CIN census for the year '2020-21'. Accepted: 2022-23, 2023-24, 2024-25, 2025-26.");
    assertThat(dir.resolve("o.json")).doesNotExist();
    assertRefused(csc("convert", in.toString(), "--to", "xml", "--year", "2020-21", "-o", dir.resolve("o.xml").toString()),
        "No CIN census for the year '2020-21'. Accepted: 2022-23, 2023-24, 2024-25, 2025-26.");
    assertRefused(csc("convert", in.toString(), "--to", "xml", "--year", "2024-25", "-o", in.toString()),
        "Refusing to write " + in + ": the output is the input itself (the input would be lost). Give another --output.");

    // a census broken part way leaves the output as it was
    String xml = Files.readString(in);
    Path broken = Files.writeString(dir.resolve("broken.xml"), xml.substring(0, xml.lastIndexOf("<Child>") + 10));
    Path existing = Files.writeString(dir.resolve("existing.xml"), "kept");
    CscRun r = csc("convert", broken.toString(), "--to", "xml", "--year", "2024-25", "-o", existing.toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).startsWith("Cannot read the input: " + broken + ":").endsWith("; " + existing + " was left as it was\n").hasLineCount(1);
    assertThat(Files.readString(existing)).isEqualTo("kept");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
  }

  // ------------------------------------------------------------------ version

  @Test
  void versionCountsTheCinCatalogues() {
    assertThat(csc("--version").out()).contains("\nCIN census rule catalogues:\n")
        .containsPattern("\n  2024-25: " + CinRuleCatalogue.of(CollectionYear.Y2024_25).rules().size()
            + " DfE rules, \\d+ implemented, catalogue [0-9a-f]{12}\n");
  }
}
