package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 440: "Participation method indicates child was under 4 years old at the time of the review, but date
 * of birth and review date indicates the child was 4 years old or over." Flags each review coded PN0
 * held after the child's 4th birthday (a review on the birthday itself is left alone, as the DfE
 * check compares the review date with DOB plus four years strictly). Same in every year.
 */
public final class Rule440 implements Rule {
  @Override
  public String code() {
    return "440";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Review review : child.reviews()) {
      if (!ReviewAge.saysUnderFour(review) || review.date().isEmpty()) {
        continue;
      }
      Optional<LocalDate> fourth = ReviewAge.fourthBirthday(child, review);
      if (fourth.isPresent() && review.date().get().isAfter(fourth.get())) {
        flags.flag(review);
      }
    }
  }
}
