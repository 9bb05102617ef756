package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Comparator;
import java.util.List;

/**
 * 705: "A DoLO cannot start when the previous DoLO is still open." Orders the child's DoLo records by
 * DOLO_START (records without one cannot be placed and are 700's to report) and flags each one that
 * starts while the one before it is still in force: that one has no DOLO_END, or ends after this one
 * starts. An order may start on the day the previous one ended.
 *
 * @since 2026-27
 */
public final class Rule705 implements Rule {
  @Override
  public String code() {
    return "705";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.deprivationsOfLiberty().size() < 2) {
      return;
    }
    List<DeprivationOfLiberty> ordered = child.deprivationsOfLiberty().stream()
        .filter(d -> d.start().isPresent())
        .sorted(Comparator.comparing(d -> d.start().get()))
        .toList();
    for (int i = 1; i < ordered.size(); i++) {
      DeprivationOfLiberty before = ordered.get(i - 1);
      DeprivationOfLiberty next = ordered.get(i);
      boolean stillOpen = before.end().map(e -> e.isAfter(next.start().get())).orElse(before.unparsed("DOLO_END").isEmpty());
      if (stillOpen) {
        flags.flag(next);
      }
    }
  }
}
