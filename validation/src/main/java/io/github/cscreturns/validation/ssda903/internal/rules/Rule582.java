package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 582: "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is
 * the same as the date reported for being matched with adopters. In most circumstances we expect the
 * date the child is matched with adopters to be before the date of adoption." Flags each episode
 * that ceased with adoption (REC E11, E12) on the DATE_MATCH of one of the child's AD1 records. Same
 * in every year.
 */
public final class Rule582 implements Rule {
  @Override
  public String code() {
    return "582";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (e.end().isEmpty() || e.reasonCeased().filter(r -> r.isAdoption()).isEmpty()) {
        continue;
      }
      for (Adoption a : child.adoptions()) {
        if (a.matchedDate().filter(e.end().get()::equals).isPresent()) {
          flags.flag(e);
        }
      }
    }
  }
}
