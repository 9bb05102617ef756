package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded hostile and broken variants of a generated return, as XML and as a CSV file set, and of a
 * generated CIN census, run through
 * {@code csc validate} and {@code csc convert} as a user runs them: each gives a report (exit 0 or 1)
 * or exit 2 with at most three lines on standard error, never a stack trace and never the input's text
 * (a marker is planted in every variant's altered text), and a conversion that fails leaves no output
 * behind. A failure names its seed and mutation; {@code -Dcsc.seed=N} replays one.
 */
class HostileReturnsTest {
  /** Planted in the altered text of every variant: it must never reach a message. */
  private static final String MARKER = "QZXMARKERQZX";

  private static final int SEEDS = 60;

  @TempDir static Path dir;
  private static byte[] xml;
  private static Path csvFolder;
  private static byte[] cin;

  @BeforeAll
  static void generate() throws IOException {
    Path file = dir.resolve("generated.xml");
    assertThat(csc("generate", "--year", "2024-25", "--children", "25", "--seed", "3", "--format", "xml", "--no-postcodes", "-o", file.toString()).exitCode()).isZero();
    xml = Files.readAllBytes(file);
    csvFolder = dir.resolve("generated-csv");
    assertThat(csc("generate", "--year", "2024-25", "--children", "25", "--seed", "3", "--format", "csv", "--no-postcodes", "-o", csvFolder.toString()).exitCode()).isZero();
    Path census = dir.resolve("generated-cin.xml");
    assertThat(csc("generate", "--return", "cin", "--year", "2024-25", "--children", "25", "--seed", "3", "--format", "xml", "-o", census.toString()).exitCode()).isZero();
    cin = Files.readAllBytes(census);
  }

  static Stream<Integer> seeds() {
    String one = System.getProperty("csc.seed");
    return one != null ? Stream.of(Integer.parseInt(one)) : IntStream.range(0, SEEDS).boxed();
  }

  /** One hostile alteration of a text, chosen by the seed. */
  record Mutation(String name, byte[] bytes) {}

  static Mutation mutate(byte[] original, Random r, boolean isXml) {
    return mutate(original, r, isXml, "EXPSSDA903", "<CHILD>");
  }

  /** As {@link #mutate(byte[], Random, boolean)}, for XML of the given root element and child element's start tag. */
  static Mutation mutate(byte[] original, Random r, boolean isXml, String root, String childTag) {
    String text = new String(original, StandardCharsets.UTF_8);
    int at = r.nextInt(text.length());
    // an element or a cell boundary near the chosen place, so the alteration lands in the content
    int gt = isXml ? text.indexOf('>', at) : text.indexOf(',', at);
    int p = gt < 0 ? at : gt + 1;
    int kind = r.nextInt(isXml ? 12 : 9);
    return switch (kind) {
      case 0 -> new Mutation("truncated at " + at, (text.substring(0, at)).getBytes(StandardCharsets.UTF_8));
      case 1 -> new Mutation("control characters at " + p, insert(text, p, "\u0001\u001b[2J" + MARKER + "\r\nVALID"));
      case 2 -> new Mutation("undecodable bytes at " + p, concat(text.substring(0, p).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
          (MARKER + text.substring(p)).getBytes(StandardCharsets.UTF_8)));
      case 3 -> new Mutation("a quote and a line break in a value at " + p, insert(text, p, "\"" + MARKER + "\n" + MARKER + "\""));
      case 4 -> new Mutation("a slice repeated at " + p, insert(text, p, text.substring(p, Math.min(text.length(), p + 1 + r.nextInt(400)))));
      case 5 -> new Mutation("a slice removed at " + p, (text.substring(0, p) + text.substring(Math.min(text.length(), p + 1 + r.nextInt(400)))).getBytes(StandardCharsets.UTF_8));
      case 6 -> new Mutation("a two-megabyte value at " + p, insert(text, p, MARKER.repeat(2 * 1024 * 1024 / MARKER.length())));
      case 7 -> new Mutation("a byte order mark and UTF-16 text", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
      case 8 -> new Mutation("a lone surrogate and NUL at " + p, insert(text, p, "\u0000" + MARKER + "\uD800"));
      case 9 -> new Mutation("a bare ampersand at " + p, insert(text, p, "A&" + MARKER + " Sons"));
      case 10 -> new Mutation("an external entity",
          ("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
              + text.substring(text.indexOf("<" + root))).replace(childTag, childTag + "&x;" + MARKER).getBytes(StandardCharsets.UTF_8));
      default -> new Mutation("an unclosed comment at " + p, insert(text, p, "<!-- " + MARKER));
    };
  }

  private static byte[] insert(String text, int at, String inserted) {
    return (text.substring(0, at) + inserted + text.substring(at)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] b : parts) {
      n += b.length;
    }
    byte[] all = new byte[n];
    int i = 0;
    for (byte[] b : parts) {
      System.arraycopy(b, 0, all, i, b.length);
      i += b.length;
    }
    return all;
  }

  /** How many runs ended with each exit code (0, 1, 2): the variants must give both reports and refusals. */
  private static final java.util.concurrent.atomic.AtomicIntegerArray EXITS = new java.util.concurrent.atomic.AtomicIntegerArray(3);

  @org.junit.jupiter.api.AfterAll
  static void theVariantsGaveBothReportsAndRefusals() {
    if (System.getProperty("csc.seed") == null) {
      assertThat(EXITS.get(2)).as("runs refused as unusable input").isGreaterThan(SEEDS / 4);
      assertThat(EXITS.get(0) + EXITS.get(1)).as("runs that gave a report").isGreaterThan(SEEDS / 4);
    }
  }

  private static void assertHandled(CscRun run, String what) {
    if (run.exitCode() >= 0 && run.exitCode() <= 2) {
      EXITS.incrementAndGet(run.exitCode());
    }
    assertThat(run.exitCode()).as("%s: exit code; stderr: %s", what, run.err()).isBetween(0, 2);
    assertThat(run.err()).as("%s: standard error", what).doesNotContain(MARKER).doesNotContain("\tat ").doesNotContain("Exception in");
    assertThat(run.err()).as("%s: never out of memory", what).doesNotContain("OutOfMemory");
    if (run.exitCode() == 2) {
      assertThat(run.err().lines().count()).as("%s: lines on standard error: %s", what, run.err()).isBetween(1L, 3L);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anAlteredXmlReturnIsReportedOrRefusedWithoutItsText(int seed) throws IOException {
    Mutation m = mutate(xml, new Random(seed), true);
    String what = "seed " + seed + ", XML, " + m.name();
    Path in = dir.resolve("xml-" + seed + ".xml");
    Files.write(in, m.bytes());
    CscRun validate = csc("validate", "--year", "2024-25", "--no-postcodes", "--format", "csv", in.toString());
    assertHandled(validate, what + " (validate)");
    if (validate.exitCode() == 2) {
      assertThat(validate.err()).as(what).contains(in.getFileName().toString());
    }
    Path out = dir.resolve("converted-" + seed + ".xml");
    CscRun convert = csc("convert", in.toString(), "--to", "xml", "--year", "2024-25", "-o", out.toString());
    assertHandled(convert, what + " (convert)");
    if (convert.exitCode() != 0) {
      assertThat(out).as("%s: a failed conversion leaves no output", what).doesNotExist();
    } else {
      assertThat(csc("validate", "--year", "2024-25", "--no-postcodes", "--format", "csv", out.toString()).exitCode())
          .as("%s: the converted return reads back", what).isBetween(0, 1);
    }
    Files.deleteIfExists(in);
    Files.deleteIfExists(out);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anAlteredCinCensusIsReportedOrRefusedWithoutItsText(int seed) throws IOException {
    Mutation m = mutate(cin, new Random(seed), true, "Message", "<Child>");
    String what = "seed " + seed + ", CIN census, " + m.name();
    Path in = dir.resolve("cin-" + seed + ".xml");
    Files.write(in, m.bytes());
    // recognised from the file where it still says what it is; else refused, naming the file
    CscRun validate = csc("validate", "--year", "2024-25", "--format", "csv", in.toString());
    assertHandled(validate, what + " (validate)");
    if (validate.exitCode() == 2) {
      assertThat(validate.err()).as(what).contains(in.getFileName().toString());
    }
    Path out = dir.resolve("converted-cin-" + seed + ".xml");
    CscRun convert = csc("convert", in.toString(), "--return", "cin", "--to", "xml", "--year", "2024-25", "-o", out.toString());
    assertHandled(convert, what + " (convert)");
    if (convert.exitCode() != 0) {
      assertThat(out).as("%s: a failed conversion leaves no output", what).doesNotExist();
    } else {
      assertThat(csc("validate", "--year", "2024-25", "--format", "csv", out.toString()).exitCode())
          .as("%s: the converted census reads back", what).isBetween(0, 1);
    }
    Files.deleteIfExists(in);
    Files.deleteIfExists(out);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anAlteredCsvFileSetIsReportedOrRefusedWithoutItsText(int seed) throws IOException {
    Random r = new Random(seed);
    List<Path> files;
    try (Stream<Path> s = Files.list(csvFolder)) {
      files = s.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
    }
    Path target = files.get(r.nextInt(files.size()));
    byte[] original = Files.readAllBytes(target);
    if (original.length < 2) {
      return;
    }
    Mutation m = mutate(original, r, false);
    String what = "seed " + seed + ", " + target.getFileName() + ", " + m.name();
    Path folder = dir.resolve("csv-" + seed);
    Files.createDirectories(folder);
    List<Path> copied = new ArrayList<>();
    for (Path f : files) {
      Path to = folder.resolve(f.getFileName().toString());
      Files.write(to, f.equals(target) ? m.bytes() : Files.readAllBytes(f));
      copied.add(to);
    }
    CscRun validate = csc("validate", "--year", "2024-25", "--no-postcodes", "--format", "csv", folder.toString());
    assertHandled(validate, what + " (validate)");
    Path out = dir.resolve("converted-" + seed + ".xml");
    CscRun convert = csc("convert", folder.toString(), "--to", "xml", "--year", "2024-25", "-o", out.toString());
    assertHandled(convert, what + " (convert)");
    if (convert.exitCode() != 0) {
      assertThat(out).as("%s: a failed conversion leaves no output", what).doesNotExist();
    }
    for (Path f : copied) {
      Files.deleteIfExists(f);
    }
    Files.deleteIfExists(folder);
    Files.deleteIfExists(out);
  }
}
