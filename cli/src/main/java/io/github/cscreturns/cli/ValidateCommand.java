package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.reference.LocalAuthorityList;
import io.github.cscreturns.reference.OnsPostcodeDirectory;
import io.github.cscreturns.reference.ofsted.OfstedProviders;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReturnKind;
import io.github.cscreturns.serialization.cin.CinChildReader;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.cin.BankHolidays;
import io.github.cscreturns.validation.cin.CinRuleCatalogue;
import io.github.cscreturns.validation.cin.CinRuleMetadata;
import io.github.cscreturns.validation.cin.CinRuleSet;
import io.github.cscreturns.validation.cin.CinValidator;
import io.github.cscreturns.validation.report.RuleSummary;
import io.github.cscreturns.validation.report.FindingValues;
import io.github.cscreturns.validation.report.ReportFormat;
import io.github.cscreturns.validation.report.ReportWriter;
import io.github.cscreturns.validation.report.ChildPseudonyms;
import io.github.cscreturns.validation.report.PrintableText;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Stage;
import io.github.cscreturns.validation.ssda903.Validator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csc validate (--year Y INPUT | --sample) [--return ssda903|cin] [--previous PATH] [--la LA] [--postcodes FILE |
 * --no-postcodes] [--ofsted FILE[,FILE…]] [--stage N] [--rules CODES] [--exclude-rules CODES]
 * [--failed-only] [--verbose] [--child-ids | --mask-child-ids] [--pseudonymise-key-file FILE] [--format
 * text|csv|json|html|xlsx] [--show-values] [--output FILE] [--threads N] [--quiet]}: validates an
 * SSDA903 return against the DfE rules of its year. The xlsx workbook ({@link ValidationWorkbook}) is
 * written to a file only; it and the HTML page show the affected values, when asked. The bundled ONS
 * Postcode Directory is used unless another is given or none is
 * wanted; the report's title says which reference data was used. A long run shows its progress on
 * standard error when that is a terminal ({@link Progress}).
 *
 * <p>A CIN census file (recognised from its XML, or named with {@code --return cin}) is validated
 * against the DfE's CIN rules of its year ({@link CinValidator}), with the same reports; the options
 * of SSDA903 alone (previous year, LA, postcodes, Ofsted, stage) are refused for it; {@code
 * --show-values} reads the affected values from the CIN records as from the SSDA903 ones.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates an SSDA903 return (an XML file, or a folder holding the CSV file set) or a Children in Need (CIN) census (an XML file) against the DfE rules of its year.",
      "The return is recognised from the XML of INPUT (on standard input too, from its first megabyte), or named with --return ssda903 or --return cin. For the CIN census, --previous, --la, --postcodes, --no-postcodes, --ofsted and --stage are refused: they are for SSDA903 returns only.",
      "The text report lists the rules that failed, counts the others (--verbose lists them), then gives each child's findings with where to find the record: file and line (and the element for XML) and the record's start date (DECOM for episodes, MIS_START for missing episodes, REVIEW for reviews).",
      "--format xlsx writes a workbook (needs --output FILE.xlsx): what was validated, a summary per rule and per child, and a row per finding with its table, file and line, fields and locator; each sheet a filtered table under a frozen header row. --show-values adds the affected values of each finding's fields: personal data (dates of birth, postcodes, IDs), so off by default, and never beside pseudonyms.",
      "Child IDs are personal data: a report writes them only with --child-ids. Otherwise each child gets a pseudonym instead: with a pseudonymisation key the same for the same child in every report under the same key (HMAC-SHA-256 of the child ID, first 20 hex digits), without one P1, P2 … in order of appearance in this report only. Give the key in a file (--pseudonymise-key-file) or in the environment variable " + ValidateCommand.KEY_VARIABLE + ", at least 16 bytes, kept secret: child IDs are short, so anyone holding the key can find a child's pseudonym.",
      "Exit code: 0 no errors, 1 errors found (or a rule failed to run), 2 unusable input or arguments."
    })
final class ValidateCommand implements Callable<Integer>, Environment.Aware {
  /** The year of the bundled sample return. */
  static final CollectionYear SAMPLE_YEAR = CollectionYear.Y2024_25;

  /** The environment variable holding the pseudonymisation key, where no key file is given. */
  static final String KEY_VARIABLE = "CSC_PSEUDONYMISE_KEY";

  private final ReturnSource source;
  private Environment environment = Environment.SYSTEM;

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input = new Input();

  static final class Input {
    @ArgGroup(exclusive = false, multiplicity = "1")
    Return given;

    @Option(names = "--sample", required = true, description = "Validate the small synthetic " + "2024-25" + " return bundled with csc (with deliberate errors) instead; exits 0 once the report is written.")
    boolean sample;
  }

  static final class Return {
    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Collection year of the return, such as 2024-25.")
    String year = "";

    @Parameters(paramLabel = "INPUT", arity = "1", description = "The return: an XML file, a folder of SSDA903 CSV files, or - for XML on standard input.")
    Path path = Path.of("");
  }

  @Option(names = "--return", paramLabel = "RETURN", description = Returns.OPTION_HELP)
  Optional<String> returnName = Optional.empty();

  @Option(names = "--previous", paramLabel = "PATH", description = "The previous year's return (XML file or CSV folder); rules needing it are skipped without it.")
  Optional<Path> previous = Optional.empty();

  @Option(names = "--la", paramLabel = "LA", description = "The returning local authority: its DfE number (such as 318) or ONS code (such as E09000027). Rules comparing a placement's LA with the return's are skipped without it.")
  Optional<String> la = Optional.empty();

  @ArgGroup(exclusive = true)
  Postcodes postcodes = new Postcodes();

  static final class Postcodes {
    @Option(names = "--postcodes", paramLabel = "FILE", description = "Your own ONS Postcode Directory: the CSV as ONS publishes it (or gzipped, or the published zip), instead of the bundled November 2025 release.")
    Optional<Path> file = Optional.empty();

    @Option(names = "--no-postcodes", description = "Use no postcode directory: the rules needing one (placement LA and distance) are skipped. (--sample uses none unless --postcodes is given: its postcodes are invented.)")
    boolean none;
  }

  @Option(names = "--ofsted", paramLabel = "FILE", split = ",", description = "Ofsted's provider lists (children's homes, social care providers) as Ofsted publishes them (xlsx), or CSV: repeat the option or separate the files with commas. The URN rules are skipped without them.")
  List<Path> ofsted = new ArrayList<>();

  @Option(names = "--stage", paramLabel = "STAGE", description = "Run only the rules of the DfE's stage 1 or 2 (default: both). Rules whose stage is not known run only when both stages do.")
  Optional<Integer> stage = Optional.empty();

  @Option(names = "--rules", paramLabel = "CODES", split = ",", description = "Run only these rules, such as 103,148 (the others are reported as skipped, not selected).")
  List<String> onlyRules = new ArrayList<>();

  @Option(names = "--exclude-rules", paramLabel = "CODES", split = ",", description = "Do not run these rules, such as 1015,SW04STG1 (reported as skipped, not selected).")
  List<String> excludedRules = new ArrayList<>();

  @Option(names = "--failed-only", description = "Report only the rules that failed or errored: no count or list of the rules that passed or were skipped (text), no outcome for them (json).")
  boolean failedOnly;

  @Option(names = "--verbose", description = "List every rule in the text report, with its outcome, not only the rules that failed.")
  boolean verbose;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, json, html (one self-contained page: summary, filters by rule and severity, each child's flagged records; opens without a network) or xlsx (a workbook, written to --output FILE only).")
  String format = "text";

  @Option(names = "--show-values", description = "xlsx and html only: write the affected values of each finding's fields (as read: the value, or the text that is not a valid value). Personal data: off by default; needs --child-ids (never beside pseudonyms).")
  boolean showValues;

  @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the report to FILE (written whole or not at all) instead of standard output; - is standard output.")
  Optional<Path> output = Optional.empty();

  @Option(names = "--child-ids", description = "Write each child's ID in the report (personal data). Without it each child gets a pseudonym: keyed when a key is given, else P1, P2 … in order of appearance.")
  boolean childIds;

  @Option(names = "--mask-child-ids", description = "Write a pseudonym instead of each child ID (the default; refused with --child-ids).")
  boolean maskChildIds;

  @Option(names = "--pseudonymise-key-file", paramLabel = "FILE", description = "The secret key of the pseudonyms (refused with --child-ids): the file's bytes, a final line break aside; at least 16 bytes. Without it the key is taken from " + KEY_VARIABLE + " where that is set.")
  Optional<Path> keyFile = Optional.empty();

  @Option(names = "--threads", paramLabel = "N", description = "Threads checking the children of an SSDA903 return (default: the number of processors); the report is the same whatever the number. The CIN census is checked on one thread.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = {"--quiet", "-q"}, description = "No progress on standard error (shown only when standard error is a terminal and the run has taken more than 2 seconds: the phase, the number of children read, the rules running and the time elapsed).")
  boolean quiet;

  @Option(names = "--timings", hidden = true, description = "Print how long each phase took (wall and CPU) on standard error.")
  boolean timings;

  ValidateCommand(ReturnSource source) {
    this.source = source;
  }

  ValidateCommand() {
    this(ReturnSource.DEFAULT);
  }

  @Override
  public void environment(Environment environment) {
    this.environment = environment;
  }

  /** Standard input, buffered so that the return can be recognised from its first bytes. */
  private java.io.BufferedInputStream stdin() {
    if (stdin == null) {
      stdin = Returns.buffered(environment.stdin());
    }
    return stdin;
  }

  private java.io.@org.jspecify.annotations.Nullable BufferedInputStream stdin;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean sample = input.sample;
    Optional<ReturnKind> named = Optional.empty();
    if (returnName.isPresent()) {
      named = Returns.named(returnName.get(), err);
      if (named.isEmpty()) {
        return Csc.USAGE;
      }
    }
    ReturnKind kind;
    if (sample) {
      if (named.isPresent() && named.get() != ReturnKind.SSDA903) {
        err.println("--sample is an SSDA903 return: there is no bundled " + named.get().title() + " sample.");
        return Csc.USAGE;
      }
      kind = ReturnKind.SSDA903;
    } else if (named.isPresent()) {
      kind = named.get();
    } else {
      try {
        kind = Returns.recognise(input.given.path, stdin());
      } catch (ReturnSource.UnusableInputException e) {
        err.println(e.getMessage());
        return Csc.USAGE;
      }
    }
    if (kind == ReturnKind.CIN_CENSUS) {
      return validateCin(input.given.year, input.given.path, err);
    }
    if (kind != ReturnKind.SSDA903) {
      err.println(Returns.notHandled(input.given.path, kind, "validate"));
      return Csc.USAGE;
    }
    String yearText = sample ? SAMPLE_YEAR.label() : input.given.year;
    Optional<RuleSet> rules = RulesCommand.ruleSet(yearText, err);
    if (rules.isEmpty()) {
      return Csc.USAGE;
    }
    CollectionYear collectionYear = rules.get().year();
    boolean workbook = format.strip().equalsIgnoreCase(XLSX);
    Optional<ReportFormat> reportFormat = reportFormat(workbook, err);
    if (reportFormat.isEmpty()) {
      return Csc.USAGE;
    }
    if (threads < 1) {
      err.println("--threads must be at least 1.");
      return Csc.USAGE;
    }
    Set<Stage> stages = EnumSet.allOf(Stage.class);
    if (stage.isPresent()) {
      Optional<Stage> only = Stage.of(stage.get());
      if (only.isEmpty()) {
        err.println("--stage must be 1 or 2.");
        return Csc.USAGE;
      }
      stages = EnumSet.of(only.get());
    }
    Optional<LocalAuthorityList.Authority> authority = Optional.empty();
    if (la.isPresent()) {
      authority = LocalAuthorityList.bundled().find(la.get());
      if (authority.isEmpty()) {
        err.println(unknownLa(la.get()));
        return Csc.USAGE;
      }
    }
    Optional<ChildPseudonyms> pseudonyms;
    try {
      pseudonyms = pseudonyms(err);
    } catch (IllegalArgumentException e) {
      return Csc.USAGE;
    }
    if (showValues && pseudonyms.isPresent()) {
      err.println("--show-values needs --child-ids: a child's values (dates of birth, postcodes) beside a pseudonym could name the child again.");
      return Csc.USAGE;
    }
    Optional<Path> in = sample ? Optional.empty() : Optional.of(input.given.path);
    Optional<Path> reportFile = output.filter(o -> !Inputs.isStandardStream(o));
    if (reportFile.isPresent()) {
      for (Path given : in.isPresent() ? List.of(in.get()) : List.<Path>of()) {
        if (!Inputs.isStandardStream(given) && AtomicOutput.overlap(given, reportFile.get()).isPresent()) {
          err.println("Refusing to write the report to " + Inputs.shown(reportFile.get()) + ": "
              + AtomicOutput.overlap(given, reportFile.get()).get() + " (the return would be lost). Give another --output.");
          return Csc.USAGE;
        }
      }
      if (previous.isPresent() && AtomicOutput.overlap(previous.get(), reportFile.get()).isPresent()) {
        err.println("Refusing to write the report to " + Inputs.shown(reportFile.get()) + ": it would replace the previous year's return.");
        return Csc.USAGE;
      }
    }
    if (previous.isPresent() && Inputs.isStandardStream(previous.get())) {
      err.println("--previous: give a file or folder; standard input (-) is only for the return itself.");
      return Csc.USAGE;
    }
    Path sampleDir = null;
    try (Progress progress = Progress.of(err, quiet, timings, environment)) {
      progress.phase("reading the reference data");
      // The bundled sample's postcodes are invented: it is checked without the bundled directory.
      Optional<OnsPostcodeDirectory> directory =
          postcodes.file.isPresent() ? Optional.of(OnsPostcodeDirectory.fromOnspd(postcodes.file.get()))
              : postcodes.none || sample ? Optional.empty()
              : Optional.of(OnsPostcodeDirectory.bundled());
      Optional<OfstedProviders> providers = ofsted.isEmpty() ? Optional.empty() : Optional.of(OfstedProviders.read(ofsted));
      Validator.Builder validator =
          Validator.builder(rules.get())
              .parallelism(threads)
              .stages(stages)
              .referenceData(ReferenceData.of(directory.<ReferenceData.PostcodeDirectory>map(d -> d), providers.<ReferenceData.ProviderDirectory>map(p -> p)));
      try {
        if (!onlyRules.isEmpty()) {
          validator.onlyRules(onlyRules);
        }
        if (!excludedRules.isEmpty()) {
          validator.excludingRules(excludedRules);
        }
      } catch (IllegalArgumentException e) {
        // the message names the codes given that the year's rule set does not have
        progress.close();
        err.println("--rules/--exclude-rules: " + PrintableText.of(e.getMessage()) + "; csc rules --year " + collectionYear.label() + " lists them.");
        return Csc.USAGE;
      }
      authority.ifPresent(a -> validator.la(a.laCode()));
      if (previous.isPresent()) {
        Optional<CollectionYear> previousYear = collectionYear.previous();
        progress.phase("reading the previous year's return");
        try (ReturnSource.Children read = source.open(previous.get(), previousYear.orElse(collectionYear))) {
          validator.previousYear(progress.counting(read));
        }
      }
      Path path;
      if (sample) {
        sampleDir = Files.createTempDirectory("csc-sample");
        path = Sample.extractTo(sampleDir);
      } else {
        path = in.orElseThrow();
      }
      Validator built = validator.build();
      progress.phase("reading and validating the return", built.rulesRun());
      ValidationReport report;
      boolean standardInput = Inputs.isStandardStream(path);
      // Standard input cannot be read twice: with --show-values its children are kept as they are read.
      List<Child> keptForValues = new ArrayList<>();
      try (ReturnSource.Children opened =
              standardInput ? source.openStandardInput(stdin(), collectionYear) : source.open(path, collectionYear);
          // with more than one thread, the return is read on a thread of its own, ahead of the validator
          ReturnSource.Children children = threads > 1 ? new ReadAhead(opened) : opened) {
        Iterator<Child> read = showValues && standardInput ? keeping(children, keptForValues) : children;
        report = built.validate(progress.counting(read));
      }
      Optional<FindingValues> values = Optional.empty();
      if (showValues) {
        progress.phase("reading the affected values");
        if (standardInput) {
          values = Optional.of(FindingValues.of(report.findings(), keptForValues.iterator()));
        } else {
          // read again rather than kept: memory stays bounded by the findings, not the return
          try (ReturnSource.Children again = source.open(path, collectionYear)) {
            values = Optional.of(FindingValues.of(report.findings(), again));
          }
        }
      }
      progress.phase("writing the report");
      if (reportFile.isEmpty()) {
        // the report may go to the same terminal: no line of progress may stand in it
        progress.hide();
      }
      ReportWriter writer =
          ReportWriter.of(reportFormat.get())
              .withRules(rules.get().catalogue().summaries())
              .withVerbose(verbose)
              .withFailedOnly(failedOnly)
              .withTitle(
                  "SSDA903 " + collectionYear.label() + (sample ? " (bundled sample return)" : "") + "\n"
                      + referenceDataUsed(authority, directory, providers) + "\n"
                      + stagesRun(report) + rulesSelected());
      if (pseudonyms.isPresent()) {
        writer = writer.withPseudonyms(pseudonyms.get());
      }
      if (values.isPresent() && !workbook) {
        writer = writer.withValues(values.get());
      }
      if (workbook) {
        ValidationWorkbook.About about =
            new ValidationWorkbook.About(
                "SSDA903 " + collectionYear.label() + (sample ? " (bundled sample return)" : ""),
                filesValidated(path, standardInput),
                LocalDateTime.now().withNano(0),
                referenceDataUsed(authority, directory, providers).substring("Reference data: ".length()),
                stagesRun(report),
                Optional.of(rulesSelected().strip()).filter(t -> !t.isEmpty()).map(t -> t.substring("Rules selected: ".length())),
                Csc.Version.sdkVersion());
        ValidationWorkbook xlsx = new ValidationWorkbook(about, rules.get().catalogue().summaries(), pseudonyms, values);
        AtomicOutput.writeFile(reportFile.orElseThrow(), stream -> xlsx.write(report, stream));
      } else {
        write(writer, report, reportFile);
      }
      // The sample's errors are deliberate: as a demonstration it succeeds once its report is written.
      return report.isValid() || sample ? 0 : 1;
    } catch (ReturnSource.UnusableInputException e) {
      err.println(e.getMessage());
      return Csc.USAGE;
    } catch (ReturnSource.UnusableInputRuntime e) {
      err.println(e.getMessage());
      return Csc.USAGE;
    } catch (IllegalArgumentException e) {
      // A reference data file (ONSPD, Ofsted list) that cannot be read: its message names file, line and column.
      err.println(e.getMessage());
      return Csc.USAGE;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      err.println("Cannot read or write (" + cause.getClass().getSimpleName() + ")"
          + reportFile.map(f -> "; the report " + Inputs.shown(f) + " was not written").orElse("") + ".");
      return Csc.USAGE;
    } finally {
      if (sampleDir != null) {
        Sample.delete(sampleDir);
      }
    }
  }

  /**
   * Validates a CIN census file against the DfE's CIN rules of the year, with the reports of SSDA903;
   * the options of SSDA903 alone are refused.
   */
  private int validateCin(String yearText, Path path, PrintWriter err) {
    List<String> ssda903Only = new ArrayList<>();
    if (previous.isPresent()) {
      ssda903Only.add("--previous");
    }
    if (la.isPresent()) {
      ssda903Only.add("--la");
    }
    if (postcodes.file.isPresent()) {
      ssda903Only.add("--postcodes");
    }
    if (postcodes.none) {
      ssda903Only.add("--no-postcodes");
    }
    if (!ofsted.isEmpty()) {
      ssda903Only.add("--ofsted");
    }
    if (stage.isPresent()) {
      ssda903Only.add("--stage");
    }
    if (!ssda903Only.isEmpty()) {
      err.println(String.join(", ", ssda903Only) + ": for SSDA903 returns only; the CIN census is validated without "
          + (ssda903Only.size() == 1 ? "it." : "them."));
      return Csc.USAGE;
    }
    Optional<CinRuleSet> yearRules = cinRuleSet(yearText, err);
    if (yearRules.isEmpty()) {
      return Csc.USAGE;
    }
    CinRuleSet all = yearRules.get();
    CollectionYear collectionYear = all.year();
    boolean workbook = format.strip().equalsIgnoreCase(XLSX);
    Optional<ReportFormat> reportFormat = reportFormat(workbook, err);
    if (reportFormat.isEmpty()) {
      return Csc.USAGE;
    }
    Optional<ChildPseudonyms> pseudonyms;
    try {
      pseudonyms = pseudonyms(err);
    } catch (IllegalArgumentException e) {
      return Csc.USAGE;
    }
    if (showValues && pseudonyms.isPresent()) {
      err.println("--show-values needs --child-ids: a child's values (dates of birth, IDs) beside a pseudonym could name the child again.");
      return Csc.USAGE;
    }
    boolean standardInput = Inputs.isStandardStream(path);
    if (!standardInput && Files.isDirectory(path)) {
      err.println(Inputs.shown(path) + ": a folder; the CIN census is one XML file.");
      return Csc.USAGE;
    }
    if (!standardInput && !Files.exists(path)) {
      err.println("No such file or folder: " + Inputs.shown(path));
      return Csc.USAGE;
    }
    Optional<Path> reportFile = output.filter(o -> !Inputs.isStandardStream(o));
    if (reportFile.isPresent() && !standardInput && AtomicOutput.overlap(path, reportFile.get()).isPresent()) {
      err.println("Refusing to write the report to " + Inputs.shown(reportFile.get()) + ": "
          + AtomicOutput.overlap(path, reportFile.get()).get() + " (the return would be lost). Give another --output.");
      return Csc.USAGE;
    }
    CinRuleSet selected = all;
    try {
      if (!onlyRules.isEmpty()) {
        selected = selected.only(cinCodes(all, onlyRules));
      }
      if (!excludedRules.isEmpty()) {
        selected = selected.without(cinCodes(all, excludedRules));
      }
    } catch (IllegalArgumentException e) {
      err.println("--rules/--exclude-rules: " + e.getMessage() + "; csc rules --return cin --year " + collectionYear.label() + " lists them.");
      return Csc.USAGE;
    }
    String title = ReturnKind.CIN_CENSUS.title() + " " + collectionYear.label();
    String referenceData = "England's bank holidays to " + BankHolidays.england().lastYear() + " (bundled), for the working-day rules";
    try (Progress progress = Progress.of(err, quiet, timings, environment)) {
      CinValidator validator = CinValidator.of(selected);
      progress.phase("reading and validating the return",
          (int) selected.catalogue().rules().stream().filter(m -> validator.rules().isImplemented(m.code())).count());
      ValidationReport report;
      // Standard input cannot be read twice: with --show-values its children are kept as they are read.
      List<io.github.cscreturns.core.cin.CinChild> kept = new ArrayList<>();
      try (CinChildReader children = standardInput ? CinXml.reader(stdin(), Inputs.STDIN) : CinXml.reader(path)) {
        Iterator<io.github.cscreturns.core.cin.CinChild> read = showValues && standardInput ? keeping(children, kept) : children;
        report = validator.validate(children.header(), progress.counting(read));
      } catch (FormatException e) {
        progress.close();
        err.println(Inputs.located(path, e));
        return Csc.USAGE;
      }
      Optional<FindingValues> values = Optional.empty();
      if (showValues) {
        progress.phase("reading the affected values");
        if (standardInput) {
          values = Optional.of(FindingValues.ofCin(report.findings(), kept.iterator()));
        } else {
          // read again rather than kept: memory stays bounded by the findings, not the return
          try (CinChildReader again = CinXml.reader(path)) {
            values = Optional.of(FindingValues.ofCin(report.findings(), again));
          }
        }
      }
      progress.phase("writing the report");
      if (reportFile.isEmpty()) {
        progress.hide();
      }
      List<RuleSummary> summaries = all.catalogue().rules().stream()
          .map(m -> new RuleSummary(m.code(), m.severity(), m.message()))
          .toList();
      if (workbook) {
        ValidationWorkbook.About about =
            new ValidationWorkbook.About(
                title,
                filesValidated(path, standardInput),
                LocalDateTime.now().withNano(0),
                referenceData,
                "none: the DfE does not divide the CIN census rules into stages",
                Optional.of(rulesSelected().strip()).filter(t -> !t.isEmpty()).map(t -> t.substring("Rules selected: ".length())),
                Csc.Version.sdkVersion());
        ValidationWorkbook xlsx = new ValidationWorkbook(about, summaries, pseudonyms, values);
        ValidationReport written = report;
        AtomicOutput.writeFile(reportFile.orElseThrow(), stream -> xlsx.write(written, stream));
      } else {
        ReportWriter writer =
            ReportWriter.of(reportFormat.get())
                .withRules(summaries)
                .withVerbose(verbose)
                .withFailedOnly(failedOnly)
                .withTitle(title + "\nReference data: " + referenceData + rulesSelected());
        if (pseudonyms.isPresent()) {
          writer = writer.withPseudonyms(pseudonyms.get());
        }
        if (values.isPresent()) {
          writer = writer.withValues(values.get());
        }
        write(writer, report, reportFile);
      }
      return report.isValid() ? 0 : 1;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      err.println("Cannot read or write (" + cause.getClass().getSimpleName() + ")"
          + reportFile.map(f -> "; the report " + Inputs.shown(f) + " was not written").orElse("") + ".");
      return Csc.USAGE;
    }
  }

  /** The DfE CIN rule set of the year named, or one line on {@code err} saying what is accepted. */
  static Optional<CinRuleSet> cinRuleSet(String text, PrintWriter err) {
    return Returns.cinYear(text, err).map(CinRuleSet::forYear);
  }

  /**
   * The year's codes as the catalogue writes them, for the codes given (case ignored).
   *
   * @throws IllegalArgumentException naming every code the year does not have
   */
  private static Set<String> cinCodes(CinRuleSet rules, List<String> given) {
    java.util.Map<String, String> known = new java.util.HashMap<>();
    for (CinRuleMetadata m : rules.catalogue().rules()) {
      known.put(m.code().toUpperCase(java.util.Locale.ROOT), m.code());
    }
    Set<String> codes = new java.util.HashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : given) {
      String canonical = known.get(code.strip().toUpperCase(java.util.Locale.ROOT));
      if (canonical == null) {
        unknown.add(PrintableText.of(code.strip()));
      } else {
        codes.add(canonical);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("no rule " + String.join(", ", unknown) + " in the " + rules.year().label() + " CIN rule set");
    }
    return codes;
  }

  /**
   * The report format asked for (text for the workbook, which is written apart), or empty once the
   * problem with --format, --output or --show-values has been said on {@code err}.
   */
  private Optional<ReportFormat> reportFormat(boolean workbook, PrintWriter err) {
    Optional<ReportFormat> reportFormat = workbook ? Optional.of(ReportFormat.TEXT) : ReportFormat.parse(format);
    if (reportFormat.isEmpty()) {
      err.println("Unknown format '" + PrintableText.of(format) + "'. Accepted: text, csv, json, html, xlsx.");
      return Optional.empty();
    }
    if (workbook && output.filter(o -> !Inputs.isStandardStream(o)).isEmpty()) {
      err.println("--format xlsx writes a workbook, not text: give --output FILE.xlsx (it is not written to standard output).");
      return Optional.empty();
    }
    if (showValues && !workbook && reportFormat.get() != ReportFormat.HTML) {
      err.println("--show-values: only the xlsx workbook and the HTML page show values (--format xlsx or html).");
      return Optional.empty();
    }
    return reportFormat;
  }

  /** The format name of the xlsx workbook. */
  static final String XLSX = "xlsx";

  /** The children as read, each also kept in {@code kept}. */
  private static <T> Iterator<T> keeping(Iterator<T> children, List<T> kept) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return children.hasNext();
      }

      @Override
      public T next() {
        T c = children.next();
        kept.add(c);
        return c;
      }
    };
  }

  /** The names of the files validated: the XML file, or the CSV files of the folder (names only, never paths). */
  private static List<String> filesValidated(Path path, boolean standardInput) throws IOException {
    if (standardInput) {
      return List.of("standard input");
    }
    if (!Files.isDirectory(path)) {
      return List.of(String.valueOf(path.getFileName()));
    }
    try (java.util.stream.Stream<Path> files = Files.list(path)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
          .sorted()
          .toList();
    }
  }

  /** A line for the title when rules were selected. */
  private String rulesSelected() {
    List<String> parts = new ArrayList<>();
    if (!onlyRules.isEmpty()) {
      parts.add("only " + String.join(", ", onlyRules.stream().map(c -> PrintableText.of(c.strip())).toList()));
    }
    if (!excludedRules.isEmpty()) {
      parts.add("not " + String.join(", ", excludedRules.stream().map(c -> PrintableText.of(c.strip())).toList()));
    }
    return parts.isEmpty() ? "" : "\nRules selected: " + String.join("; ", parts);
  }

  /**
   * The pseudonyms to write instead of child IDs: none with --child-ids (child IDs written), else
   * keyed from the key file or the environment variable, else in order of appearance.
   *
   * @throws IllegalArgumentException once the problem with the options or the key has been said on {@code err}
   */
  private Optional<ChildPseudonyms> pseudonyms(PrintWriter err) {
    if (childIds) {
      if (maskChildIds || keyFile.isPresent()) {
        err.println("--child-ids writes child IDs; " + (maskChildIds ? "--mask-child-ids" : "--pseudonymise-key-file") + " writes pseudonyms instead: give one or the other.");
        throw new IllegalArgumentException();
      }
      return Optional.empty();
    }
    Optional<byte[]> key;
    String from;
    if (keyFile.isPresent()) {
      from = "--pseudonymise-key-file " + Inputs.shown(keyFile.get());
      try {
        if (Files.size(keyFile.get()) > 64 * 1024) {
          err.println(from + ": not a key (over 64 KiB).");
          throw new IllegalArgumentException();
        }
        key = Optional.of(withoutFinalLineBreak(Files.readAllBytes(keyFile.get())));
      } catch (IOException e) {
        err.println(from + ": cannot read the file (" + (Files.exists(keyFile.get()) ? e.getClass().getSimpleName() : "no such file") + ").");
        throw new IllegalArgumentException(e);
      }
    } else {
      from = "the environment variable " + KEY_VARIABLE;
      key = environment.variable(KEY_VARIABLE).map(v -> v.getBytes(StandardCharsets.UTF_8));
    }
    if (key.isPresent()) {
      if (key.get().length < ChildPseudonyms.MIN_KEY_BYTES) {
        err.println(from + ": the key is " + key.get().length + " bytes; give at least " + ChildPseudonyms.MIN_KEY_BYTES
            + " (random, secret), such as: head -c 32 /dev/urandom | base64 > key.");
        throw new IllegalArgumentException();
      }
      return Optional.of(ChildPseudonyms.keyed(key.get()));
    }
    return Optional.of(ChildPseudonyms.inOrder());
  }

  private static byte[] withoutFinalLineBreak(byte[] bytes) {
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\n') {
      n--;
      if (n > 0 && bytes[n - 1] == '\r') {
        n--;
      }
    }
    return java.util.Arrays.copyOf(bytes, n);
  }

  /** One line for the report: which of the DfE's stages ran. */
  static String stagesRun(ValidationReport report) {
    List<Integer> run = report.stagesRun();
    return run.size() == 1
        ? "Stage run: " + run.get(0) + " only (rules of the other stage, and of no known stage, skipped)"
        : "Stages run: " + run.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" and "));
  }

  /** One line for the report: which LA, postcode directory and Ofsted lists were used. */
  static String referenceDataUsed(
      Optional<LocalAuthorityList.Authority> la, Optional<OnsPostcodeDirectory> postcodes, Optional<OfstedProviders> providers) {
    String laText = la.map(a -> "LA " + a.dfeNumber() + " " + a.name() + " (" + a.onsCode() + ")").orElse("no LA (--la)");
    String postcodeText = postcodes.map(d -> "postcodes " + d.release()).orElse("no postcode directory");
    String ofstedText =
        providers
            .map(p -> "Ofsted lists " + p.lists().stream()
                .map(l -> l.source() + l.listDate().map(d -> " (" + d + ")").orElse(""))
                .collect(Collectors.joining(", ")))
            .orElse("no Ofsted lists (--ofsted)");
    return "Reference data: " + laText + "; " + postcodeText + "; " + ofstedText;
  }

  private static String unknownLa(String given) {
    LocalAuthorityList list = LocalAuthorityList.bundled();
    Optional<LocalAuthorityList.LowerTier> district = list.lowerTier(given.strip().toUpperCase(java.util.Locale.ROOT));
    if (district.isPresent() && district.get().dfeNumber().isPresent()) {
      LocalAuthorityList.LowerTier d = district.get();
      return "--la: " + d.onsCode() + " (" + d.name() + ") is a district; its children's services authority is "
          + d.childrenServicesName() + ", DfE " + d.dfeNumber().get() + " (" + d.childrenServicesOnsCode() + ").";
    }
    return "--la: not one of England's " + list.authorities().size()
        + " children's services authorities: give a DfE number (such as 318) or an ONS code (such as E09000027).";
  }

  /** The report into the file (whole, or not at all: through a temporary file), or onto standard output. */
  private void write(ReportWriter writer, ValidationReport report, Optional<Path> file) throws IOException {
    if (file.isPresent()) {
      AtomicOutput.writeFile(file.get(), stream -> {
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write(report, w);
        w.flush();
      });
    } else {
      PrintWriter out = spec.commandLine().getOut();
      writer.write(report, out);
      out.flush();
    }
  }
}
