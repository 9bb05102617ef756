package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 441: "Participation method indicates child was 4 years old or over at the time of the review, but the
 * date of birth and review date indicates the child was under 4 years old." Flags each review coded
 * PN1–PN7 held before the child's 4th birthday. Same in every year.
 */
public final class Rule441 implements Rule {
  @Override
  public String code() {
    return "441";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Review review : child.reviews()) {
      if (!ReviewAge.saysFourOrOver(review) || review.date().isEmpty()) {
        continue;
      }
      Optional<LocalDate> fourth = ReviewAge.fourthBirthday(child, review);
      if (fourth.isPresent() && review.date().get().isBefore(fourth.get())) {
        flags.flag(review);
      }
    }
  }
}
