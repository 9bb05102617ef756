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
 * An internal check "DOB in &lt;table&gt; is different to DOB in Header" ({@link HeaderDobRule}) run
 * against each of the child's Header rows, where the Header gives the child twice, as the Python
 * validator the DfE's checks are mirrored by joins the table with the Header on CHILD ({@link
 * EveryHeaderRow}).
 *
 * @param <R> the table's record
 */
abstract class HeaderDobEveryRow<R extends Ssda903Record> extends EveryHeaderRow {
  private final HeaderDobRule<R> dob;

  HeaderDobEveryRow(String code, Function<Child, List<R>> records, Function<R, Optional<LocalDate>> dob) {
    this.dob = new HeaderDobRule<>(code, records, dob) {};
  }

  @Override
  public final String code() {
    return dob.code();
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    dob.check(child, context, flags);
  }

  @Override
  public final void checkHeaderRow(Child headerRow, Child child, RuleContext context, Flags flags) {
    dob.checkHeaderRow(headerRow, child, flags);
  }
}
