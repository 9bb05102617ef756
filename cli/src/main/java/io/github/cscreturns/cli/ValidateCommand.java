package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.report.ReportFormat;
import io.github.cscreturns.validation.report.ReportWriter;
import io.github.cscreturns.validation.ssda903.RuleSet;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code csc validate --year Y [--previous PATH] [--format text|csv|json] [--output FILE] INPUT}, or
 * {@code csc validate --sample}: validates an SSDA903 return against the DfE rules of its year.
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

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json.")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
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
    Path sampleDir = null;
    try {
      Validator.Builder validator = Validator.builder(rules.get()).parallelism(threads);
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
              .withTitle("SSDA903 " + collectionYear.label() + (input.sample ? " (bundled sample return)" : ""));
      write(writer, report);
      // The sample's errors are deliberate: as a demonstration it succeeds once its report is written.
      return report.isValid() || input.sample ? 0 : 1;
    } catch (ReturnSource.UnusableInputException e) {
      err.println(e.getMessage());
      return Csc.USAGE;
    } catch (ReturnSource.UnusableInputRuntime e) {
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
