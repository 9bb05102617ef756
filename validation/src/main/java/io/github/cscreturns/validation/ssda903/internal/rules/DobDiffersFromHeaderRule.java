package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The DfE's internal checks "DOB in &lt;table&gt; is different to DOB in Header": a record whose own
 * DOB is a date and differs from the Header's DOB, itself a date, is flagged. A blank or unreadable
 * DOB on either side is for the date rules, not a difference; a child without a Header row is for the
 * "does not exist in Header" checks. Records keep their own DOB only where it differs from the
 * Header's (see {@code Review#dob()}), so the comparison is with the Header's DOB as read.
 */
abstract class DobDiffersFromHeaderRule<R extends Ssda903Record> implements Rule {
  private final String code;
  private final Function<Child, List<R>> records;
  private final Function<R, Optional<LocalDate>> dob;

  DobDiffersFromHeaderRule(String code, Function<Child, List<R>> records, Function<R, Optional<LocalDate>> dob) {
    this.code = code;
    this.records = records;
    this.dob = dob;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded() || child.dob().isEmpty()) {
      return;
    }
    LocalDate header = child.dob().get();
    for (R record : records.apply(child)) {
      Optional<LocalDate> own = dob.apply(record);
      if (own.isPresent() && !own.get().equals(header)) {
        flags.flag(record);
      }
    }
  }
}
