package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 167: "Data entry for participation is invalid or blank." Flags each review whose REVIEW_CODE is not a
 * participation code of the year although REVIEW is filled in, and each review with a REVIEW_CODE but
 * no REVIEW. A row with both blank is left alone (there is no review to describe; 166 reports the
 * blank date). Same in every year.
 */
public final class Rule167 implements Rule {
  @Override
  public String code() {
    return "167";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Review review : child.reviews()) {
      boolean dated = ItemPresence.isRecorded(review.date(), review, "REVIEW");
      boolean coded = ItemPresence.isRecorded(review.participation(), review, "REVIEW_CODE");
      boolean validCode = review.participation().map(p -> p.isValidIn(context.year())).orElse(false);
      boolean fine = dated ? validCode : !coded;
      if (!fine) {
        flags.flag(review);
      }
    }
  }
}
