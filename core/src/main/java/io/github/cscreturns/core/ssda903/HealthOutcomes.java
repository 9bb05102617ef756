package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Outcomes for children looked after continuously for 12 months at 31 March (table OC2; XML element OC2 under HEADER): strengths and difficulties score, offending, health and substance misuse.
 *
 * @since 2013-14
 */
@Value.Immutable
public interface HealthOutcomes extends Ssda903Record {
  /**
   * A builder of a {@code HealthOutcomes}, every item unset.
   *
   * @return the builder
   */
  static ImmutableHealthOutcomes.Builder builder() {
    return ImmutableHealthOutcomes.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.OC2;
  }

  /**
   * Strengths and difficulties questionnaire score (SDQ_SCORE).
   *
   * @return strengths and difficulties questionnaire score (SDQ_SCORE)
   */
  Optional<Integer> sdqScore();

  /**
   * Reason no SDQ score was returned (SDQ_REASON).
   *
   * @return reason no SDQ score was returned (SDQ_REASON)
   */
  Optional<SdqReason> sdqReason();

  /**
   * Convicted during the year (CONVICTED).
   *
   * @return convicted during the year (CONVICTED)
   */
  Optional<Oc2Flag> convicted();

  /**
   * Health check up to date (HEALTH_CHECK).
   *
   * @return health check up to date (HEALTH_CHECK)
   */
  Optional<Oc2Flag> healthCheck();

  /**
   * Immunisations up to date (IMMUNISATIONS).
   *
   * @return immunisations up to date (IMMUNISATIONS)
   */
  Optional<Oc2Flag> immunisations();

  /**
   * Teeth checked by a dentist (TEETH_CHECK).
   *
   * @return teeth checked by a dentist (TEETH_CHECK)
   */
  Optional<Oc2Flag> teethCheck();

  /**
   * Annual health assessment up to date (HEALTH_ASSESSMENT).
   *
   * @return annual health assessment up to date (HEALTH_ASSESSMENT)
   */
  Optional<Oc2Flag> healthAssessment();

  /**
   * Identified as having a substance misuse problem (SUBSTANCE_MISUSE).
   *
   * @return identified as having a substance misuse problem (SUBSTANCE_MISUSE)
   */
  Optional<Oc2Flag> substanceMisuse();

  /**
   * Received an intervention for substance misuse (INTERVENTION_RECEIVED).
   *
   * @return received an intervention for substance misuse (INTERVENTION_RECEIVED)
   */
  Optional<Oc2Flag> interventionReceived();

  /**
   * Offered an intervention for substance misuse (INTERVENTION_OFFERED).
   *
   * @return offered an intervention for substance misuse (INTERVENTION_OFFERED)
   */
  Optional<Oc2Flag> interventionOffered();

  /**
   * Date of birth as written on this record's own row (CSV tables repeat DOB), where it differs from the header's; usually empty.
   *
   * @return date of birth as written on this record's own row (CSV tables repeat DOB), where it
   *     differs from the header's
   */
  Optional<LocalDate> dob();
}
