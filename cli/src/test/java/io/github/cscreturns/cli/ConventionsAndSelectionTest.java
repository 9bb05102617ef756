package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line as people expect it (help in whole sentences, required options shown and
 * missing ones pointed to help, -o, - for standard streams, paths as given, one JSON style), the
 * selection of rules, and pseudonyms in place of child IDs.
 */
class ConventionsAndSelectionTest {
  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  static Result run(Environment environment, ReturnSource source, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(environment, source, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static Result csc(String... args) {
    return run(new Environment(InputStream.EMPTY, Map.<String, String>of()::get), ReturnSource.DEFAULT, args);
  }

  /** The fake return of {@link ValidateCommandTest}: ZA02 without ethnicity (103), ZA01 twice (INT32). */
  static Result fake(Map<String, String> variables, String... args) {
    return run(new Environment(InputStream.EMPTY, variables::get), ValidateCommandTest.FAKE, args);
  }

  static Result fake(String... args) {
    return fake(Map.of(), args);
  }

  /** Standard input for the tests. */
  static final class InputStream {
    static final java.io.InputStream EMPTY = new ByteArrayInputStream(new byte[0]);

    static java.io.InputStream of(String text) {
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  // ------------------------------------------------------------------ help

  @Test
  void everyDescriptionLineOfEveryCommandIsWholeSentences() {
    CommandLine root = new CommandLine(new Csc());
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      if (sub.getKey().equals("help")) {
        continue; // picocli's own help command, described by picocli
      }
      String[] lines = sub.getValue().getCommandSpec().usageMessage().description();
      assertThat(lines).as(sub.getKey()).isNotEmpty();
      for (String line : lines) {
        assertThat(line).as("a description line of %s", sub.getKey()).matches("[A-Z\\-].*[.:)]").doesNotContain("\n");
      }
    }
    // the summary line of each command in csc --help is its first sentence, whole
    Result help = csc("--help");
    assertThat(help.out()).contains("  workforce  Reads a children's social work workforce census file (DfE XML)")
        .doesNotContain("the local authority's\n");
  }

  @Test
  void workforceHelpHasNoHardCodedLineBreaks() {
    String[] lines = new CommandLine(new Csc()).getSubcommands().get("workforce").getCommandSpec().usageMessage().description();
    assertThat(lines[0]).endsWith("with the vacancy, turnover, agency-worker and sickness-absence rates.");
  }

  @Test
  void theYearShowsAsRequiredWhereItIs() {
    // picocli writes a group's own options before its subgroups
    // (where picocli wraps the synopsis depends on the options before it)
    assertThat(csc("validate", "--help").out().replaceAll("\\s+", " ")).contains("(--sample | (--year=YEAR INPUT))");
    for (String command : List.of("workforce", "convert", "rules", "generate")) {
      String synopsis = csc(command, "--help").out().split("\n\n", 2)[0];
      assertThat(synopsis).as(command).contains(" --year=YEAR").doesNotContain("[--year=YEAR]");
    }
    assertThat(csc("codes", "--help").out()).contains("(--year=YEAR | --all)");
  }

  @Test
  void aMissingRequiredOptionPointsToTheCommandsHelp() {
    Result validate = fake("validate", "bad.xml");
    assertThat(validate.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(validate.err()).contains("Missing required").contains("--year").endsWith("Try 'csc validate --help'." + System.lineSeparator());
    Result workforce = csc("workforce", "census.xml");
    assertThat(workforce.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(workforce.err()).contains("Missing required option: '--year=YEAR'").contains("Try 'csc workforce --help'.");
  }

  @Test
  void dashOIsTheOutputOfEveryCommandThatHasOne() {
    CommandLine root = new CommandLine(new Csc());
    int withOutput = 0;
    for (Map.Entry<String, CommandLine> sub : root.getSubcommands().entrySet()) {
      CommandLine.Model.OptionSpec output = sub.getValue().getCommandSpec().findOption("--output");
      if (output != null) {
        withOutput++;
        assertThat(output.names()).as(sub.getKey()).contains("-o");
      }
    }
    assertThat(withOutput).isEqualTo(4); // validate, convert, generate, workforce
  }

  @Test
  void workforceWritesToTheOutputFile() throws Exception {
    Path report = dir.resolve("figures.json");
    Result r = csc("workforce", "--year", "2022-23", "--format", "json", "-o", report.toString(), sampleCensus());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(new ObjectMapper().readTree(Files.readString(report)).at("/snapshot/referenceDate").asText()).isEqualTo("2023-09-30");
  }

  // ------------------------------------------------------------------ standard streams

  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n  <CHILD>\n    <HEADER>\n      <CHILDID>SYN1</CHILDID>\n"
          + "      <UPN>UN1</UPN>\n      <SEX>M</SEX>\n      <DOB>01/02/2015</DOB>\n      <ETHNIC>WXYZ</ETHNIC>\n      <UASC>0</UASC>\n"
          + "    </HEADER>\n    <EPISODE>\n      <DECOM>01/04/2024</DECOM>\n      <RNE>S</RNE>\n      <LS>C2</LS>\n      <CIN>N1</CIN>\n"
          + "      <PL>U1</PL>\n      <DEC/>\n      <REC/>\n    </EPISODE>\n  </CHILD>\n</EXPSSDA903>\n";

  private static Environment stdin(String text) {
    return new Environment(InputStream.of(text), Map.<String, String>of()::get);
  }

  @Test
  void validateReadsXmlFromStandardInput() {
    Result r = run(stdin(XML), ReturnSource.DEFAULT, "validate", "--child-ids", "--year", "2024-25", "--format", "csv", "--no-postcodes", "-");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("\n103,error,SYN1,Header,0,<stdin>,4,ETHNIC,");
    Result broken = run(stdin(XML.substring(0, 150)), ReturnSource.DEFAULT, "validate", "--child-ids", "--year", "2024-25", "-");
    assertThat(broken.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(broken.err()).startsWith("<stdin>:").hasLineCount(1);
  }

  @Test
  void convertReadsStandardInputAndWritesStandardOutput() throws Exception {
    Result r = run(stdin(XML), ReturnSource.DEFAULT, "convert", "-", "--to", "xml", "--year", "2024-25", "-o", "-");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<?xml").contains("<CHILDID>SYN1</CHILDID>").contains("</EXPSSDA903>");
    assertThat(r.err()).startsWith("Wrote 1 children (2024-25 xml layout) to standard output");
    // a return broken part way prints nothing on standard output
    Result broken = run(stdin(XML.substring(0, XML.indexOf("<EPISODE>"))), ReturnSource.DEFAULT,
        "convert", "-", "--to", "xml", "--year", "2024-25", "-o", "-");
    assertThat(broken.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(broken.out()).isEmpty();
    assertThat(broken.err()).startsWith("Cannot read the input: <stdin>:");
    assertThat(run(stdin(XML), ReturnSource.DEFAULT, "convert", "-", "--to", "csv", "--year", "2024-25", "-o", "-").exitCode())
        .isEqualTo(Csc.USAGE);
  }

  @Test
  void workforceReadsStandardInputAndGenerateWritesStandardOutput() throws Exception {
    Result w = run(stdin(Files.readString(Path.of(sampleCensus()))), ReturnSource.DEFAULT, "workforce", "--year", "2022-23", "-");
    assertThat(w.exitCode()).as(w.err()).isZero();
    assertThat(w.out()).contains("as at 2023-09-30 (census 2022-23), LA 301");
    assertThat(w.err()).startsWith("<stdin>: note:");
    Result g = csc("generate", "--year", "2024-25", "--children", "3", "--format", "xml", "--no-postcodes", "-o", "-");
    assertThat(g.exitCode()).as(g.err()).isZero();
    assertThat(g.out()).startsWith("<?xml").contains("</EXPSSDA903>");
    assertThat(g.err()).startsWith("Wrote 3 children");
  }

  @Test
  void validateWritesTheReportToStandardOutputForDash() {
    Result r = fake("validate", "--year", "2024-25", "--format", "csv", "-o", "-", "bad.xml");
    assertThat(r.out()).startsWith("rule_code,");
  }

  // ------------------------------------------------------------------ paths as given

  @Test
  void messagesNameThePathAsGiven() throws Exception {
    Path relative = Path.of("no-such-folder", "return.xml");
    Result validate = csc("validate", "--year", "2024-25", relative.toString());
    assertThat(validate.err()).isEqualTo("No such file or folder: " + relative + System.lineSeparator());
    Path set = Files.createDirectories(dir.resolve("set"));
    Files.writeString(set.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nA1,M,\"01/01/2010\r\n");
    assertThat(csc("validate", "--year", "2024-25", set.toString()).err()).startsWith(set.resolve("header.csv") + ":2:");
    assertThat(csc("convert", relative.toString(), "--to", "xml", "--year", "2024-25", "-o", dir.resolve("o.xml").toString()).err())
        .isEqualTo("No such file or folder: " + relative + System.lineSeparator());
    assertThat(csc("workforce", "--year", "2022-23", relative.toString()).err()).startsWith(relative + ": cannot read the file");
  }

  // ------------------------------------------------------------------ one JSON style

  /** The validate report and the workforce figures, parsed and printed again in csc's style, are unchanged. */
  @Test
  void validateAndWorkforceWriteJsonInOneStyle() throws Exception {
    String report = fake("validate", "--child-ids", "--year", "2024-25", "--format", "json", "bad.xml").out();
    String figures = csc("workforce", "--year", "2022-23", "--format", "json", sampleCensus()).out();
    // decimals are read as written, so that only the layout is compared
    ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    for (String json : List.of(report, figures)) {
      JsonNode tree = mapper.readTree(json);
      assertThat(JsonStyle.writer(mapper).writeValueAsString(tree) + "\n").isEqualTo(json);
      assertThat(keys(tree)).isNotEmpty().allSatisfy(k -> assertThat(k).matches("[a-z][A-Za-z0-9]*"));
    }
    assertThat(report).contains("\"ruleCode\": \"103\"").contains("\"childId\": \"ZA02\"");
    assertThat(figures).contains("\"referenceDate\": \"2023-09-30\"").doesNotContainPattern("\\dE[+-]\\d");
  }

  /**
   * The member names of {@code node} and below, but not the keys of a breakdown (a member such as
   * socialWorkersByAge): those are the DfE's category labels, data rather than names.
   */
  private static List<String> keys(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(e.getKey());
        if (!e.getKey().matches(".*By[A-Z][A-Za-z]*")) {
          out.addAll(keys(e.getValue()));
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> out.addAll(keys(n)));
    }
    return out;
  }

  // ------------------------------------------------------------------ selection

  @Test
  void onlyTheChosenRulesRun() {
    Result r = fake("validate", "--year", "2024-25", "--format", "csv", "--rules", "103", "bad.xml");
    assertThat(r.out().lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("103,"));
    Result text = fake("validate", "--year", "2024-25", "--rules", "103,INT32", "bad.xml");
    assertThat(text.out()).contains("\nRules selected: only 103, INT32\n").contains("\nFAILED RULES\n")
        .containsPattern("\\n\\d+ rules passed and \\d+ skipped \\(.*\\d+ not selected.*\\)")
        // the headline does not count the rules left out as skipped for a missing input
        .containsPattern("rules run; \\d+ not implemented(, \\d+ skipped for a missing input)?, \\d+ not selected\\n");
  }

  @Test
  void excludedRulesDoNotRun() {
    Result r = fake("validate", "--year", "2024-25", "--format", "csv", "--exclude-rules", "INT32", "bad.xml");
    assertThat(r.out()).contains("\n103,").doesNotContain("\nINT32,");
    Result json = fake("validate", "--year", "2024-25", "--format", "json", "--exclude-rules", "int32", "bad.xml");
    assertThat(json.out()).contains("\"ruleCode\": \"INT32\",\n      \"outcome\": \"skipped\",\n      \"reason\": \"not selected\"");
  }

  @Test
  void anUnknownRuleCodeIsAUsageErrorNamingIt() {
    Result r = fake("validate", "--year", "2024-25", "--rules", "103,9999", "bad.xml");
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).isEqualTo("--rules/--exclude-rules: no rule 9999 in the 2024-25 rule set; csc rules --year 2024-25 lists them."
        + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void stageOneAloneIsSaidInTheReport() {
    Result r = fake("validate", "--year", "2024-25", "--stage", "1", "bad.xml");
    assertThat(r.out()).contains("\nStage run: 1 only");
  }

  @Test
  void verboseListsEveryRuleAndFailedOnlyTheFailedOnes() {
    Result plain = fake("validate", "--year", "2024-25", "bad.xml");
    Result verbose = fake("validate", "--year", "2024-25", "--verbose", "bad.xml");
    Result failedOnly = fake("validate", "--year", "2024-25", "--verbose", "--failed-only", "bad.xml");
    assertThat(plain.out()).doesNotContain("\n101 ").contains("--verbose lists every rule.");
    assertThat(verbose.out()).contains("\n101 ").containsPattern("\\n101 +error +passed ");
    assertThat(failedOnly.out()).doesNotContain("\n101 ").doesNotContain("rules passed").contains("\n103 ").contains("\nINT32 ");
    Result json = fake("validate", "--year", "2024-25", "--format", "json", "--failed-only", "bad.xml");
    assertThat(json.out()).doesNotContain("\"passed\"").doesNotContain("\"skipped\"").contains("\"failed\"");
  }

  // ------------------------------------------------------------------ pseudonyms

  private static final Pattern KEYED = Pattern.compile("\n103,error,([0-9a-f]{20}),Header,");

  private static String keyedPseudonymOfZa02(String csv) {
    Matcher m = KEYED.matcher(csv);
    assertThat(m.find()).as(csv).isTrue();
    return m.group(1);
  }

  @Test
  void aKeyFileGivesPseudonymsStableAcrossRunsAndDifferentUnderAnotherKey() throws Exception {
    Path key = dir.resolve("key");
    Files.writeString(key, "k9Vd0u3QeXr2mLw7sT1yBn8cZp4hFj6a\n");
    Path other = dir.resolve("other-key");
    Files.writeString(other, "another secret key, 32 bytes ...");
    String first = fake("validate", "--year", "2024-25", "--format", "csv", "--pseudonymise-key-file", key.toString(), "bad.xml").out();
    String again = fake("validate", "--year", "2024-25", "--format", "csv", "--rules", "103", "--pseudonymise-key-file", key.toString(), "bad.xml").out();
    String otherKey = fake("validate", "--year", "2024-25", "--format", "csv", "--pseudonymise-key-file", other.toString(), "bad.xml").out();
    assertThat(first).doesNotContain("ZA0").doesNotContain("k9Vd0u3Q");
    assertThat(keyedPseudonymOfZa02(again)).isEqualTo(keyedPseudonymOfZa02(first));
    assertThat(keyedPseudonymOfZa02(otherKey)).isNotEqualTo(keyedPseudonymOfZa02(first));
    // the key file's final line break is not part of the key
    Files.writeString(key, "k9Vd0u3QeXr2mLw7sT1yBn8cZp4hFj6a");
    String noLineBreak = fake("validate", "--year", "2024-25", "--format", "csv", "--pseudonymise-key-file", key.toString(), "bad.xml").out();
    assertThat(keyedPseudonymOfZa02(noLineBreak)).isEqualTo(keyedPseudonymOfZa02(first));
  }

  @Test
  void theKeyCanComeFromTheEnvironmentAndGivesTheSamePseudonymsAsTheFile() throws Exception {
    String secret = "k9Vd0u3QeXr2mLw7sT1yBn8cZp4hFj6a";
    Path key = dir.resolve("key");
    Files.writeString(key, secret);
    String fromFile = fake("validate", "--year", "2024-25", "--format", "csv", "--pseudonymise-key-file", key.toString(), "bad.xml").out();
    String fromEnvironment = fake(Map.of(ValidateCommand.KEY_VARIABLE, secret), "validate", "--year", "2024-25", "--format", "csv", "bad.xml").out();
    assertThat(fromEnvironment).isEqualTo(fromFile).doesNotContain("ZA0");
  }

  @Test
  void withoutAKeyMaskingNumbersChildrenInOrderOfAppearance() {
    String text = fake("validate", "--year", "2024-25", "--mask-child-ids", "bad.xml").out();
    assertThat(text).doesNotContain("ZA0").contains("\nchild P1\n").contains("\nchild P2\n");
    String csv = fake("validate", "--year", "2024-25", "--format", "csv", "--mask-child-ids", "bad.xml").out();
    assertThat(csv).contains(",P1,").contains(",P2,").doesNotContain("ZA0");
  }

  @Test
  void aShortOrMissingKeyIsAUsageErrorThatNeverEchoesTheKey() throws Exception {
    Path key = dir.resolve("short");
    Files.writeString(key, "tooShort99");
    Result r = fake("validate", "--year", "2024-25", "--pseudonymise-key-file", key.toString(), "bad.xml");
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).contains("the key is 10 bytes; give at least 16").doesNotContain("tooShort99").hasLineCount(1);
    assertThat(r.out()).isEmpty();
    Result env = fake(Map.of(ValidateCommand.KEY_VARIABLE, "tooShort99"), "validate", "--year", "2024-25", "bad.xml");
    assertThat(env.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(env.err()).startsWith("the environment variable CSC_PSEUDONYMISE_KEY: the key is 10 bytes").doesNotContain("tooShort99");
    Result missing = fake("validate", "--year", "2024-25", "--pseudonymise-key-file", dir.resolve("none").toString(), "bad.xml");
    assertThat(missing.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(missing.err()).contains("cannot read the file (no such file)");
  }

  @Test
  void theHelpSaysHowChildIdsArePseudonymised() {
    String help = csc("validate", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("HMAC-SHA-256").contains("--pseudonymise-key-file").contains(ValidateCommand.KEY_VARIABLE)
        .contains("P1, P2");
  }

  private static String sampleCensus() {
    return SpecFiles.file("csww/social_work_workforce_2022_sample.xml").toString();
  }
}
