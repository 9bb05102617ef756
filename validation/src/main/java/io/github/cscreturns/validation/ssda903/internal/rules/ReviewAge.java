package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Review;
import java.time.LocalDate;
import java.util.Optional;

/** The child's age at a review, as rules 440 and 441 compare it with the participation code. */
final class ReviewAge {
  private ReviewAge() {}

  /** PN0, the participation code for a child "aged under 4 at the time of the review". */
  static boolean saysUnderFour(Review review) {
    return review.participation().orElse(null) == ReviewParticipation.PN0;
  }

  /** PN1–PN7: the participation codes that describe a child of 4 or over. */
  static boolean saysFourOrOver(Review review) {
    return review.participation().map(p -> p != ReviewParticipation.PN0).orElse(false);
  }

  /**
   * The child's 4th birthday, from the DOB on the review's own row (where it differs from the
   * Header's) or else the Header's; empty where the DOB is unknown, or the row's DOB is not a date or
   * was left blank on a CSV row (the rule compares the review with the DOB beside it, as the Python
   * validator does; an XML review has no DOB of its own and takes the Header's).
   */
  static Optional<LocalDate> fourthBirthday(Child child, Review review) {
    if (review.unparsed("DOB").isPresent() || review.asWritten("DOB").filter(String::isBlank).isPresent()) {
      return Optional.empty();
    }
    return review.dob().or(child::dob).map(d -> d.plusYears(4));
  }
}
