package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.function.Predicate;

/**
 * The groupings of placement types that the DfE's rule definitions name, each as the DfE's rule
 * defines it in the years it does. A rule takes the grouping of its definition as a constructor
 * argument, and {@code Ssda903RuleSets} registers each redefinition in the year it takes effect, so no
 * rule and no grouping asks which year it is. Which codes exist in a year is the codeset's: these say
 * only which of them a rule groups.
 */
final class PlacementGroupings {
  private PlacementGroupings() {}

  /** "Temporary placements": T0 to T4. */
  static final Predicate<PlacementType> TEMPORARY = PlacementType::isTemporary;

  /** Temporary placements T0 to T4 and other placements (Z1, then Z11 to Z14): rule 213 from 2025-26. */
  static final Predicate<PlacementType> TEMPORARY_OR_OTHER = t -> t.isTemporary() || t.isOtherPlacement();

  /**
   * Placements for which the DfE expects no provider as rule 178 defines them from 2025-26: temporary
   * placements T0 to T3 and other placements Z11 to Z14 (T4, "temporary accommodation of seven days or
   * less", is no longer listed). To 2024-25 the list is {@link #TEMPORARY_OR_OTHER}.
   */
  static final Predicate<PlacementType> TEMPORARY_EXCEPT_T4_OR_OTHER =
      t -> (t.isTemporary() && t != PlacementType.T4) || t.isOtherPlacement();

  /**
   * Placements Ofsted does not register, which never carry a URN: placed with parents (P1),
   * residential employment (P3), residential care home (R1), NHS/health trust (R2), young offender
   * institution or prison (R5), temporary placements (T0 to T4) and other placements. Rules 218 and
   * 222 from 2024-25.
   */
  static final Predicate<PlacementType> NOT_OFSTED_REGISTERED =
      t -> t == PlacementType.P1 || t == PlacementType.P3 || t == PlacementType.R1 || t == PlacementType.R2
          || t == PlacementType.R5 || t.isTemporary() || t.isOtherPlacement();

  /**
   * {@link #NOT_OFSTED_REGISTERED} with independent living (P2) and semi-independent living (H5):
   * before the supported accommodation reforms neither needs nor records a URN (rule 218 to 2023-24,
   * rule 222 in 2022-23).
   */
  static final Predicate<PlacementType> NOT_OFSTED_REGISTERED_OR_INDEPENDENT_LIVING =
      NOT_OFSTED_REGISTERED.or(t -> t == PlacementType.P2 || t == PlacementType.H5);

  /**
   * {@link #NOT_OFSTED_REGISTERED} with independent living (P2): rule 222 in 2023-24, when H5
   * placements may carry a URN as the reforms bring them under Ofsted.
   */
  static final Predicate<PlacementType> NOT_OFSTED_REGISTERED_OR_P2 =
      NOT_OFSTED_REGISTERED.or(t -> t == PlacementType.P2);

  /** "Semi-independent living accommodation not subject to children's homes regulations": H5 (rule 371 to 2023-24). */
  static final Predicate<PlacementType> SEMI_INDEPENDENT_LIVING = t -> t == PlacementType.H5;

  /** "Supported accommodation not subject to children's homes regulations": K3 (rule 371 from 2024-25). */
  static final Predicate<PlacementType> SUPPORTED_ACCOMMODATION = t -> t == PlacementType.K3;

  /**
   * The placements the DfE expects of a child deprived of liberty (rule 709, 2026-27): children's homes
   * subject to the Children's Homes Regulations (K2) and the other placements Z12 and Z13, as the DfE's
   * logic lists them ("should be 'K2', 'Z12', or 'Z13'").
   */
  static final Predicate<PlacementType> EXPECTED_UNDER_DEPRIVATION_OF_LIBERTY =
      t -> t == PlacementType.K2 || t == PlacementType.Z12 || t == PlacementType.Z13;

  /**
   * The placements a child deprived of liberty "can not be placed in" (rule 710, 2026-27): "secure
   * children's homes" (K1), "with parents" (P1), "young offender institutions" (R5) and "supported
   * accommodation" (K3).
   */
  static final Predicate<PlacementType> NOT_UNDER_DEPRIVATION_OF_LIBERTY =
      t -> t == PlacementType.K1 || t == PlacementType.P1 || t == PlacementType.R5 || t == PlacementType.K3;

  /** Independent living: P2 (rule 370). */
  static final Predicate<PlacementType> INDEPENDENT_LIVING = t -> t == PlacementType.P2;

  /**
   * Placements whose carers or adopters may live anywhere, so that the LA's own provision of them
   * outside its area is expected (rule 1015): foster placements U1 to U6 and placements for adoption
   * A3 to A6.
   */
  static final Predicate<PlacementType> CARERS_MAY_LIVE_ANYWHERE = t -> t.isFoster() || t.isPlacedForAdoption();

  /** {@link #CARERS_MAY_LIVE_ANYWHERE} and registered supported accommodation K3 (rule 1015 from 2025-26). */
  static final Predicate<PlacementType> CARERS_MAY_LIVE_ANYWHERE_OR_SUPPORTED_ACCOMMODATION =
      CARERS_MAY_LIVE_ANYWHERE.or(t -> t == PlacementType.K3);

  /**
   * How a placement type open at the end of last year may be recorded in this year's first episode
   * without the placement having changed (rule 503D).
   */
  interface Continuation {
    /** Whether {@code last} (last year's open episode) may be recorded as {@code next} in {@code year}. */
    boolean mayContinueAs(PlacementType last, PlacementType next, CollectionYear year);
  }

  /** To 2023-24: the same code only. */
  static final Continuation SAME_CODE = (last, next, year) -> last == next;

  /**
   * From 2024-25: the same code, semi-independent living H5 as registered supported accommodation K3
   * (the supported accommodation reforms), or a code the codeset splits at the start of the year as
   * one of its successors (Z1 as Z11 to Z14 in 2025-26).
   */
  static final Continuation SAME_CODE_H5_AS_K3_OR_SPLIT = (last, next, year) ->
      last == next
          || (last == PlacementType.H5 && next == PlacementType.K3)
          || PlacementType.CODESET.crosswalksFrom(last).stream().anyMatch(c -> c.effective() == year && c.to().contains(next));
}
