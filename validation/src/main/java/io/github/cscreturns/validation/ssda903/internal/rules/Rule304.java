package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 304: "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th
 * birthday of a child." Flags each UASC record whose DUC is after the 18th birthday, from the DOB on
 * the UASC row (where it differs from the Header's) or else the Header's; an unreadable DOB on the row
 * leaves the record alone. Same in every year.
 */
public final class Rule304 implements Rule {
  @Override
  public String code() {
    return "304";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Uasc uasc : child.uasc()) {
      if (uasc.ceasedDate().isEmpty() || uasc.unparsed("DOB").isPresent()) {
        continue;
      }
      Optional<LocalDate> eighteenth = uasc.dob().or(child::dob).map(d -> d.plusYears(18));
      if (eighteenth.isPresent() && uasc.ceasedDate().get().isAfter(eighteenth.get())) {
        flags.flag(uasc);
      }
    }
  }
}
