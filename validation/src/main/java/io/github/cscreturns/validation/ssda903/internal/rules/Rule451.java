package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 451 (2022-23 and 2023-24; removed from 2024-25): "Child is still freed for adoption, but freeing
 * orders could not be applied for since 30 December 2005." Flags each open episode under legal status
 * D1 (freeing order): DEC and REC both blank.
 */
public final class Rule451 implements Rule {
  @Override
  public String code() {
    return "451";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean freed = e.legalStatus().filter(ls -> ls == LegalStatus.D1).isPresent();
      if (freed && ItemPresence.isBlank(e.end(), e, "DEC") && ItemPresence.isBlank(e.reasonCeased(), e, "REC")) {
        flags.flag(e);
      }
    }
  }
}
