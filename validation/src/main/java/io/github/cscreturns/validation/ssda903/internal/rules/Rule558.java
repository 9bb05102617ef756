package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 558: "If a child has been adopted, then the decision to place them for adoption has not been
 * disrupted and the date of the decision that a child should no longer be placed for adoption should
 * be left blank." Flags each episode that ceased with adoption (REC E11, E12) of a child whose
 * PlacedAdoption records all have a DATE_PLACED_CEASED: the decision the child was adopted under
 * cannot have ceased. A child without PlacedAdoption records is left to rule 601 and its kin. Same
 * in every year.
 *
 * <p>The public validator flags instead an adopted child with two or more ceased decisions in one
 * calendar year (and none open), which the DfE's message does not ask about; we follow the message.
 */
public final class Rule558 implements Rule {
  @Override
  public String code() {
    return "558";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.placedForAdoption().isEmpty()
        || child.placedForAdoption().stream().anyMatch(p -> ItemPresence.isBlank(p.ceasedDate(), p, "DATE_PLACED_CEASED"))) {
      return;
    }
    for (Episode e : child.episodes()) {
      if (e.reasonCeased().filter(r -> r.isAdoption()).isPresent()) {
        flags.flag(e);
      }
    }
  }
}
