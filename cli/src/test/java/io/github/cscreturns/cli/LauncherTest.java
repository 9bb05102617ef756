package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code csc} (src/main/launcher, copied beside csc.jar by the build), run by
 * {@code /bin/sh} with a stand-in {@code java} that prints the arguments it was given: which JVM
 * options it adds for which inputs, and that the command line reaches the jar as given.
 */
class LauncherTest {
  @TempDir Path dir;
  private Path launcher;
  private Path javaHome;

  @BeforeEach
  void install() throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to run the launcher");
    Path target = Files.createDirectories(dir.resolve("target"));
    launcher = target.resolve("csc");
    Files.copy(Path.of("src/main/launcher/csc"), launcher, StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(target.resolve("csc.jar"), "not read by the stand-in java");
    javaHome = dir.resolve("jdk");
    Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The arguments the stand-in java was given, one a line. */
  private List<String> run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("CSC_JAVA_OPTS");
    pb.environment().remove("CSC_SMALL_INPUT_KB");
    pb.environment().put("JAVA_HOME", javaHome.toString());
    pb.environment().putAll(environment);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out.lines().toList();
  }

  private Path file(String name, int kilobytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, new byte[kilobytes * 1024]);
    return f;
  }

  private List<String> jarAndAfter(List<String> javaArgs) {
    int jar = javaArgs.indexOf("-jar");
    assertThat(jar).isNotNegative();
    return javaArgs.subList(jar + 1, javaArgs.size());
  }

  @Test
  void aSmallReturnRunsWithTheClientCompilerAndTheSerialCollector() throws Exception {
    Path input = file("return.xml", 64);
    List<String> args = run(Map.of(), "validate", "--year", "2024-25", input.toString());
    assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(jarAndAfter(args)).containsExactly(launcher.resolveSibling("csc.jar").toRealPath().toString(), "validate", "--year", "2024-25", input.toString());
  }

  @Test
  void aLargeReturnRunsWithTheClientCompilerAndABoundedHeapAndStandardInputKeepsTheJvmsDefaults() throws Exception {
    Path input = file("return.xml", 64);
    Path previous = file("previous.xml", 64);
    assertThat(run(Map.of("CSC_SMALL_INPUT_KB", "100"), "validate", "--previous", previous.toString(), input.toString()))
        .contains("-XX:TieredStopAtLevel=1", "-Xmx512m").doesNotContain("-XX:+UseSerialGC");
    assertThat(run(Map.of("CSC_SMALL_INPUT_KB", "100"), "validate", "--previous=" + previous, input.toString()))
        .as("--option=VALUE is counted too").contains("-Xmx512m").doesNotContain("-XX:+UseSerialGC");
    assertThat(run(Map.of(), "validate", "--year", "2024-25", "-"))
        .doesNotContain("-XX:TieredStopAtLevel=1").noneMatch(a -> a.startsWith("-Xmx"));
    assertThat(run(Map.of("CSC_SMALL_INPUT_KB", "0"), "validate", input.toString()))
        .doesNotContain("-XX:TieredStopAtLevel=1").noneMatch(a -> a.startsWith("-Xmx"));
    // the user's own heap comes after the launcher's, so it is the one the JVM takes
    List<String> own = run(Map.of("CSC_SMALL_INPUT_KB", "100", "CSC_JAVA_OPTS", "-Xmx4g"), "validate", input.toString(), previous.toString());
    assertThat(own.lastIndexOf("-Xmx4g")).isGreaterThan(own.indexOf("-Xmx512m"));
  }

  @Test
  void whatIsToBeWrittenIsNotCountedAsInput() throws Exception {
    Path input = file("return.xml", 8);
    Path oldReport = file("report.csv", 512);
    assertThat(run(Map.of("CSC_SMALL_INPUT_KB", "100"), "validate", "--output", oldReport.toString(), input.toString()))
        .contains("-XX:TieredStopAtLevel=1");
    assertThat(run(Map.of("CSC_SMALL_INPUT_KB", "100"), "validate", "-o", oldReport.toString(), input.toString()))
        .contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void theClassDataArchiveIsUsedOnlyWhenItIsThere() throws Exception {
    assertThat(run(Map.of(), "--version")).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
    Files.writeString(launcher.resolveSibling("csc.jsa"), "an archive the stand-in java does not read");
    assertThat(run(Map.of(), "--version"))
        .contains("-XX:SharedArchiveFile=" + launcher.resolveSibling("csc.jsa").toRealPath(), "-Xshare:auto", "-Xlog:cds=off");
  }

  @Test
  void throughASymbolicLinkOnThePathTheJarBesideTheScriptIsRun() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path linked = Files.createSymbolicLink(bin.resolve("csc"), Path.of("..", "target", "csc"));
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", linked.toString(), "--version").redirectErrorStream(true);
    pb.environment().put("JAVA_HOME", javaHome.toString());
    Process p = pb.start();
    List<String> args = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(p.waitFor()).isZero();
    assertThat(jarAndAfter(args)).containsExactly(launcher.resolveSibling("csc.jar").toRealPath().toString(), "--version");
  }

  @Test
  void moreJvmOptionsComeFromTheEnvironmentAndArgumentsPassUnchanged() throws Exception {
    List<String> args = run(Map.of("CSC_JAVA_OPTS", "-Xmx4g -Dx=y"), "codes", "PLACE", "--year", "2014-15", "two words", "");
    assertThat(args).contains("-Xmx4g", "-Dx=y");
    assertThat(args.indexOf("-Xmx4g")).isLessThan(args.indexOf("-jar"));
    assertThat(jarAndAfter(args)).endsWith("codes", "PLACE", "--year", "2014-15", "two words", "");
  }
}
