package io.github.cscreturns.core.csww;

import org.immutables.value.Value;

/**
 * Where a record began in its source file: the line and column of its start tag, both counted from 1.
 *
 * @since 2021-22
 */
@Value.Immutable(builder = false, copy = false)
public interface SourceLocation {
  @Value.Parameter
  int line();

  @Value.Parameter
  int column();

  static SourceLocation of(int line, int column) {
    return ImmutableSourceLocation.of(line, column);
  }
}
