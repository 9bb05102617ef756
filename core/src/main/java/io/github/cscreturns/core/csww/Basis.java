package io.github.cscreturns.core.csww;

/**
 * Whether a workforce measure is computed on full-time equivalents or on heads. The DfE computes
 * each measure on FTE; each can also be computed on headcount.
 *
 * @since 2012-13
 */
public enum Basis {
  FTE,
  HEADCOUNT
}
