package io.github.cscreturns.validation.cin;

import io.github.cscreturns.core.cin.CinChild;

/**
 * A DfE CIN rule judged on one child at a time: it flags the child's records that break it. Its
 * message, severity and items come from the year's {@link CinRuleCatalogue}; a rule holds only its
 * code and logic. Implementations are stateless and thread-safe.
 *
 * <pre>{@code
 * CinRule noFutureBirth = new CinRule() {
 *   public String code() { return "8520"; }
 *   public void check(CinChild child, CinRuleContext context, CinFlags flags) {
 *     child.identifiers().birthDate()
 *         .filter(d -> d.isAfter(context.referenceDate()))
 *         .ifPresent(d -> flags.flag(child.identifiers()));
 *   }
 * };
 * }</pre>
 *
 * @since 2022-23
 */
public interface CinRule {
  /**
   * The DfE rule code ("8520", "8569Q").
   *
   * @return the DfE rule code
   */
  String code();

  /**
   * Flags the child's records that break the rule.
   *
   * @param child the child
   * @param context the year, its dates and working days, and the return's header
   * @param flags where the flagged records go
   */
  void check(CinChild child, CinRuleContext context, CinFlags flags);
}
