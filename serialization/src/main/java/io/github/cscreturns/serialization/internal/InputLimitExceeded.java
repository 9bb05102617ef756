package io.github.cscreturns.serialization.internal;

import java.io.IOException;

/**
 * Thrown from inside an input stream (and so from inside whatever parser reads it) when the input
 * passes one of the reader's limits. Its message says which limit, never what the input held.
 */
public class InputLimitExceeded extends IOException {
  private static final long serialVersionUID = 1L;

  public InputLimitExceeded(String message) {
    super(message);
  }
}
