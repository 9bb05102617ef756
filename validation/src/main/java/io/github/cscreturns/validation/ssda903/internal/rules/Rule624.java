package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 624: "Date of birth of the first child contradicts the date of birth of the first child previously
 * recorded." Needs last year's return. Where last year's Header recorded MC_DOB, flags the Header of
 * the child if this year's MC_DOB is different or blank. Nothing previously recorded (blank last year,
 * or the child not in last year's return), nothing to contradict. Unreadable dates are compared as
 * written.
 */
public final class Rule624 implements Rule {
  @Override
  public String code() {
    return "624";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<Child> last = LastYearsReturn.header(context);
    if (!child.headerRecorded() || last.isEmpty()) {
      return;
    }
    String before = text(last.get());
    if (!before.isEmpty() && !before.equals(text(child))) {
      flags.flag(child);
    }
  }

  private static String text(Child c) {
    return c.motherChildDob().map(java.time.LocalDate::toString).orElseGet(() -> c.unparsed("MC_DOB").orElse(""));
  }
}
