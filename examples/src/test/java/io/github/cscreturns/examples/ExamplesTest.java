package io.github.cscreturns.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs every example and checks what it prints, so that the examples (and the README) cannot rot. */
class ExamplesTest {
  private static String run(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildAChildPrintsItsPlacementsAndStatusAndRoundTripsThroughJson() {
    assertThat(run(() -> BuildAChild.main(new String[0])).lines())
        .containsExactly(
            "Placements of child C1042:",
            "  2023-05-02 to 2024-01-08 U4, 2 episode(s), starts a period of care",
            "  2024-01-08 to 2024-02-20 U6, 1 episode(s)",
            "  2024-06-03 to 2024-08-12 K2, 1 episode(s), starts a period of care",
            "  2024-08-12 to now        U6, 1 episode(s)",
            "Periods of care: 2",
            "Looked after at 31 March 2025: true",
            "Days in care in 2024-25: 302",
            "Placement moves in 2024-25: 1",
            "JSON round trip equal: true");
  }

  @Test
  void aLocalRuleAddedThroughTheProviderReportsBesideTheDfesRules() {
    java.util.List<String> lines = run(() -> ValidateWithALocalRule.main(new String[0])).lines().toList();
    assertThat(lines).startsWith(
        "Local rules: [LA-UPN1]",
        "LA-UPN1 query child C2: Local check: our case system needs a UPN for every child looked after.",
        "LA-UPN1 outcome: failed");
    assertThat(lines.get(3)).matches("DfE rules run: \\d+ of \\d+");
  }

  @Test
  void generateACinReturnWritesAndReadsItBack() {
    assertThat(run(() -> GenerateACinReturn.main(new String[0])).lines())
        .hasSize(3)
        .contains("Read back equal: true", "Errors: 0, rules run: 105 of 105")
        .anySatisfy(l -> assertThat(l).matches("Children: 1000, in need at 31 March: \\d+"));
  }

  @Test
  void generateAReturnMakesAValidReturnWithItsPreviousYear() {
    String printed = run(() -> GenerateAReturn.main(new String[0]));
    assertThat(printed.lines())
        .hasSize(3)
        .contains("Error findings: 0", "XML written: true")
        .anySatisfy(l -> assertThat(l).startsWith("Children this year: 500, last year: "));
  }

  @Test
  void theReadmeQuotesTheExampleAsItIs() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/cscreturns/examples/BuildAChild.java"));
    String main = source.substring(source.indexOf("    Child child = Child.builder()"), source.indexOf("\n  }\n\n  private static Episode episode("));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(readme).contains(main.stripTrailing());
  }
}
