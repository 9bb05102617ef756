package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Optional;

/** Runs a rule that compares with last year's return on a child and the child's record last year. */
final class LastYearTester {
  private LastYearTester() {}

  /** The records the rule flags on {@code now}, with {@code last} as the child's record in last year's return. */
  static List<Ssda903Record> flaggedAgainst(Rule rule, CollectionYear year, Child now, Child last) {
    return RuleTester.flagged(rule, now, RuleContext.of(year).withPrevious(Optional.of(last)));
  }

  /** The records the rule flags on {@code now} when last year's return was supplied without the child. */
  static List<Ssda903Record> flaggedWithoutLastYearsRecord(Rule rule, CollectionYear year, Child now) {
    return RuleTester.flagged(rule, now, RuleContext.of(year).withPrevious(Optional.empty()));
  }

  /** The baseline child of last year (as {@link RuleTester#child}, for the year before). */
  static io.github.cscreturns.core.ssda903.ImmutableChild.Builder lastYearsChild(CollectionYear year) {
    return RuleTester.child(year.previous().orElseThrow());
  }
}
