package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void printsTheCatalogueOfTheYearWithWhatIsImplemented() {
    String[] r = run("rules", "--year", "2024-25");
    assertThat(r[0]).isEqualTo("0");
    List<String> lines = r[1].lines().toList();
    assertThat(lines).hasSize(305);
    assertThat(lines).contains("103\terror\timplemented\tETHNIC\tThe ethnicity code is either not valid or has not been entered.");
    assertThat(lines).anyMatch(l -> l.startsWith("101\terror\t") && l.endsWith("\tSEX\tThe child or young person’s reported sex is not valid."));
    assertThat(lines).anyMatch(l -> l.contains("\tnot implemented\t"));
    assertThat(lines.get(0)).startsWith("101\t");
  }

  @Test
  void anUnknownYearIsOneLineAndExitTwo() {
    String[] r = run("rules", "--year", "2019-20");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2].strip()).isEqualTo("No SSDA903 rule set for '2019-20'. Accepted: 2022-23, 2023-24, 2024-25, 2025-26, 2026-27.");
    assertThat(run("rules", "--year", "next year")[0]).isEqualTo("2");
    assertThat(run("rules")[0]).isEqualTo("2");
  }

  @Test
  void changesListWhatTheDfeAddedRedefinedAndDeleted() {
    String[] r = run("rules", "--year", "2025-26", "--changes");
    assertThat(r[0]).isEqualTo("0");
    List<String> lines = r[1].lines().toList();
    assertThat(lines).contains("redefined\t178\timplemented\tPlacement provider code is not a valid code.");
    assertThat(lines).anyMatch(l -> l.startsWith("added\t454\timplemented\t"));
    assertThat(lines).allMatch(l -> l.matches("(added|redefined|deleted)\t\\S+\t(implemented|not implemented)\t.*"));
    List<String> y2024 = run("rules", "--year", "2024-25", "--changes")[1].lines().toList();
    assertThat(y2024).anyMatch(l -> l.startsWith("deleted\t370\timplemented\t"));
    assertThat(y2024).anyMatch(l -> l.startsWith("redefined\t371\t"));
    String[] base = run("rules", "--year", "2022-23", "--changes");
    assertThat(base[0]).isEqualTo("0");
    assertThat(base[1]).contains("base year");
  }
}
