package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.util.Set;

/**
 * A rule about the whole return rather than one child (a child in the Header twice, a UPN shared by
 * two children). The validator gives each run a fresh {@link Accumulator}, feeds it every child in
 * input order, then asks it what to flag. Accumulators keep only what they need (identifiers,
 * ordinals), never every child, so validation still streams.
 */
public interface ReturnRule {
  /**
   * The DfE rule code this class implements.
   *
   * @return the DfE rule code this class implements
   */
  String code();

  /**
   * Inputs the rule needs beyond the return itself; it is skipped where one is missing.
   *
   * @return inputs the rule needs beyond the return itself
   */
  default Set<Requirement> requirements() {
    return Set.of();
  }

  /**
   * A fresh accumulator for one validation run.
   *
   * @param context the rule's context for the child
   * @return a fresh accumulator for one validation run
   */
  Accumulator newAccumulator(RuleContext context);

  /** Collects what the rule needs across children; used by one thread at a time. */
  interface Accumulator {
    /**
     * Sees one child, in input order; {@code ordinal} is its 0-based position in the return.
     *
     * @param child the child
     * @param ordinal the ordinal
     */
    void accept(Child child, int ordinal);

    /**
     * After the last child: flags the offending records by the ordinal of their child.
     *
     * @param flags where the rule records the records it flags
     */
    void finish(ReturnFlags flags);
  }

  /** Where a whole-return rule puts what it flags. */
  interface ReturnFlags {
    /**
     * Flags the Header row of the child at {@code ordinal}.
     *
     * @param ordinal the ordinal
     */
    void flagHeader(int ordinal);

    /**
     * Flags a record (kept by the accumulator) of the child at {@code ordinal}.
     *
     * @param ordinal the ordinal
     * @param record the record
     */
    void flag(int ordinal, Ssda903Record record);
  }
}
