package io.github.cscreturns.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.csww.Basis;
import io.github.cscreturns.core.csww.CensusSource;
import io.github.cscreturns.core.csww.FteAndHeadcount;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.WorkforceAggregator;
import io.github.cscreturns.core.csww.WorkforceSnapshot;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.csww.CswwJacksonModule;
import io.github.cscreturns.serialization.csww.CswwXmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.github.cscreturns.validation.report.PrintableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csc workforce --year Y FILE.xml}: the workforce snapshot of a CSWW census file and its measures. */
@Command(
    name = "workforce",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a children's social work workforce census file (DfE XML) and prints the local authority's figures as at 30 September of the year, with the vacancy, turnover, agency-worker and sickness-absence rates.",
      "The file is streamed, one worker record at a time; - reads it from standard input.",
      "JSON is written in the style of every csc JSON output: camelCase keys, two-space indentation, one member a line, null for a figure not available."
    })
final class WorkforceCommand implements Callable<Integer>, Environment.Aware {
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YEAR",
      description = "Collection year, such as 2022-23 (census as at 30 September 2023).")
  String year = "";

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.text;

  @Option(names = "--working-days", paramLabel = "DAYS",
      description = "Working days per FTE in the year, for the sickness absence rate (the DfE does not publish it; default ${DEFAULT-VALUE}, the weekdays of a year).")
  BigDecimal workingDays = new BigDecimal("261");

  @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write the figures to FILE (written whole or not at all) instead of standard output; - is standard output.")
  Optional<Path> output = Optional.empty();

  @Parameters(index = "0", paramLabel = "FILE", description = "The census file (XML), or - for standard input.")
  Path file = Path.of("");

  private Environment environment = Environment.SYSTEM;

  @Override
  public void environment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<CollectionYear> collectionYear = Csc.collectionYear(year, err);
    if (collectionYear.isEmpty()) {
      return Csc.USAGE;
    }
    if (workingDays.signum() <= 0) {
      err.println("--working-days must be positive.");
      return Csc.USAGE;
    }
    WorkforceSnapshot snapshot;
    boolean stdin = Inputs.isStandardStream(file);
    String name = Inputs.shown(file);
    Optional<String> note = Optional.empty();
    if (!stdin && !Files.isRegularFile(file)) {
      err.println(name + ": " + (Files.isDirectory(file) ? "a folder, not a census file." : "cannot read the file (no such file)."));
      return Csc.USAGE;
    }
    Optional<Path> target = output.filter(o -> !Inputs.isStandardStream(o));
    if (target.isPresent() && !stdin && AtomicOutput.overlap(file, target.get()).isPresent()) {
      err.println("Refusing to write " + Inputs.shown(target.get()) + ": the output is the census file itself. Give another --output.");
      return Csc.USAGE;
    }
    try (InputStream in = stdin ? nonClosing(environment.stdin()) : Files.newInputStream(file);
        CswwXmlReader reader = CswwXmlReader.open(in, String.valueOf(stdin ? Inputs.STDIN : file.getFileName()))) {
      WorkforceAggregator aggregator = WorkforceAggregator.forYear(collectionYear.get());
      reader.laLevelVacancies().ifPresent(aggregator::laLevelItems);
      reader.header().flatMap(h -> h.sources().stream().findFirst()).flatMap(CensusSource::lea)
          .ifPresent(aggregator::localAuthority);
      Optional<LocalDate> fileDate = reader.header().flatMap(h -> h.referenceDate());
      LocalDate censusDate = collectionYear.get().workforceReferenceDate();
      if (fileDate.isPresent() && !fileDate.get().equals(censusDate)) {
        note = Optional.of(name + ": note: the file's ReferenceDate is " + fileDate.get() + "; figures are as at "
            + censusDate + ", the census date of " + collectionYear.get() + ".");
      }
      for (Optional<SocialWorker> w = reader.nextWorker(); w.isPresent(); w = reader.nextWorker()) {
        aggregator.add(w.get());
      }
      snapshot = aggregator.snapshot();
    } catch (FormatException e) {
      err.println(Inputs.located(file, e));
      return Csc.USAGE;
    } catch (IOException e) {
      err.println(name + ": cannot read the file (" + e.getClass().getSimpleName() + ").");
      return Csc.USAGE;
    }
    // said once the file has been read whole, so that an unreadable file gets a one-line message
    note.ifPresent(err::println);
    java.io.StringWriter figures = new java.io.StringWriter();
    PrintWriter printed = new PrintWriter(figures);
    if (format == Format.json) {
      printed.print(json(snapshot));
      printed.print('\n');
    } else {
      text(snapshot, printed);
    }
    printed.flush();
    if (target.isPresent()) {
      try {
        AtomicOutput.writeFile(target.get(), stream -> stream.write(figures.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println("Cannot write the output " + Inputs.shown(target.get()) + "; nothing was written.");
        return Csc.USAGE;
      }
    } else {
      out.print(figures);
      out.flush();
    }
    return 0;
  }

  /** Standard input, left open when the reader closes (it is not ours to close). */
  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  private Map<String, Optional<BigDecimal>> measures(WorkforceSnapshot s) {
    Map<String, Optional<BigDecimal>> m = new LinkedHashMap<>();
    m.put("vacancyRate", s.vacancyRate());
    m.put("turnoverRate", s.turnoverRate());
    m.put("turnoverRateHeadcount", s.turnoverRate(Basis.HEADCOUNT));
    m.put("agencyWorkerRate", s.agencyWorkerRate());
    m.put("agencyWorkerShareOfWorkforce", s.agencyWorkerShareOfWorkforce(Basis.FTE));
    m.put("sicknessAbsenceRate", s.sicknessAbsenceRate(workingDays));
    m.put("sicknessAbsenceDaysPerSocialWorker", s.sicknessAbsenceDaysPerSocialWorker());
    return m;
  }

  private String json(WorkforceSnapshot s) {
    ObjectMapper mapper = CswwJacksonModule.objectMapper();
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("snapshot", mapper.valueToTree(s));
    ObjectNode measures = root.putObject("measures");
    measures.put("workingDaysPerFte", workingDays);
    measures(s).forEach((name, value) -> {
      if (value.isPresent()) {
        measures.put(name, value.get());
      } else {
        measures.putNull(name);
      }
    });
    try {
      return JsonStyle.writer(mapper).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void text(WorkforceSnapshot s, PrintWriter out) {
    out.println("Children's social work workforce as at " + s.referenceDate() + " (census " + s.censusYear() + ")"
        + s.localAuthority().map(la -> ", LA " + la).orElse(""));
    figure(out, "Social workers (employed)", s.socialWorkers());
    figure(out, "  of whom with caseloads", s.socialWorkersWithCaseloads());
    figure(out, "Vacancies", s.vacancies());
    figure(out, "Agency workers", s.agencyWorkers());
    figure(out, "Starters in the year", s.starters());
    figure(out, "Leavers in the year", s.leavers());
    out.printf("%-36s%s%n", "Sickness absence days", s.sicknessAbsenceDays().map(BigDecimal::toPlainString).orElse("not available"));
    out.println("Measures");
    percent(out, "Vacancy rate", s.vacancyRate());
    percent(out, "Turnover rate", s.turnoverRate());
    percent(out, "Agency-worker rate (of all posts)", s.agencyWorkerRate());
    percent(out, "Sickness absence rate", s.sicknessAbsenceRate(workingDays));
    out.println("  (rates on FTE; sickness assumes " + workingDays.toPlainString() + " working days per FTE)");
  }

  private static void figure(PrintWriter out, String label, FteAndHeadcount f) {
    String fte = f.fte().map(v -> "FTE " + v.stripTrailingZeros().toPlainString()).orElse("FTE not available");
    String heads = f.headcount().map(h -> "headcount " + h).orElse("headcount not available");
    out.printf("%-36s%s, %s%n", label, fte, heads);
  }

  private static void percent(PrintWriter out, String label, Optional<BigDecimal> fraction) {
    out.printf("  %-34s%s%n", label,
        fraction.map(f -> WorkforceSnapshot.asPercentage(f, 1).toPlainString() + "%").orElse("not available"));
  }
}
