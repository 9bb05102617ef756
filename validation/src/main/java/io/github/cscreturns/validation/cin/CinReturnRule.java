package io.github.cscreturns.validation.cin;

import io.github.cscreturns.core.cin.CinChild;

/**
 * A DfE CIN rule that needs more than one child: a comparison across children (the same UPN or LA
 * child ID twice) or a judgement of the whole return (a proportion, a count). It sees every child in
 * file order through an {@link Accumulator}, then flags at the end: records of any child with
 * {@link CinFlags#flag(CinChild, io.github.cscreturns.core.cin.CinRecord)}, the return itself with
 * {@link CinFlags#flagReturn()}, or the header with {@link CinFlags#flag(io.github.cscreturns.core.cin.CinRecord)}.
 *
 * @since 2022-23
 */
public interface CinReturnRule {
  /**
   * The DfE rule code.
   *
   * @return the DfE rule code
   */
  String code();

  /**
   * A new accumulator for one run over one return.
   *
   * @param context the year, its dates and working days, and the return's header
   * @return a new accumulator for one run
   */
  Accumulator newAccumulator(CinRuleContext context);

  /**
   * What a return-level rule keeps of the children as they pass (as little as it needs).
   *
   * @since 2022-23
   */
  interface Accumulator {
    /**
     * Takes the next child of the return, in file order.
     *
     * @param child the child
     */
    void accept(CinChild child);

    /**
     * Flags what breaks the rule, after the last child.
     *
     * @param flags where the flagged records go
     */
    void finish(CinFlags flags);
  }
}
