package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * 302: "First episode starts before child was born." Flags the Header and the child's earliest
 * episode (by DECOM) where it starts before the DOB.
 */
public final class Rule302 implements Rule {
  @Override
  public String code() {
    return "302";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = child.episodesInDateOrder();
    if (child.dob().isEmpty() || dated.isEmpty()) {
      return;
    }
    Episode first = dated.get(0);
    LocalDate start = first.start().orElseThrow();
    if (start.isBefore(child.dob().get())) {
      if (child.headerRecorded()) {
        flags.flag(child);
      }
      flags.flag(first);
    }
  }
}
