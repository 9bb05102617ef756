package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 207: "Mother status for the current year disagrees with the mother status already recorded for this
 * child." Needs last year's return. A child recorded as a mother stays one: flags the Header of a
 * child with episodes this year whose MOTHER was 1 on last year's Header and is anything else now
 * (0, blank or an unknown code). A child not a mother last year may become one; a child without
 * episodes this year is not checked (MOTHER is only collected for children looked after in the year).
 */
public final class Rule207 implements Rule {
  @Override
  public String code() {
    return "207";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<Child> last = LastYearsReturn.header(context);
    if (!child.headerRecorded() || last.isEmpty() || child.episodes().isEmpty()) {
      return;
    }
    boolean wasMother = last.get().motherStatus().orElse(null) == MotherStatus.IS_A_MOTHER;
    if (wasMother && child.motherStatus().orElse(null) != MotherStatus.IS_A_MOTHER) {
      flags.flag(child);
    }
  }
}
