package io.github.cscreturns.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code csc} command: look up codesets and rules, validate SSDA903 returns and CIN census files,
 * convert and generate children's social care returns.
 *
 * <p>Exit codes: 0 success, 1 the input has errors (validate), 2 unusable input or arguments.
 */
@Command(
    name = "csc",
    mixinStandardHelpOptions = true,
    versionProvider = Csc.Version.class,
    description = "Children's social care returns: codesets, validation and conversion.",
    subcommands = {CodesCommand.class, RulesCommand.class, ValidateCommand.class, ConvertCommand.class, GenerateCommand.class, WorkforceCommand.class, CommandLine.HelpCommand.class})
public final class Csc implements java.util.concurrent.Callable<Integer> {
  /** Exit code for unusable input or arguments. */
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs {@code csc} and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command with the given streams and returns its exit code; used by the tests too.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command line
   * @return the exit code: 0 no errors, 1 errors found, 2 unusable input or arguments
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(ReturnSource.DEFAULT, out, err, args);
  }

  /** Runs the command reading returns through the given source (tests use a fake one). */
  static int run(ReturnSource source, PrintWriter out, PrintWriter err, String... args) {
    return run(Environment.SYSTEM, source, out, err, args);
  }

  /** Runs the command with the given standard input and environment variables (tests give their own). */
  static int run(Environment environment, ReturnSource source, PrintWriter out, PrintWriter err, String... args) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine cli =
        new CommandLine(
            new Csc(),
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                K made = type == ValidateCommand.class ? type.cast(new ValidateCommand(source)) : defaults.create(type);
                if (made instanceof Environment.Aware aware) {
                  aware.environment(environment);
                }
                return made;
              }
            });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println(ex.getMessage());
          ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          // never a stack trace or an exception's message (it may quote the input) as the user's message
          commandLine.getErr().println("csc: the command failed unexpectedly (" + ex.getClass().getSimpleName()
              + "); nothing was written over existing files. Please report it with the command you ran.");
          return USAGE;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println("csc: not enough memory for this input; run it with more heap (java -Xmx4g -jar csc.jar …, or CSC_JAVA_OPTS=-Xmx4g for the csc launcher)"
          + " or split the input.");
      code = USAGE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The collection year written as {@code text}; otherwise prints one line saying what is accepted
   * and gives nothing (the caller exits with {@link #USAGE}).
   */
  static java.util.Optional<io.github.cscreturns.codesets.CollectionYear> collectionYear(String text, PrintWriter err) {
    var year = io.github.cscreturns.codesets.CollectionYear.tryParse(text);
    if (year.isEmpty()) {
      err.println("Unknown collection year '" + text + "'. Accepted: "
          + io.github.cscreturns.codesets.CollectionYear.acceptedLabels() + ".");
    }
    return year;
  }

  /** {@code csc} alone: the usage, on standard error, and exit 2 (a command is needed). */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /**
   * The SDK's version, and per collection year the SSDA903 and CIN census rule catalogues: how many DfE rules, how
   * many implemented, and the catalogue's fingerprint (the first 12 hex digits of SHA-256 over each
   * rule's code, severity, stage, fields and message), which changes exactly when the catalogue does.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      java.util.List<String> lines = new java.util.ArrayList<>();
      lines.add("csc " + sdkVersion() + " (csc-returns SDK)");
      lines.add("SSDA903 rule catalogues:");
      for (var year : io.github.cscreturns.validation.ssda903.RuleCatalogue.years()) {
        var set = io.github.cscreturns.validation.ssda903.RuleSet.forYear(year);
        var rules = set.catalogue().rules();
        long implemented = rules.stream().filter(m -> set.isImplemented(m.code())).count();
        lines.add("  " + year.label() + ": " + rules.size() + " DfE rules, " + implemented + " implemented, catalogue "
            + fingerprint(rules));
      }
      lines.add("CIN census rule catalogues:");
      for (var year : io.github.cscreturns.validation.cin.CinRuleCatalogue.years()) {
        var set = io.github.cscreturns.validation.cin.CinRuleSet.forYear(year);
        var rules = set.catalogue().rules();
        long implemented = rules.stream().filter(m -> set.isImplemented(m.code())).count();
        lines.add("  " + year.label() + ": " + rules.size() + " DfE rules, " + implemented + " implemented, catalogue "
            + cinFingerprint(rules));
      }
      return lines.toArray(String[]::new);
    }

    /** The version the build wrote into the jar's resources (the same as the Maven project's). */
    static String sdkVersion() {
      try (java.io.InputStream in = Csc.class.getResourceAsStream("version.properties")) {
        java.util.Properties p = new java.util.Properties();
        if (in != null) {
          p.load(in);
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? "(version unknown)" : v;
      } catch (java.io.IOException e) {
        return "(version unknown)";
      }
    }

    /** As {@link #fingerprint}, over each CIN rule's code, severity, level, fields and message. */
    static String cinFingerprint(java.util.List<io.github.cscreturns.validation.cin.CinRuleMetadata> rules) {
      return sha256(rules.stream()
          .sorted((a, b) -> io.github.cscreturns.validation.RuleCodes.ORDER.compare(a.code(), b.code()))
          .map(m -> m.code() + "\t" + m.severity().label() + "\t" + m.level() + "\t" + String.join(";", m.fields()) + "\t" + m.message() + "\n")
          .toList());
    }

    private static String sha256(java.util.List<String> lines) {
      try {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        lines.forEach(l -> sha.update(l.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    static String fingerprint(java.util.List<io.github.cscreturns.validation.ssda903.RuleMetadata> rules) {
      try {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        rules.stream()
            .sorted((a, b) -> io.github.cscreturns.validation.RuleCodes.ORDER.compare(a.code(), b.code()))
            .forEach(m -> sha.update((m.code() + "\t" + m.severity().label() + "\t" + m.stage().map(st -> String.valueOf(st.number())).orElse("")
                + "\t" + String.join(";", m.fields()) + "\t" + m.message() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
