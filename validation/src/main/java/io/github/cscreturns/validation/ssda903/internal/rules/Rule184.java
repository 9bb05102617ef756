package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 184: "Date of decision that a child should be placed for adoption is before the child was born."
 * Flags each PlacedAdoption record with a DATE_PLACED that is not on or after the child's DOB as the
 * record gives it: the DOB on its own CSV row where that differs from the Header's, else the
 * Header's. A DOB that is not a date (blank in the Header, or text) leaves the decision not shown to
 * be on or after birth, so the record is flagged, as the reference the DfE's checks are mirrored by
 * does ("DATE_PLACED &gt;= DOB", else an error). A repeated DOB left blank on a CSV row is no DOB
 * (the reference compares the row's own DOB), so its record is flagged too; in the DfE's XML return
 * the record sits in the child's element and the Header's DOB is the only one. Same in every year.
 */
public final class Rule184 implements Rule {
  @Override
  public String code() {
    return "184";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (p.decisionDate().isEmpty()) {
        continue;
      }
      boolean blankOnRow = p.asWritten("DOB").filter(String::isBlank).isPresent();
      Optional<LocalDate> dob = p.dob().isPresent() || p.unparsed("DOB").isPresent() || blankOnRow ? p.dob() : child.dob();
      if (dob.isEmpty() || p.decisionDate().get().isBefore(dob.get())) {
        flags.flag(p);
      }
    }
  }
}
