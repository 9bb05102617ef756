package io.github.cscreturns.cli;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a command reads besides its arguments: standard input (a return or census piped in with
 * {@code -}) and environment variables (the pseudonymisation key). The tests give their own.
 *
 * @param stdin standard input
 * @param variables the environment variable of a name, or null
 */
record Environment(InputStream stdin, Function<String, String> variables) {
  /** The process's standard input and environment. */
  static final Environment SYSTEM = new Environment(System.in, System::getenv);

  /** The value of an environment variable, where it is set and not empty. */
  Optional<String> variable(String name) {
    return Optional.ofNullable(variables.apply(name)).filter(v -> !v.isEmpty());
  }

  /** A command that reads its environment; {@link Csc} gives it before running it. */
  interface Aware {
    void environment(Environment environment);
  }
}
