package io.github.cscreturns.cli;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a command reads besides its arguments: standard input (a return or census piped in with
 * {@code -}), environment variables (the pseudonymisation key), whether standard error is a terminal
 * and the clock (the progress of a long validation). The tests give their own.
 *
 * @param stdin standard input
 * @param variables the environment variable of a name, or null
 * @param stderrTerminal whether standard error is a terminal
 * @param clock nanoseconds, as {@link System#nanoTime()}
 */
record Environment(InputStream stdin, Function<String, String> variables, BooleanSupplier stderrTerminal, LongSupplier clock) {
  /** The process's standard input, environment, standard error and clock. */
  static final Environment SYSTEM = new Environment(System.in, System::getenv, Progress::stderrIsTerminal, System::nanoTime);

  /** Standard input and variables as given; standard error is not a terminal; the system clock. */
  Environment(InputStream stdin, Function<String, String> variables) {
    this(stdin, variables, () -> false, System::nanoTime);
  }

  /** The value of an environment variable, where it is set and not empty. */
  Optional<String> variable(String name) {
    return Optional.ofNullable(variables.apply(name)).filter(v -> !v.isEmpty());
  }

  /** Whether standard error is a terminal (progress is shown only there). */
  boolean stderrIsTerminal() {
    return stderrTerminal.getAsBoolean();
  }

  /** A command that reads its environment; {@link Csc} gives it before running it. */
  interface Aware {
    void environment(Environment environment);
  }
}
