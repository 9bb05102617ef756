package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 445 (2022-23 and 2023-24; removed from 2024-25): "D1 is not a valid code for episodes starting after
 * December 2005." Flags each episode under legal status D1 (freeing order) starting after 31 December
 * 2005, when freeing orders were replaced by placement orders.
 */
public final class Rule445 implements Rule {
  private static final LocalDate LAST_FREEING_ORDER_START = LocalDate.of(2005, 12, 31);

  @Override
  public String code() {
    return "445";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean freed = e.legalStatus().filter(ls -> ls == LegalStatus.D1).isPresent();
      if (freed && e.start().filter(d -> d.isAfter(LAST_FREEING_ORDER_START)).isPresent()) {
        flags.flag(e);
      }
    }
  }
}
