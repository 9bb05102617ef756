package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.function.Function;

/**
 * The DfE's internal checks "Child in &lt;table&gt; does not exist in Header": every record of the table
 * belonging to a child the return has no Header row for ({@link Child#headerRecorded()} false) is
 * flagged. Same in every year.
 */
abstract class RecordsWithoutHeaderRule implements Rule {
  private final String code;
  private final Function<Child, List<? extends Ssda903Record>> records;

  RecordsWithoutHeaderRule(String code, Function<Child, List<? extends Ssda903Record>> records) {
    this.code = code;
    this.records = records;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      flags.flagAll(records.apply(child));
    }
  }
}
