package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.CinCodesets;
import io.github.cscreturns.codesets.ssda903.Ssda903Codesets;
import io.github.cscreturns.serialization.ReturnKind;
import io.github.cscreturns.validation.report.PrintableText;
import java.util.stream.Collectors;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csc codes [--return ssda903|cin] CODESET --year Y | --all}: the codes of an SSDA903 or CIN census codeset. */
@Command(
    name = "codes",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the codes of an SSDA903 codeset, one per line as CODE<TAB>description, in the order of the DfE guide.",
      "With --year, the codes valid that year; with --all, every code with its first and last year.",
      "With --return cin, the codesets of the Children in Need census instead, by their names in the DfE's specification (such as ReferralSource, PrimaryNeed, CategoryOfAbuse); --year is then one of the census years, 2022-23 to 2025-26."
    })
final class CodesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CODESET", description = "Codeset name, such as PLACE, REC, RNE, LS, SEX (for the CIN census, such as ReferralSource or Sex).")
  String codesetName = "";

  @Option(names = "--return", paramLabel = "RETURN", description = "Whose codesets to look in: ssda903 (the default) or cin, the Children in Need census.")
  String returnName = "ssda903";

  @ArgGroup(exclusive = true, multiplicity = "1")
  Selection selection = new Selection();

  static final class Selection {
    @Option(names = "--year", paramLabel = "YEAR", description = "Collection year, such as 2014-15.")
    String year = "";

    @Option(names = "--all", description = "Every code with its first and last collection year.")
    boolean all;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<ReturnKind> kind = Returns.named(returnName, err);
    if (kind.isEmpty()) {
      return Csc.USAGE;
    }
    boolean cin = kind.get() == ReturnKind.CIN_CENSUS;
    Optional<Codeset<?>> codeset = cin ? CinCodesets.byName(codesetName) : Ssda903Codesets.byName(codesetName);
    if (codeset.isEmpty()) {
      String names = cin ? CinCodesets.all().stream().map(Codeset::name).collect(Collectors.joining(", ")) : Ssda903Codesets.names();
      err.println("Unknown " + (cin ? "CIN census codeset '" : "codeset '") + PrintableText.of(codesetName) + "'. Accepted: " + names + ".");
      return Csc.USAGE;
    }
    if (selection.all) {
      for (Code c : codeset.get().codes()) {
        out.println(c.code() + "\t" + c.validity().first().label() + "\t" + c.validity().last().label() + "\t" + c.description());
      }
      return 0;
    }
    Optional<CollectionYear> year = cin ? Returns.cinYear(selection.year, err)
        : Csc.collectionYear(selection.year, err);
    if (year.isEmpty()) {
      return Csc.USAGE;
    }
    for (Code c : codeset.get().validCodes(year.get())) {
      out.println(c.code() + "\t" + c.description());
    }
    return 0;
  }
}
