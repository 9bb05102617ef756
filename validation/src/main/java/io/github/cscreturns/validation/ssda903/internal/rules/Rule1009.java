package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 1009: "Reason for placement change is not a valid code." Flags each episode whose
 * REASON_PLACE_CHANGE is given but is not a code of the year (unknown text, or a code not valid in the
 * year — CUSTOD only from 2018-19). A blank reason is for other rules. Same in every year.
 */
public final class Rule1009 implements Rule {
  @Override
  public String code() {
    return "1009";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean invalid = e.reasonPlaceChange().map(r -> !r.isValidIn(context.year()))
          .orElse(e.unparsed("REASON_PLACE_CHANGE").isPresent());
      if (invalid) {
        flags.flag(e);
      }
    }
  }
}
