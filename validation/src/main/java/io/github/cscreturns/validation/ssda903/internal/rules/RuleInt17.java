package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Review;

/**
 * INT17: "Internal Check: DOB in Reviews is different to DOB in Header." Flags a review whose own DOB
 * is a date other than the Header's DOB. Same in every year.
 *
 * <p>Where the Header gives the child twice, the record's DOB is judged against each Header row, as
 * the Python validator the DfE's checks are mirrored by joins Reviews with the Header on CHILD ({@link
 * HeaderDobEveryRow}).
 */
public final class RuleInt17 extends HeaderDobEveryRow<Review> {
  public RuleInt17() {
    super("INT17", Child::reviews, Review::dob);
  }
}
