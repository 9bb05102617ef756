package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.codesets.csww.CfkssStatus;
import io.github.cscreturns.codesets.csww.Ethnicity;
import io.github.cscreturns.codesets.csww.Gender;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.OrganisationRole;
import io.github.cscreturns.codesets.csww.QualificationLevel;
import io.github.cscreturns.codesets.csww.ReasonForAbsence;
import io.github.cscreturns.codesets.csww.ReasonForLeaving;
import io.github.cscreturns.codesets.csww.StartOrigin;
import io.github.cscreturns.codesets.csww.YesNo;
import io.github.cscreturns.core.SourceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One worker record of the census (schema element {@code CSWWWorker}): a children's social worker
 * employed by the local authority, or an agency worker, who was in post at 30 September or started
 * or left in the year to it.
 *
 * <p>Attributes follow the 2022 schema, in its order; the schema element name is given on each. Any
 * of them may be absent, because a file may leave them out or get them wrong: a value that did not
 * parse into its type is kept as written in {@link #unparsed()}, keyed by the element name (with
 * {@code [i]}, the 0-based position among that element's occurrences, for repeating elements), so it
 * can be reported and written back as it came. Decimals keep their scale ({@code 141.0} stays
 * {@code 141.0}).
 *
 * <p>Personal attributes (registration number, birth date, gender, ethnicity) and raw text are left
 * out of {@code toString()}.
 *
 * @since 2021-22 (the 2022 schema; the census has been worker-level since 2016-17)
 */
@Value.Immutable
public interface SocialWorker {
  /**
   * AgencyWorker: whether the worker is an agency worker rather than an employee.
   *
   * @return agencyWorker
   */
  Optional<AgencyWorker> agencyWorker();

  /**
   * SWENo: the Social Work England registration number.
   *
   * @return SWENo
   */
  @Value.Redacted
  Optional<SweNumber> sweNumber();

  /**
   * FTE: the worker's full-time equivalent, 0 to 1. Used for every FTE figure of the snapshot.
   *
   * @return FTE
   */
  Optional<BigDecimal> fte();

  /**
   * PersonBirthDate.
   *
   * @return personBirthDate
   */
  @Value.Redacted
  Optional<LocalDate> birthDate();

  /**
   * GenderCurrent.
   *
   * @return genderCurrent
   */
  @Value.Redacted
  Optional<Gender> gender();

  /**
   * Ethnicity.
   *
   * @return ethnicity
   */
  @Value.Redacted
  Optional<Ethnicity> ethnicity();

  /**
   * QualInst: the institutions of the worker's social work qualifications, as written.
   *
   * @return qualInst
   */
  List<String> qualificationInstitutions();

  /**
   * QualLevel.
   *
   * @return qualLevel
   */
  Optional<QualificationLevel> qualificationLevel();

  /**
   * StepUpGrad: whether the worker qualified through Step Up to Social Work.
   *
   * @return stepUpGrad
   */
  Optional<YesNo> stepUpGraduate();

  /**
   * OrgRole.
   *
   * @return orgRole
   */
  Optional<OrganisationRole> role();

  /**
   * RoleStartDate: when the worker started in the role (a starter if inside the census year).
   *
   * @return roleStartDate
   */
  Optional<LocalDate> roleStartDate();

  /**
   * StartOrigin: where a starter came from.
   *
   * @return startOrigin
   */
  Optional<StartOrigin> startOrigin();

  /**
   * RoleEndDate: when the worker left the role (a leaver if inside the census year).
   *
   * @return roleEndDate
   */
  Optional<LocalDate> roleEndDate();

  /**
   * LeaverDestination.
   *
   * @return leaverDestination
   */
  Optional<LeaverDestination> leaverDestination();

  /**
   * ReasonLeave.
   *
   * @return reasonLeave
   */
  Optional<ReasonForLeaving> reasonForLeaving();

  /**
   * FTE30: a second full-time equivalent, 0 to 1. Kept as returned; the sources do not define how it
   * differs from {@link #fte()}, so the snapshot does not use it.
   *
   * @return FTE30
   */
  Optional<BigDecimal> fteAt30September();

  /**
   * Cases30: the number of cases held at 30 September.
   *
   * @return cases30
   */
  Optional<Integer> casesAt30September();

  /**
   * WorkingDaysLost: working days lost to sickness absence in the census year (2 decimal places).
   *
   * @return workingDaysLost
   */
  Optional<BigDecimal> workingDaysLost();

  /**
   * ContractWeeks: an agency worker's contracted weeks (1 decimal place); the schema lets it repeat.
   *
   * @return contractWeeks
   */
  List<BigDecimal> contractWeeks();

  /**
   * FrontlineGrad: whether the worker qualified through Frontline.
   *
   * @return frontlineGrad
   */
  Optional<YesNo> frontlineGraduate();

  /**
   * Absat30Sept: whether the worker was absent at 30 September; the schema lets it repeat.
   *
   * @return absat30Sept
   */
  List<YesNo> absentAt30September();

  /**
   * ReasonAbsence: why the worker was absent at 30 September.
   *
   * @return reasonAbsence
   */
  List<ReasonForAbsence> reasonsForAbsence();

  /**
   * CFKSSstatus: the worker's status against the knowledge and skills statements.
   *
   * @return CFKSSstatus
   */
  List<CfkssStatus> cfkssStatuses();

  /**
   * Element name (with {@code [i]} for a repeating element) → the text that did not parse into its type.
   *
   * @return element name (with {@code [i]} for a repeating element) → the text that did not parse
   *     into its type
   */
  @Value.Redacted
  Map<String, String> unparsed();

  /**
   * Where the record was read from (file name, line and column of its start tag, element path and
   * position among the worker records), if read from a file; not part of equality.
   *
   * @return where the record was read from (file name, line and column of its start tag, element
   *     path and position among the worker records), if read from a file
   */
  @Value.Auxiliary
  Optional<SourceLocation> location();

  /**
   * Whether the record says the worker is an agency worker.
   *
   * @return whether the record says the worker is an agency worker
   */
  default boolean isAgencyWorker() {
    return agencyWorker().filter(a -> a == AgencyWorker.AGENCY_WORKER).isPresent();
  }

  /**
   * Whether the record says the worker is employed by the local authority (not an agency worker).
   *
   * @return whether the record says the worker is employed by the local authority (not an agency
   *     worker)
   */
  default boolean isEmployee() {
    return agencyWorker().filter(a -> a == AgencyWorker.NOT_AGENCY_WORKER).isPresent();
  }

  /**
   * Whether the worker was in post on the date: started on or before it (or no start date) and not
   * left on or before it. A worker who leaves on 30 September is a leaver, not in post.
   *
   * @param date the date
   * @return whether the worker was in post on the date
   */
  default boolean isInPostOn(LocalDate date) {
    return roleStartDate().map(d -> !d.isAfter(date)).orElse(true)
        && roleEndDate().map(d -> d.isAfter(date)).orElse(true);
  }

  /**
   * A builder of a {@code SocialWorker}, every item unset.
   *
   * @return the builder
   */
  static ImmutableSocialWorker.Builder builder() {
    return ImmutableSocialWorker.builder();
  }
}
