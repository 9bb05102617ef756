package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SSDA903 codeset LS: the legal status of the child during an episode (item LS).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum LegalStatus implements Code {
  /** C1: Interim care order */
  C1("C1", "Interim care order", YearRange.all()),

  /** C2: Full care order */
  C2("C2", "Full care order", YearRange.all()),

  /** D1: Freeing order granted */
  D1("D1", "Freeing order granted", YearRange.all()),

  /** E1: Placement order granted */
  E1("E1", "Placement order granted", YearRange.all()),

  /** V2: Single period of accommodation under section 20 (Children Act 1989) */
  V2("V2", "Single period of accommodation under section 20 (Children Act 1989)", YearRange.all()),

  /** V3: Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded */
  V3("V3", "Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded", YearRange.all()),

  /** V4: Accommodated under an agreed series of short-term breaks, when agreements are recorded (not individual episodes of care) */
  V4("V4", "Accommodated under an agreed series of short-term breaks, when agreements are recorded (not individual episodes of care)", YearRange.all()),

  /** L1: Under police protection and in local authority accommodation */
  L1("L1", "Under police protection and in local authority accommodation", YearRange.all()),

  /** L2: Emergency protection order (EPO) */
  L2("L2", "Emergency protection order (EPO)", YearRange.all()),

  /** L3: Under child assessment order and in local authority accommodation */
  L3("L3", "Under child assessment order and in local authority accommodation", YearRange.all()),

  /** J1: Remanded to local authority accommodation or to youth detention accommodation */
  J1("J1", "Remanded to local authority accommodation or to youth detention accommodation", YearRange.all()),

  /** J2: Placed in local authority accommodation under the Police and Criminal Evidence Act 1984 */
  J2("J2", "Placed in local authority accommodation under the Police and Criminal Evidence Act 1984", YearRange.all()),

  /** J3: Sentenced to Youth Rehabilitation Order with residence or intensive fostering requirement */
  J3("J3", "Sentenced to Youth Rehabilitation Order with residence or intensive fostering requirement", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<LegalStatus> CODESET =
      Codeset.of(
          "LS",
          "Legal status",
          LegalStatus.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  LegalStatus(String code, String description, YearRange validity) {
    this.code = code;
    this.description = description;
    this.validity = validity;
  }

  /**
   * The code written as {@code text} (surrounding white space ignored), or nothing.
   *
   * @param text the text as written
   * @return the code written as {@code text} (surrounding white space ignored), or nothing
   */
  public static Optional<LegalStatus> parse(String text) {
    return CODESET.parse(text);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public YearRange validity() {
    return validity;
  }

  // --- DfE groupings used by the rules ---

  /**
   * Whether the child is accommodated under an agreed series of short-term breaks (respite), V3 or
   * V4. Many items (postcodes, distance, UPN, mother) are not required for such episodes.
   *
   * @return whether the child is accommodated under an agreed series of short-term breaks
   *     (respite), V3 or V4
   */
  public boolean isRespite() {
    return this == V3 || this == V4;
  }

  /**
   * Whether this is a youth justice legal status (J1 remand, J2 PACE, J3 youth rehabilitation order).
   *
   * @return whether this is a youth justice legal status (J1 remand, J2 PACE, J3 youth
   *     rehabilitation order)
   */
  public boolean isYouthJustice() {
    return this == J1 || this == J2 || this == J3;
  }

  /**
   * The longest the DfE accepts this legal status to last, in days, for the short-term statuses:
   * police protection L1 72 hours (3 days), emergency protection order L2 21 days, child assessment
   * order L3 7 days, PACE accommodation J2 21 days; empty for every other status.
   *
   * @return the longest the DfE accepts this legal status to last, in days, for the short-term
   *     statuses
   */
  public OptionalInt maximumDays() {
    return switch (this) {
      case L1 -> OptionalInt.of(3);
      case L2, J2 -> OptionalInt.of(21);
      case L3 -> OptionalInt.of(7);
      default -> OptionalInt.empty();
    };
  }

  /**
   * Whether this is a short-term legal status, one with a {@linkplain #maximumDays() maximum duration}.
   *
   * @return whether this is a short-term legal status, one with a {@linkplain #maximumDays()
   *     maximum duration}
   */
  public boolean isShortTerm() {
    return maximumDays().isPresent();
  }
}
