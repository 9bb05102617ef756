package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 399: "Mother field, review field or participation field are completed but child is looked after under
 * legal status V3 or V4." Applies to a child whose every episode is under V3 or V4 (short breaks): if
 * the Header's MOTHER is filled in, or a review has REVIEW or REVIEW_CODE filled in, the child's
 * episodes, its Header row and those reviews are flagged (all reviews where MOTHER is filled in). A
 * child with any other legal status is looked after for more than short breaks, so the items apply.
 * Same in every year.
 */
public final class Rule399 implements Rule {
  @Override
  public String code() {
    return "399";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> episodes = child.episodes();
    if (episodes.isEmpty() || !episodes.stream().allMatch(Rule399::isShortBreak)) {
      return;
    }
    boolean mother = child.headerRecorded() && ItemPresence.isRecorded(child.motherStatus(), child, "MOTHER");
    List<Review> completed =
        mother ? child.reviews() : child.reviews().stream().filter(Rule399::isCompleted).toList();
    if (!mother && completed.isEmpty()) {
      return;
    }
    flags.flagAll(episodes);
    if (child.headerRecorded()) {
      flags.flag(child);
    }
    flags.flagAll(completed);
  }

  private static boolean isShortBreak(Episode episode) {
    return episode.legalStatus().map(LegalStatus::isRespite).orElse(false);
  }

  private static boolean isCompleted(Review review) {
    return ItemPresence.isRecorded(review.date(), review, "REVIEW")
        || ItemPresence.isRecorded(review.participation(), review, "REVIEW_CODE");
  }
}
