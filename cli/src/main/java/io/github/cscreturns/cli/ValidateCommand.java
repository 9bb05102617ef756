package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.reference.LocalAuthorityList;
import io.github.cscreturns.reference.OnsPostcodeDirectory;
import io.github.cscreturns.reference.ofsted.OfstedProviders;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.report.ReportFormat;
import io.github.cscreturns.validation.report.ReportWriter;
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
import java.util.ArrayList;
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
 * {@code csc validate --year Y [--previous PATH] [--la LA] [--postcodes FILE | --no-postcodes]
 * [--ofsted FILE[,FILE…]] [--format text|csv|json] [--output FILE] INPUT}, or {@code csc validate --sample}:
 * validates an SSDA903 return against the DfE rules of its year. The bundled ONS Postcode Directory
 * is used unless another is given or none is wanted; the report's title says which reference data
 * was used.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates an SSDA903 return (an XML file, or a folder holding the CSV file set) against the DfE rules of its year.",
      "Exit code: 0 no errors, 1 errors found (or a rule failed to run), 2 unusable input or arguments."
    })
final class ValidateCommand implements Callable<Integer> {
  /** The year of the bundled sample return. */
  static final CollectionYear SAMPLE_YEAR = CollectionYear.Y2024_25;

  private final ReturnSource source;

  @Spec CommandSpec spec;

  @Option(names = "--year", paramLabel = "YEAR", description = "Collection year, such as 2024-25 (2024-25 for --sample).")
  String year = "";

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input = new Input();

  static final class Input {
    @Parameters(paramLabel = "INPUT", description = "The return: an XML file, or a folder of CSV files.")
    Optional<Path> path = Optional.empty();

    @Option(names = "--sample", description = "Validate the small synthetic 2024-25 return bundled with csc (with deliberate errors); exits 0 once the report is written.")
    boolean sample;
  }

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

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json.")
  String format = "text";

  @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Optional<Path> output = Optional.empty();

  @Option(names = "--mask-child-ids", description = "Do not write child IDs (text numbers the children instead).")
  boolean maskChildIds;

  @Option(names = "--threads", paramLabel = "N", description = "Threads checking children (default: the number of processors); the report is the same whatever the number.")
  int threads = Runtime.getRuntime().availableProcessors();

  ValidateCommand(ReturnSource source) {
    this.source = source;
  }

  ValidateCommand() {
    this(ReturnSource.DEFAULT);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String yearText = year.isEmpty() && input.sample ? SAMPLE_YEAR.label() : year;
    if (yearText.isEmpty()) {
      err.println("Missing required option: '--year=YEAR'");
      return Csc.USAGE;
    }
    Optional<RuleSet> rules = RulesCommand.ruleSet(yearText, err);
    if (rules.isEmpty()) {
      return Csc.USAGE;
    }
    CollectionYear collectionYear = rules.get().year();
    if (input.sample && collectionYear != SAMPLE_YEAR) {
      err.println("The bundled sample is a " + SAMPLE_YEAR.label() + " return; drop --year or give --year " + SAMPLE_YEAR.label() + ".");
      return Csc.USAGE;
    }
    Optional<ReportFormat> reportFormat = ReportFormat.parse(format);
    if (reportFormat.isEmpty()) {
      err.println("Unknown format '" + format + "'. Accepted: text, csv, json.");
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
    Path sampleDir = null;
    try {
      // The bundled sample's postcodes are invented: it is checked without the bundled directory.
      Optional<OnsPostcodeDirectory> directory =
          postcodes.file.isPresent() ? Optional.of(OnsPostcodeDirectory.fromOnspd(postcodes.file.get()))
              : postcodes.none || input.sample ? Optional.empty()
              : Optional.of(OnsPostcodeDirectory.bundled());
      Optional<OfstedProviders> providers = ofsted.isEmpty() ? Optional.empty() : Optional.of(OfstedProviders.read(ofsted));
      Validator.Builder validator =
          Validator.builder(rules.get())
              .parallelism(threads)
              .stages(stages)
              .referenceData(ReferenceData.of(directory.<ReferenceData.PostcodeDirectory>map(d -> d), providers.<ReferenceData.ProviderDirectory>map(p -> p)));
      authority.ifPresent(a -> validator.la(a.laCode()));
      if (previous.isPresent()) {
        Optional<CollectionYear> previousYear = collectionYear.previous();
        List<Child> before = new ArrayList<>();
        try (ReturnSource.Children read = source.open(previous.get(), previousYear.orElse(collectionYear))) {
          read.forEachRemaining(before::add);
        }
        validator.previousYear(before);
      }
      Path in;
      if (input.sample) {
        sampleDir = Files.createTempDirectory("csc-sample");
        in = Sample.extractTo(sampleDir);
      } else {
        in = input.path.orElseThrow();
      }
      ValidationReport report;
      try (ReturnSource.Children children = source.open(in, collectionYear)) {
        report = validator.build().validate(children);
      }
      ReportWriter writer =
          ReportWriter.of(reportFormat.get())
              .withChildIds(!maskChildIds)
              .withRules(rules.get().catalogue().summaries())
              .withTitle(
                  "SSDA903 " + collectionYear.label() + (input.sample ? " (bundled sample return)" : "") + "\n"
                      + referenceDataUsed(authority, directory, providers) + "\n"
                      + stagesRun(report));
      write(writer, report);
      // The sample's errors are deliberate: as a demonstration it succeeds once its report is written.
      return report.isValid() || input.sample ? 0 : 1;
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
      err.println("Cannot read or write: " + e.getMessage());
      return Csc.USAGE;
    } finally {
      if (sampleDir != null) {
        Sample.delete(sampleDir);
      }
    }
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

  private void write(ReportWriter writer, ValidationReport report) throws IOException {
    if (output.isPresent()) {
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(output.get()), StandardCharsets.UTF_8)) {
        writer.write(report, w);
      }
    } else {
      PrintWriter out = spec.commandLine().getOut();
      writer.write(report, out);
      out.flush();
    }
  }
}
