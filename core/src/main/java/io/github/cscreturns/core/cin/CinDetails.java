package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.YesNo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One CIN episode (element CINdetails): a referral and what followed it, up to its closure.
 *
 * @since 2022-23
 */
@Value.Immutable
public interface CinDetails extends CinRecord {
  /**
   * A builder of a {@code CinDetails}, every item unset.
   *
   * @return the builder
   */
  static ImmutableCinDetails.Builder builder() {
    return ImmutableCinDetails.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.CIN_DETAILS;
  }

  /**
   * CINreferralDate (N00100).
   *
   * @return CINreferralDate (N00100)
   */
  Optional<LocalDate> referralDate();

  /**
   * ReferralSource (N00152).
   *
   * @return referralSource (N00152)
   */
  Optional<ReferralSource> referralSource();

  /**
   * PrimaryNeedCode (N00101).
   *
   * @return primaryNeedCode (N00101)
   */
  Optional<PrimaryNeed> primaryNeed();

  /**
   * CINclosureDate (N00102); empty while the episode is open.
   *
   * @return CINclosureDate (N00102)
   */
  Optional<LocalDate> closureDate();

  /**
   * ReasonForClosure (N00103).
   *
   * @return reasonForClosure (N00103)
   */
  Optional<ReasonForClosure> reasonForClosure();

  /**
   * DateOfInitialCPC (N00110) at episode level.
   *
   * @return dateOfInitialCPC (N00110) at episode level
   */
  Optional<LocalDate> dateOfInitialCpc();

  /**
   * ReferralNFA (N00112): the referral led to no further action.
   *
   * @return referralNFA (N00112)
   */
  Optional<YesNo> referralNfa();

  /**
   * The assessments of the episode.
   *
   * @return the assessments of the episode
   */
  List<Assessment> assessments();

  /**
   * The CIN plan periods of the episode.
   *
   * @return the CIN plan periods of the episode
   */
  List<CinPlanDates> cinPlanDates();

  /**
   * The section 47 enquiries of the episode.
   *
   * @return the section 47 enquiries of the episode
   */
  List<Section47> section47();

  /**
   * The child protection plans of the episode.
   *
   * @return the child protection plans of the episode
   */
  List<ChildProtectionPlan> childProtectionPlans();

  /**
   * Whether the referral is recorded as needing no further action.
   *
   * @return whether the referral is recorded as needing no further action
   */
  default boolean isReferralNfa() {
    return referralNfa().map(YesNo::isYes).orElse(false);
  }

  /**
   * Whether the episode was open on the date: referred by then and not closed before it.
   *
   * @param date the date
   * @return whether the episode was open on the date
   */
  default boolean isOpenOn(LocalDate date) {
    return referralDate().map(r -> !r.isAfter(date)).orElse(false)
        && closureDate().map(c -> !c.isBefore(date)).orElse(true);
  }
}
