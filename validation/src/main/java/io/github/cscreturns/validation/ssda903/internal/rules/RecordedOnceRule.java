package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.function.Function;

/**
 * The internal checks that a child has at most one row in a table: every row of a child who has
 * more than one is flagged.
 */
abstract class RecordedOnceRule implements Rule {
  private final String code;
  private final Function<Child, List<? extends Ssda903Record>> records;

  RecordedOnceRule(String code, Function<Child, List<? extends Ssda903Record>> records) {
    this.code = code;
    this.records = records;
  }

  @Override
  public final String code() {
    return code;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    List<? extends Ssda903Record> rows = records.apply(child);
    if (rows.size() > 1) {
      flags.flagAll(rows);
    }
  }
}
