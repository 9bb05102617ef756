package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 1002: "This child has no previous episodes of care, therefore should not have care leaver
 * information recorded." Flags every OC3 record of a young person with no episode this year and none
 * in last year's return. Only the two years' returns are known: a young person whose care ended
 * before last year looks the same (the DfE's tool notes that it "can only test the current and
 * previous year data").
 */
public final class Rule1002 extends CareLeaverEpisodesRule {
  @Override
  public String code() {
    return "1002";
  }

  @Override
  boolean notBorneOut(Child child, List<Episode> lastYears, RuleContext context) {
    return child.episodes().isEmpty() && lastYears.isEmpty();
  }
}
