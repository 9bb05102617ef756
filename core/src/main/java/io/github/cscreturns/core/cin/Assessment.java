package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.AssessmentFactor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child and family assessment of a CIN episode (element Assessments), with the factors identified.
 *
 * @since 2022-23
 */
@Value.Immutable
public interface Assessment extends CinRecord {
  /**
   * A builder of an assessment, every item blank until set.
   *
   * @return a new builder
   */
  static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.ASSESSMENTS;
  }

  /**
   * AssessmentActualStartDate (N00159).
   *
   * @return assessmentActualStartDate (N00159)
   */
  Optional<LocalDate> startDate();

  /**
   * AssessmentInternalReviewDate.
   *
   * @return assessmentInternalReviewDate
   */
  Optional<LocalDate> internalReviewDate();

  /**
   * AssessmentAuthorisationDate (N00160): when the assessment was completed.
   *
   * @return assessmentAuthorisationDate (N00160)
   */
  Optional<LocalDate> authorisationDate();

  /**
   * Each AssessmentFactors (N00181) exactly as written, in order: known codes, codes of other years
   * and text that is no code at all alike, so that the rules can judge them and nothing is lost.
   *
   * @return each AssessmentFactors (N00181) exactly as written, in order
   */
  List<String> factorTexts();

  /**
   * Whether a FactorsIdentifiedAtAssessment group was written (possibly empty).
   *
   * @return whether a FactorsIdentifiedAtAssessment group was written (possibly empty)
   */
  @Value.Default
  default boolean factorsGroupWritten() {
    return !factorTexts().isEmpty() && !factorsWrittenBare();
  }

  /**
   * Whether the factors were written directly under Assessments, without the
   * FactorsIdentifiedAtAssessment group the schema asks for; kept so that the file writes back as read.
   *
   * @return whether the factors were written directly under Assessments, without the
   *     FactorsIdentifiedAtAssessment group the schema asks for
   */
  @Value.Default
  default boolean factorsWrittenBare() {
    return false;
  }

  /**
   * The factors that are known codes (of any year), in the order written.
   *
   * @return the factors that are known codes (of any year), in the order written
   */
  default List<AssessmentFactor> factors() {
    return factorTexts().stream().flatMap(t -> AssessmentFactor.parse(t).stream()).toList();
  }

  /**
   * Whether the assessment was open (started, not yet authorised) on the date.
   *
   * @param date the date
   * @return whether the assessment was open (started, not yet authorised) on the date
   */
  default boolean isOpenOn(LocalDate date) {
    return startDate().map(s -> !s.isAfter(date)).orElse(false)
        && authorisationDate().map(a -> a.isAfter(date)).orElse(true);
  }

  /**
   * Calendar days from start to authorisation (completion), where both are known.
   *
   * @return calendar days from start to authorisation (completion), where both are known
   */
  default Optional<Long> daysToCompletion() {
    if (startDate().isEmpty() || authorisationDate().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ChronoUnit.DAYS.between(startDate().get(), authorisationDate().get()));
  }
}
