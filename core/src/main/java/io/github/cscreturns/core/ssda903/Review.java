package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review of the child's case (table Reviews; XML element AREVIEW under HEADER).
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Review extends Ssda903Record {
  /**
   * A builder of a {@code Review}, every item unset.
   *
   * @return the builder
   */
  static ImmutableReview.Builder builder() {
    return ImmutableReview.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.REVIEWS;
  }

  /**
   * Date of review (REVIEW).
   *
   * @return date of review (REVIEW)
   */
  Optional<LocalDate> date();

  /**
   * Participation of the child in the review (REVIEW_CODE).
   *
   * @return participation of the child in the review (REVIEW_CODE)
   */
  Optional<ReviewParticipation> participation();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
