package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.serialization.ReturnKind;
import io.github.cscreturns.validation.cin.CinRuleCatalogue;
import io.github.cscreturns.validation.cin.CinRuleMetadata;
import io.github.cscreturns.validation.cin.CinRuleSet;
import io.github.cscreturns.validation.ssda903.RuleCatalogue;
import io.github.cscreturns.validation.ssda903.RuleChange;
import io.github.cscreturns.validation.ssda903.RuleMetadata;
import io.github.cscreturns.validation.ssda903.RuleSet;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csc rules [--return ssda903|cin] --year Y [--changes]}: the year's SSDA903 or CIN census rule
 * catalogue and what is implemented, or what changed.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the DfE's SSDA903 validation rules of a collection year, one per line as CODE<TAB>severity<TAB>implemented|not implemented<TAB>fields<TAB>message, in rule code order.",
      "With --return cin, lists the rules of the Children in Need census instead (2022-23 to 2025-26), each field written as Table.Item.",
      "With --changes, lists what the DfE changed from the year before instead, one per line as added|redefined|deleted<TAB>CODE<TAB>implemented|not implemented<TAB>message."
    })
final class RulesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Collection year, such as 2024-25.")
  String year = "";

  @Option(names = "--return", paramLabel = "RETURN", description = "Whose rules to list: ssda903 (the default) or cin, the Children in Need census.")
  String returnName = "ssda903";

  @Option(names = "--changes", description = "List the rules the DfE added, redefined and deleted from the year before.")
  boolean changes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ReturnKind> kind = Returns.named(returnName, err);
    if (kind.isEmpty()) {
      return Csc.USAGE;
    }
    if (kind.get() == ReturnKind.CIN_CENSUS) {
      return cin(out, err);
    }
    Optional<RuleSet> set = ruleSet(year, err);
    if (set.isEmpty()) {
      return Csc.USAGE;
    }
    if (changes) {
      printChanges(set.get(), out);
      return 0;
    }
    set.get().catalogue().rules().stream()
        .sorted((a, b) -> io.github.cscreturns.validation.RuleCodes.ORDER.compare(a.code(), b.code()))
        .forEach(m -> out.println(line(set.get(), m)));
    return 0;
  }

  /** The CIN census rules of the year, or their changes, as the SSDA903 ones are listed. */
  private int cin(PrintWriter out, PrintWriter err) {
    Optional<CinRuleSet> found = ValidateCommand.cinRuleSet(year, err);
    if (found.isEmpty()) {
      return Csc.USAGE;
    }
    CinRuleSet set = found.get();
    if (changes) {
      Optional<CollectionYear> before = set.year().previous().filter(CinRuleCatalogue.years()::contains);
      if (before.isEmpty()) {
        out.println("# " + set.year().label() + " is the base year: no earlier CIN rule set to compare with.");
        return 0;
      }
      CinRuleSet last = CinRuleSet.forYear(before.get());
      for (CinRuleSet.Change c : set.changes()) {
        boolean deleted = c.kind() == CinRuleSet.Change.Kind.DELETED;
        CinRuleSet where = deleted ? last : set;
        out.println(c.kind().name().toLowerCase(Locale.ROOT) + "\t" + c.code() + "\t"
            + (where.isImplemented(c.code()) ? "implemented" : "not implemented") + "\t"
            + where.catalogue().rule(c.code()).map(CinRuleMetadata::message).orElse(""));
      }
      return 0;
    }
    set.catalogue().rules().stream()
        .sorted((a, b) -> io.github.cscreturns.validation.RuleCodes.ORDER.compare(a.code(), b.code()))
        .forEach(m -> out.println(m.code() + "\t" + m.severity().label() + "\t"
            + (set.isImplemented(m.code()) ? "implemented" : "not implemented") + "\t" + String.join(";", m.fields()) + "\t" + m.message()));
    return 0;
  }

  private static void printChanges(RuleSet set, PrintWriter out) {
    if (set.previous().isEmpty()) {
      out.println("# " + set.year().label() + " is the base year: no earlier rule set to compare with.");
      return;
    }
    RuleSet last = set.previous().get();
    for (RuleChange c : set.changes()) {
      RuleCatalogue where = c.kind() == RuleChange.Kind.DELETED ? last.catalogue() : set.catalogue();
      out.println(c.kind().name().toLowerCase(Locale.ROOT) + "\t" + c.code() + "\t"
          + (c.implemented() ? "implemented" : "not implemented") + "\t"
          + where.rule(c.code()).map(RuleMetadata::message).orElse(""));
    }
  }

  private static String line(RuleSet set, RuleMetadata m) {
    return m.code() + "\t" + m.severity().label() + "\t" + (set.isImplemented(m.code()) ? "implemented" : "not implemented")
        + "\t" + String.join(";", m.fields()) + "\t" + m.message();
  }

  /** The DfE rule set of the year named, or one line on {@code err} saying what is accepted. */
  static Optional<RuleSet> ruleSet(String text, PrintWriter err) {
    Optional<CollectionYear> year = CollectionYear.tryParse(text);
    String accepted = RuleCatalogue.years().stream().map(CollectionYear::label).collect(Collectors.joining(", "));
    if (year.isEmpty() || !RuleCatalogue.years().contains(year.get())) {
      err.println("No SSDA903 rule set for '" + text + "'. Accepted: " + accepted + ".");
      return Optional.empty();
    }
    return Optional.of(RuleSet.forYear(year.get()));
  }
}
