package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.function.Function;

/**
 * The internal checks that every child in a table is in the Header: every row of the table is
 * flagged for a child the return has no Header row for ({@link Child#headerRecorded()} false).
 */
abstract class UnknownChildRule implements Rule {
  private final String code;
  private final Function<Child, List<? extends Ssda903Record>> records;

  UnknownChildRule(String code, Function<Child, List<? extends Ssda903Record>> records) {
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
