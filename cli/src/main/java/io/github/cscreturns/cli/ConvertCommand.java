package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.json.Ssda903Json;
import io.github.cscreturns.serialization.ssda903.ChildReader;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.github.cscreturns.validation.report.PrintableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code csc convert INPUT --to xml|csv|json --year Y --output PATH}: an SSDA903 return from one format to another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts an SSDA903 return between the DfE XML file and the DfE CSV file set, or into JSON.",
      "INPUT is an XML file or a folder of CSV files (tables recognised by their header rows).",
      "--to xml or json writes one file; --to csv writes the year's file set into the --output folder.",
      "Values that do not parse are carried over as written. A malformed input stops with its location."
    })
final class ConvertCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INPUT", description = "An SSDA903 XML file, or a folder of SSDA903 CSV files.")
  Path input = Path.of("");

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Output format: xml, csv or json.")
  String to = "";

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Collection year of the output layout, such as 2024-25.")
  String year = "";

  @Option(names = {"--output", "-o"}, required = true, paramLabel = "PATH", description = "Output file (xml) or folder (csv).")
  Path output = Path.of("");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<CollectionYear> collectionYear = Csc.collectionYear(year, err);
    if (collectionYear.isEmpty()) {
      return Csc.USAGE;
    }
    String format = to.toLowerCase(Locale.ROOT);
    if (!format.equals("xml") && !format.equals("csv") && !format.equals("json")) {
      err.println("Unknown output format '" + PrintableText.of(to) + "'. Accepted: xml, csv, json.");
      return Csc.USAGE;
    }
    if (!Files.exists(input)) {
      err.println("No such file or folder: " + PrintableText.of(input.toString()));
      return Csc.USAGE;
    }
    Optional<String> overlap = AtomicOutput.overlap(input, output);
    if (overlap.isPresent()) {
      err.println("Refusing to write " + PrintableText.of(output.toString()) + ": " + overlap.get()
          + " (the input would be lost). Give another --output.");
      return Csc.USAGE;
    }
    try {
      int count = switch (format) {
        case "xml" -> toXml(collectionYear.get());
        case "csv" -> toCsv(collectionYear.get());
        default -> toJson(collectionYear.get());
      };
      out.println("Wrote " + count + " children (" + collectionYear.get().label() + " " + format + " layout) to "
          + PrintableText.of(output.toString()));
      return 0;
    } catch (FormatException e) {
      err.println("Cannot read the input: " + PrintableText.of(e.getMessage()) + nothingWritten());
      return Csc.USAGE;
    } catch (IOException e) {
      err.println("Cannot write the output " + PrintableText.of(output.toString()) + ": "
          + e.getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    } catch (UncheckedIOException e) {
      err.println("Cannot write the output " + PrintableText.of(output.toString()) + ": "
          + e.getCause().getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    } catch (RuntimeException e) {
      // e.g. a character the output format cannot hold; the exception's text may quote input values
      err.println("Cannot write the output " + PrintableText.of(output.toString()) + ": "
          + e.getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    }
  }

  private String nothingWritten() {
    return Files.exists(output)
        ? "; " + output.getFileName() + " was left as it was"
        : "; nothing was written";
  }

  /** XML to XML streams child by child; the file appears only once every child is written. */
  private int toXml(CollectionYear y) throws IOException {
    int[] count = {0};
    AtomicOutput.writeFile(output, stream -> {
      try (Ssda903XmlWriter writer = Ssda903Xml.writer(stream, y)) {
        if (Files.isDirectory(input)) {
          for (Child c : Ssda903Csv.read(input)) {
            writer.write(c);
            count[0]++;
          }
        } else {
          try (ChildReader children = Ssda903Xml.reader(input)) {
            while (children.hasNext()) {
              writer.write(children.next());
              count[0]++;
            }
          }
        }
      }
    });
    return count[0];
  }

  /** JSON: one object with the year and the children, as {@link Ssda903Json#writeReturn} writes it. */
  private int toJson(CollectionYear y) throws IOException {
    List<Child> children = readAll();
    String json = Ssda903Json.writeReturn(Ssda903Return.builder().year(y).children(children).build());
    AtomicOutput.writeFile(output, stream -> stream.write(json.getBytes(StandardCharsets.UTF_8)));
    return children.size();
  }

  private int toCsv(CollectionYear y) throws IOException {
    List<Child> children = readAll();
    AtomicOutput.writeFolder(output, folder -> Ssda903Csv.write(folder, y, children));
    return children.size();
  }

  private List<Child> readAll() {
    List<Child> children;
    if (Files.isDirectory(input)) {
      children = Ssda903Csv.read(input);
    } else {
      children = new ArrayList<>();
      try (ChildReader reader = Ssda903Xml.reader(input)) {
        reader.forEachRemaining(children::add);
      }
    }
    return children;
  }
}
