package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The internal checks that a table's repeated DOB is the Header's ("DOB in &lt;table&gt; is different
 * to DOB in Header"): a row whose own DOB is a date other than the Header's, itself a date, is
 * flagged. Readers keep a row's own DOB only where it differs from the Header's (see {@code
 * Review#dob()}). A DOB that is blank or not a date, on either side, is left to the rules on DOB
 * (102); a child without a Header row to the checks that the child is in the Header.
 *
 * <p>Where the Header gives the child twice, each row's DOB is judged against every Header row, as the
 * Python validator the DfE's checks are mirrored by joins the table with the Header on CHILD ({@link
 * EveryHeaderRow}): a row's DOB that is the first Header row's differs from a second Header row's
 * other DOB.
 *
 * @param <R> the table's record
 */
abstract class HeaderDobEveryRow<R extends Ssda903Record> extends EveryHeaderRow {
  private final String code;
  private final Function<Child, List<R>> records;
  private final Function<R, Optional<LocalDate>> dob;

  HeaderDobEveryRow(String code, Function<Child, List<R>> records, Function<R, Optional<LocalDate>> dob) {
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
    for (R r : records.apply(child)) {
      Optional<LocalDate> own = dob.apply(r);
      if (own.isPresent() && !own.get().equals(header)) {
        flags.flag(r);
      }
    }
  }

  /**
   * Flags each record whose DOB, as written on its row, is a date other than the further Header row's
   * DOB. A record without a DOB of its own has the first Header row's, unless its row left the DOB
   * blank or wrote one that is not a date.
   */
  @Override
  public final void checkHeaderRow(Child headerRow, Child child, RuleContext context, Flags flags) {
    if (headerRow.dob().isEmpty()) {
      return;
    }
    for (R r : records.apply(child)) {
      Optional<LocalDate> written = dob.apply(r);
      if (written.isEmpty() && r.unparsed("DOB").isEmpty() && r.asWritten("DOB").filter(String::isBlank).isEmpty()) {
        written = child.dob();
      }
      if (written.isPresent() && !written.get().equals(headerRow.dob().get())) {
        flags.flag(r);
      }
    }
  }
}
