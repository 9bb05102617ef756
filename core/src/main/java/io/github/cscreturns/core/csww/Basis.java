package io.github.cscreturns.core.csww;

/**
 * Whether a workforce measure is computed on full-time equivalents or on heads. The DfE computes
 * each measure on FTE; each can also be computed on headcount.
 *
 * @since 2012-13
 */
public enum Basis {
  /** On full-time equivalents, as the DfE publishes the measures. */
  FTE,
  /** On heads: each worker counts once, whatever their hours. */
  HEADCOUNT
}
