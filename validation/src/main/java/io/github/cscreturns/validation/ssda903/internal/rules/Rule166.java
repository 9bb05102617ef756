package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 166: "Date of review is invalid or blank." Flags each review whose REVIEW is blank or not a date.
 * Same in every year.
 */
public final class Rule166 implements Rule {
  @Override
  public String code() {
    return "166";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Review review : child.reviews()) {
      if (review.date().isEmpty()) {
        flags.flag(review);
      }
    }
  }
}
