package io.github.cscreturns.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code csc} command in the test's own process, as a user types it (the real readers
 * and bundled reference data): its exit code and what it printed on each stream.
 */
record CscRun(int exitCode, String out, String err) {
  /** Runs {@code csc} with the arguments. */
  static CscRun csc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CscRun(code, out.toString(), err.toString());
  }
}
