package io.github.cscreturns.cli;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReturnKind;
import io.github.cscreturns.serialization.cin.CinChildReader;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.serialization.cin.CinXmlWriter;
import io.github.cscreturns.serialization.json.CinJson;
import io.github.cscreturns.serialization.json.Ssda903Json;
import io.github.cscreturns.serialization.ssda903.ChildReader;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
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

/**
 * {@code csc convert INPUT [--return ssda903|cin] --to xml|csv|json --year Y --output PATH}: an SSDA903
 * return from one format to another, or a CIN census XML file written again as the SDK writes it, as
 * XML or as JSON (the SDK has no CSV form of the CIN census).
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts an SSDA903 return between the DfE XML file and the DfE CSV file set, or into JSON.",
      "INPUT is an XML file or a folder of CSV files (tables recognised by their header rows).",
      "--to xml or json writes one file; --to csv writes the year's file set into the --output folder.",
      "An XML return can be read from standard input (INPUT -) and XML or JSON written to standard output (--output -).",
      "Values that do not parse are carried over as written. A malformed input stops with its location.",
      "A Children in Need (CIN) census file (recognised from its XML, or given with --return cin) is converted to XML (the same census written again in the DfE's element order, each item as read) or to JSON (every item, text that did not parse kept as written); --year is then one of the census years, 2022-23 to 2025-26."
    })
final class ConvertCommand implements Callable<Integer>, Environment.Aware {

  @Spec CommandSpec spec;

  private Environment environment = Environment.SYSTEM;

  @Override
  public void environment(Environment environment) {
    this.environment = environment;
  }

  @Parameters(index = "0", paramLabel = "INPUT", description = "An SSDA903 XML file, a folder of SSDA903 CSV files, a CIN census XML file, or - for XML on standard input.")
  Path input = Path.of("");

  @Option(names = "--return", paramLabel = "RETURN", description = Returns.OPTION_HELP)
  Optional<String> returnName = Optional.empty();

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Output format: xml, csv or json.")
  String to = "";

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Collection year of the output layout, such as 2024-25.")
  String year = "";

  @Option(names = {"--output", "-o"}, required = true, paramLabel = "PATH", description = "Output file (xml, json) or folder (csv); - is standard output (xml, json).")
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
    boolean stdin = Inputs.isStandardStream(input);
    boolean stdout = Inputs.isStandardStream(output);
    if (!stdin && !Files.exists(input)) {
      err.println("No such file or folder: " + Inputs.shown(input));
      return Csc.USAGE;
    }
    if (stdout && format.equals("csv")) {
      err.println("--to csv writes a folder of files: give the folder as --output (standard output takes xml or json).");
      return Csc.USAGE;
    }
    Optional<String> overlap = stdin || stdout ? Optional.empty() : AtomicOutput.overlap(input, output);
    if (overlap.isPresent()) {
      err.println("Refusing to write " + Inputs.shown(output) + ": " + overlap.get()
          + " (the input would be lost). Give another --output.");
      return Csc.USAGE;
    }
    ReturnKind kind;
    if (returnName.isPresent()) {
      Optional<ReturnKind> named = Returns.named(returnName.get(), err);
      if (named.isEmpty()) {
        return Csc.USAGE;
      }
      kind = named.get();
    } else {
      try {
        kind = Returns.recognise(input, standardInput());
      } catch (ReturnSource.UnusableInputException e) {
        err.println("Cannot read the input: " + e.getMessage() + "; nothing was written");
        return Csc.USAGE;
      }
    }
    if (kind == ReturnKind.CIN_CENSUS) {
      return convertCin(format, out, err);
    }
    if (kind != ReturnKind.SSDA903) {
      err.println(Returns.notHandled(input, kind, "convert"));
      return Csc.USAGE;
    }
    try {
      int count = switch (format) {
        case "xml" -> toXml(collectionYear.get());
        case "csv" -> toCsv(collectionYear.get());
        default -> toJson(collectionYear.get());
      };
      // on standard output the return is the output: the summary goes to standard error
      (stdout ? err : out).println("Wrote " + count + " children (" + collectionYear.get().label() + " " + format + " layout) to "
          + (stdout ? "standard output" : Inputs.shown(output)));
      return 0;
    } catch (FormatException e) {
      err.println("Cannot read the input: " + Inputs.located(input, e) + nothingWritten());
      return Csc.USAGE;
    } catch (IOException e) {
      err.println("Cannot write the output " + Inputs.shown(output) + ": "
          + e.getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    } catch (UncheckedIOException e) {
      err.println("Cannot write the output " + Inputs.shown(output) + ": "
          + e.getCause().getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    } catch (RuntimeException e) {
      // e.g. a character the output format cannot hold; the exception's text may quote input values
      err.println("Cannot write the output " + Inputs.shown(output) + ": "
          + e.getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    }
  }

  /**
   * A CIN census file to XML or to JSON ({@link CinJson#writeReturn(Optional, java.util.Iterator, java.io.Writer)}), child
   * by child; the file appears only once every child is written.
   */
  private int convertCin(String format, PrintWriter out, PrintWriter err) {
    if (format.equals("csv")) {
      err.println("--to csv: the SDK has no CSV file set of the CIN census; --to xml or --to json writes it again.");
      return Csc.USAGE;
    }
    if (Returns.cinYear(year, err).isEmpty()) {
      return Csc.USAGE;
    }
    boolean stdin = Inputs.isStandardStream(input);
    boolean stdout = Inputs.isStandardStream(output);
    if (!stdin && Files.isDirectory(input)) {
      err.println(Inputs.shown(input) + ": a folder; the CIN census is one XML file.");
      return Csc.USAGE;
    }
    int[] count = {0};
    try {
      writeOne(stream -> {
        try (CinChildReader children = stdin ? CinXml.reader(standardInput(), Inputs.STDIN) : CinXml.reader(input)) {
          if (format.equals("json")) {
            count[0] = CinJson.writeReturn(children.header(), children, new OutputStreamWriter(stream, StandardCharsets.UTF_8));
          } else {
            try (CinXmlWriter writer = CinXml.writer(stream, children.header())) {
              while (children.hasNext()) {
                writer.write(children.next());
                count[0]++;
              }
            }
          }
        }
      });
    } catch (FormatException e) {
      err.println("Cannot read the input: " + Inputs.located(input, e) + nothingWritten());
      return Csc.USAGE;
    } catch (IOException e) {
      err.println("Cannot write the output " + Inputs.shown(output) + ": " + e.getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    } catch (UncheckedIOException e) {
      err.println("Cannot write the output " + Inputs.shown(output) + ": " + e.getCause().getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    } catch (RuntimeException e) {
      // e.g. a character XML cannot hold; the exception's text may quote input values
      err.println("Cannot write the output " + Inputs.shown(output) + ": " + e.getClass().getSimpleName() + nothingWritten());
      return Csc.USAGE;
    }
    (stdout ? err : out).println("Wrote " + count[0] + " children (CIN census " + format + ") to " + (stdout ? "standard output" : Inputs.shown(output)));
    return 0;
  }

  private String nothingWritten() {
    return !Inputs.isStandardStream(output) && Files.exists(output)
        ? "; " + Inputs.shown(output) + " was left as it was"
        : "; nothing was written";
  }

  /** One file, into place whole (or onto standard output whole), never partly. */
  private void writeOne(AtomicOutput.Body<java.io.OutputStream> body) throws IOException {
    if (Inputs.isStandardStream(output)) {
      AtomicOutput.writeToStandardOutput(spec.commandLine().getOut(), body);
    } else {
      AtomicOutput.writeFile(output, body);
    }
  }

  /** The XML return at the input, or on standard input. */
  private ChildReader xmlReader() {
    return Inputs.isStandardStream(input) ? Ssda903Xml.reader(standardInput(), Inputs.STDIN) : Ssda903Xml.reader(input);
  }

  private java.io.@org.jspecify.annotations.Nullable BufferedInputStream stdin;

  /** Standard input, buffered so that the return can be recognised from its first bytes; never closed. */
  private java.io.BufferedInputStream standardInput() {
    if (stdin == null) {
      stdin = Returns.buffered(environment.stdin());
    }
    return stdin;
  }

  /** XML to XML streams child by child; the file appears only once every child is written. */
  private int toXml(CollectionYear y) throws IOException {
    int[] count = {0};
    writeOne(stream -> {
      try (Ssda903XmlWriter writer = Ssda903Xml.writer(stream, y)) {
        if (Files.isDirectory(input)) {
          for (Child c : Ssda903Csv.read(input)) {
            writer.write(c);
            count[0]++;
          }
        } else {
          try (ChildReader children = xmlReader()) {
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
    writeOne(stream -> stream.write(json.getBytes(StandardCharsets.UTF_8)));
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
      try (ChildReader reader = xmlReader()) {
        reader.forEachRemaining(children::add);
      }
    }
    return children;
  }
}
