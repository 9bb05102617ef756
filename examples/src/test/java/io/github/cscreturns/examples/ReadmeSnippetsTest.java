package io.github.cscreturns.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Java snippet of the README compiles as a supplier's code would: against our jars and their
 * run-time dependencies only (no Immutables, no JSpecify: those are compile-time dependencies of
 * ours, not of our users), with {@code -Xlint:all -Werror}. So the README cannot rot, and a
 * supplier's strict build compiles cleanly against our classes (the Immutables-generated classes
 * carry no annotation whose class the supplier lacks).
 *
 * <p>A snippet with {@code import} lines is compiled as the body of a method, its imports kept as
 * written, beside the imports any user's file has (java.util, java.nio.file, java.time, java.math
 * and the SDK's model and API packages) and a few fields naming the user's own data
 * ({@code children}, {@code lastYearsChildren}, {@code episode}). A snippet without imports is an
 * excerpt of an example program: it must appear, as written, in one of this module's examples,
 * which {@link ExamplesTest} runs.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLES = Path.of("src", "main", "java");

  private static final String USER_IMPORTS =
      String.join(
          "\n",
          "import java.io.*;",
          "import java.math.*;",
          "import java.nio.file.*;",
          "import java.time.*;",
          "import java.util.*;",
          "import io.github.cscreturns.codesets.*;",
          "import io.github.cscreturns.codesets.ssda903.*;",
          "import io.github.cscreturns.core.*;",
          "import io.github.cscreturns.core.ssda903.*;",
          "import io.github.cscreturns.validation.*;",
          "import io.github.cscreturns.validation.ssda903.*;",
          "import io.github.cscreturns.serialization.ssda903.*;",
          "");

  private static final String USER_DATA =
      String.join(
          "\n",
          "  Iterable<Child> children = List.of();",
          "  List<Child> lastYearsChildren = List.of();",
          "  Episode episode = Episode.builder().build();",
          "");

  record Snippet(int line, String text) {
    boolean hasImports() {
      return text.lines().anyMatch(l -> l.startsWith("import "));
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    List<Snippet> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i + 1;
        StringBuilder text = new StringBuilder();
        for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        found.add(new Snippet(start + 1, text.toString()));
      }
    }
    return found;
  }

  @Test
  void theReadmeHasJavaSnippets() throws IOException {
    assertThat(snippets()).hasSizeGreaterThanOrEqualTo(5);
  }

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesStrictlyAgainstTheJarsAlone() throws IOException {
    return snippets().stream()
        .map(s -> DynamicTest.dynamicTest("README.md line " + s.line(), () -> {
          if (s.hasImports()) {
            assertCompiles(s);
          } else {
            assertIsInAnExample(s);
          }
        }));
  }

  private static void assertCompiles(Snippet s) throws Exception {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String l : s.text().lines().toList()) {
      (l.startsWith("import ") ? imports : body).append(l).append('\n');
    }
    String className = "ReadmeLine" + s.line();
    String source =
        "package readme;\n" + imports + USER_IMPORTS
            + "@SuppressWarnings(\"unused\")\nclass " + className + " {\n" + USER_DATA
            + "  void run() throws Exception {\n" + body + "  }\n}\n";
    Path dir = Files.createTempDirectory("readme-snippet");
    Path file = dir.resolve(className + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    // javac as a supplier's build runs it, in a process of its own (no test class path leaks in).
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process p =
        new ProcessBuilder(
                javac.toString(), "--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
                "-classpath", supplierClassPath(), "-d", dir.resolve("classes").toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    assertThat(exit)
        .as("README.md snippet at line %d compiles with -Xlint:all -Werror (wrapper lines before the snippet's body: %d):%n%s",
            s.line(), lineOffset(source, s), log)
        .isZero();
    assertThat(log).as("javac output").isBlank();
  }

  /** Lines of the wrapper before the snippet's first body line, so diagnostics point into the snippet. */
  private static long lineOffset(String source, Snippet s) {
    long importLines = s.text().lines().filter(l -> l.startsWith("import ")).count();
    long before = source.substring(0, source.indexOf("  void run() throws Exception {")).lines().count() + 1;
    return before - importLines - 1;
  }

  /** Our jars and their run-time dependencies, as a supplier's build has them: nothing compile-only. */
  private static String supplierClassPath() throws URISyntaxException, ClassNotFoundException {
    List<String> fromEachJar =
        List.of(
            "io.github.cscreturns.codesets.CollectionYear",
            "io.github.cscreturns.core.ssda903.Child",
            "io.github.cscreturns.validation.ssda903.Validator",
            "io.github.cscreturns.serialization.ssda903.Ssda903Xml",
            "io.github.cscreturns.reference.OnsPostcodeDirectory",
            "io.github.cscreturns.synthetic.ssda903.Ssda903Generator",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonFactory",
            "com.fasterxml.jackson.annotation.JsonCreator",
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
            "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
            "jakarta.validation.Validation");
    List<String> path = new ArrayList<>();
    for (String name : fromEachJar) {
      Class<?> c = Class.forName(name, false, ReadmeSnippetsTest.class.getClassLoader());
      path.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    assertThat(path).noneMatch(p -> p.contains("immutables") || p.contains("jspecify"));
    return String.join(File.pathSeparator, path);
  }

  private static void assertIsInAnExample(Snippet s) throws IOException {
    String wanted = normalise(s.text());
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    boolean found = false;
    for (Path p : sources) {
      found |= normalise(Files.readString(p, StandardCharsets.UTF_8)).contains(wanted);
    }
    assertThat(found).as("README.md snippet at line %d (no imports) appears as written in an example under %s", s.line(), EXAMPLES).isTrue();
  }

  private static String normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
