package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.injection.ssda903.ErrorInjector;
import io.github.cscreturns.injection.ssda903.Injection;
import io.github.cscreturns.reference.OnsPostcodeDirectory;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.serialization.cin.CinXmlWriter;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import io.github.cscreturns.synthetic.ssda903.Ssda903Generator;
import io.github.cscreturns.validation.report.PrintableText;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code csc generate [--return ssda903|cin] --year Y --children N --seed S --format xml|csv --output PATH
 * [--previous-output PATH] [--inject RULE[,RULE…]]}: a synthetic SSDA903 return, and optionally its
 * previous year's return of the same children; with {@code --inject}, each rule named made to fire on a
 * child of its own. With {@code --return cin}, a synthetic CIN census return (XML only, one year).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generates a synthetic SSDA903 return of invented children: realistic, and valid under the year's DfE rules together with its previous year's return (--previous-output).",
      "--return cin generates a CIN census return instead (2016-17 to 2025-26, --format xml only; no --previous-output or --inject).",
      "The same seed, year and size give the same bytes.",
      "--format xml writes one file; --format csv writes the year's file set into the --output folder.",
      "Postcodes are real ones (West Yorkshire) from the bundled ONS Postcode Directory unless --no-postcodes.",
      "--inject RULE[,RULE...] changes one child per rule (or its previous-year record) so that the rule fires, and as few other error rules as the DfE's rules allow; each change is listed (a value written is one it chose, never one of the return's).",
      "A rule judged against the previous year needs --previous-output.",
      "Files are written to a temporary name and moved into place once complete."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--return", paramLabel = "RETURN", description = "Which return: ssda903 or cin (default ${DEFAULT-VALUE}).")
  String returnName = "ssda903";

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Collection year, such as 2024-25.")
  String year = "";

  @Option(names = "--children", paramLabel = "N", description = "Children in the return (default ${DEFAULT-VALUE}).")
  int children = 1000;

  @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the generator (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--la", paramLabel = "CODE", description = "Three-digit code of the returning local authority (default ${DEFAULT-VALUE}, Leeds).")
  String la = "383";

  @Option(names = "--no-postcodes", description = "Invented (well-formed) postcodes instead of real ones from the bundled ONS Postcode Directory; validate such a return with --no-postcodes.")
  boolean noPostcodes;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: xml or csv.")
  String format = "";

  @Option(names = {"--output", "-o"}, required = true, paramLabel = "PATH", description = "Output file (xml) or folder (csv); - writes the XML to standard output.")
  Path output = Path.of("");

  @Option(names = "--previous-output", paramLabel = "PATH", description = "Where to write the previous year's return of the same children.")
  Optional<Path> previousOutput = Optional.empty();

  @Option(names = "--inject", split = ",", paramLabel = "RULE", description = "DfE rule codes to make fire, each on a child of its own (comma-separated).")
  List<String> inject = List.of();

  /** Upper bound on --children: a national return is about 117,000; this leaves room and bounds memory. */
  static final int MAX_CHILDREN = 1_000_000;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<CollectionYear> collectionYear = Csc.collectionYear(year, err);
    if (collectionYear.isEmpty()) {
      return Csc.USAGE;
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("xml") && !fmt.equals("csv")) {
      err.println("Unknown output format '" + PrintableText.of(format) + "'. Accepted: xml, csv.");
      return Csc.USAGE;
    }
    if (children < 0 || children > MAX_CHILDREN) {
      err.println("--children must be from 0 to " + MAX_CHILDREN + ", not " + children + ".");
      return Csc.USAGE;
    }
    if (!la.matches("\\d{3}")) {
      err.println("--la must be a three-digit local authority code, not '" + PrintableText.of(la) + "'.");
      return Csc.USAGE;
    }
    String which = returnName.toLowerCase(Locale.ROOT);
    if (which.equals("cin")) {
      return generateCin(collectionYear.get(), fmt, out, err);
    }
    if (!which.equals("ssda903")) {
      err.println("Unknown return '" + PrintableText.of(returnName) + "'. Accepted: ssda903, cin.");
      return Csc.USAGE;
    }
    Optional<CollectionYear> previousYear = collectionYear.get().previous();
    if (previousOutput.isPresent() && previousYear.isEmpty()) {
      err.println("--previous-output: " + collectionYear.get().label() + " is the first year modelled; it has no previous year.");
      return Csc.USAGE;
    }
    if (previousOutput.isPresent() && AtomicOutput.overlap(output, previousOutput.get()).isPresent()) {
      err.println("--previous-output must differ from --output.");
      return Csc.USAGE;
    }
    boolean stdout = Inputs.isStandardStream(output);
    if (stdout && (!fmt.equals("xml") || previousOutput.isPresent())) {
      err.println("--output - (standard output) takes one XML return: --format xml, without --previous-output.");
      return Csc.USAGE;
    }
    Ssda903Generator.Builder builder =
        Ssda903Generator.builder(collectionYear.get()).seed(seed).children(children).la(LaCode.of(la));
    if (!noPostcodes) {
      builder.postcodes(RealPostcodes.from(OnsPostcodeDirectory.bundled(), 4_000));
    }
    Ssda903Generator generator = builder.build();
    Stream<Child> thisYear = generator.children();
    Stream<Child> lastYear = previousYear.isPresent() ? generator.previousYearChildren() : Stream.empty();
    if (!inject.isEmpty()) {
      RuleSet rules = RuleSet.forYear(collectionYear.get());
      List<Child> now = thisYear.toList();
      List<Child> last = lastYear.toList();
      ErrorInjector.Builder injector = ErrorInjector.builder(rules, now, last).la(LaCode.of(la));
      if (!noPostcodes) {
        injector.referenceData(ReferenceData.of(Optional.<ReferenceData.PostcodeDirectory>of(OnsPostcodeDirectory.bundled()), Optional.empty()));
      }
      ErrorInjector built = injector.build();
      List<String> wanted = inject.stream().distinct().toList();
      for (String rule : wanted) {
        if (!built.checks(rule)) {
          err.println("--inject: " + PrintableText.of(rule) + " is not a rule of " + collectionYear.get().label()
              + " that the validator implements and can check here (see csc rules --year " + collectionYear.get().label()
              + "; rules that need the Ofsted provider lists, or real postcodes with --no-postcodes, cannot be injected).");
          return Csc.USAGE;
        }
        if (previousOutput.isEmpty() && readsThePreviousYear(rules, rule)) {
          err.println("--inject: " + PrintableText.of(rule) + " is judged against the previous year's return; give --previous-output to write it.");
          return Csc.USAGE;
        }
      }
      List<Injection> done = built.injectEach(wanted);
      List<Child> before = last;
      for (Injection i : done) {
        if (previousOutput.isEmpty() && !i.previousYear().equals(before)) {
          err.println("--inject: the change that makes " + i.rule() + " fire is in the previous year's return; give --previous-output to write it."
              + " Nothing was written.");
          return Csc.USAGE;
        }
        before = i.previousYear();
      }
      PrintWriter said = stdout ? err : out;
      for (Injection i : done) {
        said.println("Injected " + i.rule() + " in child " + PrintableText.of(i.childId().value()) + ": " + i.change()
            + (i.alsoFired().isEmpty() ? "" : " (also fires " + String.join(", ", i.alsoFiredInOrder()) + ")"));
      }
      for (String rule : wanted) {
        if (done.stream().noneMatch(i -> i.rule().equals(rule))) {
          said.println("Could not make " + PrintableText.of(rule) + " fire on these children (try more children or another seed).");
        }
      }
      if (!done.isEmpty()) {
        Injection lastOne = done.get(done.size() - 1);
        now = lastOne.children();
        last = lastOne.previousYear();
      }
      thisYear = now.stream();
      lastYear = last.stream();
    }
    try {
      if (stdout) {
        // the return is the output: what was written is said on standard error
        Summary written = new Summary();
        Stream<Child> toWrite = thisYear;
        AtomicOutput.writeToStandardOutput(out, stream -> writeXml(toWrite, collectionYear.get(), stream, written));
        err.println("Wrote " + written.describe(collectionYear.get(), fmt) + " to standard output; seed " + seed + ", LA " + la + ".");
        return 0;
      }
      Summary current = write(thisYear, collectionYear.get(), fmt, output);
      out.println("Wrote " + current.describe(collectionYear.get(), fmt) + " to " + Inputs.shown(output));
      if (previousOutput.isPresent()) {
        Summary previous = write(lastYear, previousYear.get(), fmt, previousOutput.get());
        out.println("Wrote " + previous.describe(previousYear.get(), fmt) + " (the previous year of the same children) to "
            + Inputs.shown(previousOutput.get()));
      }
      out.println("Seed " + seed + ", LA " + la + "; the same options give the same files.");
      return 0;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      err.println("Cannot write the output: " + cause.getClass().getSimpleName() + "; nothing was left half-written.");
      return Csc.USAGE;
    }
  }

  /** {@code --return cin}: one XML return of the year, to a file or standard output. */
  private Integer generateCin(CollectionYear y, String fmt, PrintWriter out, PrintWriter err) {
    if (!CinGenerator.covers(y)) {
      err.println("--return cin: CIN returns are generated for " + CinGenerator.FIRST_YEAR.label() + " to " + CinGenerator.LAST_YEAR.label()
          + ", not " + y.label() + ".");
      return Csc.USAGE;
    }
    if (!fmt.equals("xml")) {
      err.println("--return cin: the CIN census is XML only; use --format xml.");
      return Csc.USAGE;
    }
    if (previousOutput.isPresent()) {
      err.println("--return cin: --previous-output is for SSDA903 returns; a CIN return is generated for one year.");
      return Csc.USAGE;
    }
    if (!inject.isEmpty()) {
      err.println("--return cin: --inject is for SSDA903 returns; CIN rules cannot be injected yet.");
      return Csc.USAGE;
    }
    CinGenerator generator = CinGenerator.builder(y).seed(seed).children(children).la(LaCode.of(la)).build();
    CinSummary summary = new CinSummary();
    try {
      if (Inputs.isStandardStream(output)) {
        AtomicOutput.writeToStandardOutput(out, stream -> writeCin(generator, stream, summary));
        err.println("Wrote " + summary.describe(y) + " to standard output; seed " + seed + ", LA " + la + ".");
        return 0;
      }
      AtomicOutput.writeFile(output, stream -> writeCin(generator, stream, summary));
      out.println("Wrote " + summary.describe(y) + " to " + Inputs.shown(output));
      out.println("Seed " + seed + ", LA " + la + "; the same options give the same file.");
      return 0;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      err.println("Cannot write the output: " + cause.getClass().getSimpleName() + "; nothing was left half-written.");
      return Csc.USAGE;
    }
  }

  private static void writeCin(CinGenerator generator, java.io.OutputStream stream, CinSummary summary) {
    // Streams child by child: memory holds one child, whatever the size.
    try (CinXmlWriter writer = CinXml.writer(stream, Optional.of(generator.header()))) {
      Iterator<CinChild> it = generator.children().iterator();
      while (it.hasNext()) {
        CinChild c = it.next();
        writer.write(c);
        summary.add(c, generator.year());
      }
    }
  }

  /** What a written CIN return holds. */
  private static final class CinSummary {
    int children;
    int episodes;
    int inNeedAt31March;
    int onPlansAt31March;

    void add(CinChild c, CollectionYear y) {
      children++;
      episodes += c.cinDetails().size();
      if (c.isOpenOn(CinReturn.referenceDateOf(y))) {
        inNeedAt31March++;
      }
      if (!c.childProtectionPlansOpenAtReferenceDate(y).isEmpty()) {
        onPlansAt31March++;
      }
    }

    String describe(CollectionYear y) {
      return children + " children (CIN " + y.label() + " xml): " + episodes + " CIN episodes; " + inNeedAt31March
          + " in need at 31 March, " + onPlansAt31March + " on a child protection plan at 31 March";
    }
  }

  /** Whether the rule needs the previous year's return to be judged. */
  private static boolean readsThePreviousYear(RuleSet rules, String code) {
    return rules.rule(code).map(r -> r.requirements().contains(Requirement.PREVIOUS_YEAR)).orElse(false)
        || rules.returnRule(code).map(r -> r.requirements().contains(Requirement.PREVIOUS_YEAR)).orElse(false);
  }

  /** What a written return holds. */
  private static final class Summary {
    int children;
    int episodes;
    int lookedAfterAt31March;
    int started;
    int ceased;
    int uasc;
    int adopted;
    int careLeavers;

    void add(Child c, CollectionYear y) {
      children++;
      episodes += c.episodes().size();
      if (c.isLookedAfterAtYearEnd(y)) {
        lookedAfterAt31March++;
      }
      if (!c.episodes().isEmpty() && c.episodes().get(0).start().map(y::ssda903Contains).orElse(false)) {
        started++;
      }
      if (!c.episodes().isEmpty() && !c.isLookedAfterAtYearEnd(y)) {
        ceased++;
      }
      if (!c.uasc().isEmpty()) {
        uasc++;
      }
      if (!c.adoptions().isEmpty()) {
        adopted++;
      }
      if (!c.careLeaverCheckpoints().isEmpty()) {
        careLeavers++;
      }
    }

    String describe(CollectionYear y, String fmt) {
      return children + " children (" + y.label() + " " + fmt + "): " + episodes + " episodes; " + lookedAfterAt31March
          + " looked after at 31 March, " + started + " started and " + ceased + " ceased in the year, " + uasc + " UASC, "
          + adopted + " adopted, " + careLeavers + " care leavers with OC3 only";
    }
  }

  private static void writeXml(Stream<Child> children, CollectionYear y, java.io.OutputStream stream, Summary summary) {
    try (Ssda903XmlWriter writer = Ssda903Xml.writer(stream, y)) {
      Iterator<Child> it = children.iterator();
      while (it.hasNext()) {
        Child c = it.next();
        writer.write(c);
        summary.add(c, y);
      }
    }
  }

  private static Summary write(Stream<Child> children, CollectionYear y, String fmt, Path target) throws IOException {
    Summary summary = new Summary();
    if (fmt.equals("xml")) {
      // Streams child by child: memory holds one child, whatever the size.
      AtomicOutput.writeFile(target, stream -> writeXml(children, y, stream, summary));
    } else {
      List<Child> all = children.toList();
      all.forEach(c -> summary.add(c, y));
      AtomicOutput.writeFolder(target, folder -> Ssda903Csv.write(folder, y, all));
    }
    return summary;
  }
}
