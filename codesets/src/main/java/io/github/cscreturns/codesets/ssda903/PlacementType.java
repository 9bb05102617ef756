package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset PLACE: the type of placement (item PLACE; XML element PL) of an episode.
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum PlacementType implements Code {
  /** A3: Placed for adoption with parental/guardian consent with current foster carer(s) */
  A3("A3", "Placed for adoption with parental/guardian consent with current foster carer(s)", YearRange.all()),

  /** A4: Placed for adoption with parental/guardian consent not with current foster carer(s) */
  A4("A4", "Placed for adoption with parental/guardian consent not with current foster carer(s)", YearRange.all()),

  /** A5: Placed for adoption with placement order with current foster carer(s) */
  A5("A5", "Placed for adoption with placement order with current foster carer(s)", YearRange.all()),

  /** A6: Placed for adoption with placement order not with current foster carer(s) */
  A6("A6", "Placed for adoption with placement order not with current foster carer(s)", YearRange.all()),

  /** H5: Semi-independent living accommodation not subject to children's homes regulations */
  H5("H5", "Semi-independent living accommodation not subject to children's homes regulations", YearRange.until(CollectionYear.Y2024_25)),

  /** K1: Secure children's homes */
  K1("K1", "Secure children's homes", YearRange.all()),

  /** K2: Children's homes subject to Children's Homes Regulations */
  K2("K2", "Children's homes subject to Children's Homes Regulations", YearRange.all()),

  /** K3: Registered supported accommodation */
  K3("K3", "Registered supported accommodation", YearRange.from(CollectionYear.Y2024_25)),

  /** M1: Missing ('missing' placement type; individual wording not in sources) */
  M1("M1", "Missing ('missing' placement type; individual wording not in sources)", YearRange.until(CollectionYear.Y2013_14)),

  /** M2: Missing ('missing' placement type; individual wording not in sources) */
  M2("M2", "Missing ('missing' placement type; individual wording not in sources)", YearRange.until(CollectionYear.Y2013_14)),

  /** M3: Missing ('missing' placement type; individual wording not in sources) */
  M3("M3", "Missing ('missing' placement type; individual wording not in sources)", YearRange.until(CollectionYear.Y2013_14)),

  /** P1: Placed with own parent(s) or other person(s) with parental responsibility */
  P1("P1", "Placed with own parent(s) or other person(s) with parental responsibility", YearRange.all()),

  /** P2: Independent living, e.g. flat, lodgings, bedsit, B&amp;B or with friends, with or without formal support */
  P2("P2", "Independent living, e.g. flat, lodgings, bedsit, B&B or with friends, with or without formal support", YearRange.until(CollectionYear.Y2024_25)),

  /** P3: Residential employment */
  P3("P3", "Residential employment", YearRange.all()),

  /** Q1: Foster placement with relative or friend (split into U1-U3 from 2014-15) */
  Q1("Q1", "Foster placement with relative or friend (split into U1-U3 from 2014-15)", YearRange.until(CollectionYear.Y2013_14)),

  /** Q2: Placement with other foster carer (split into U4-U6 from 2014-15) */
  Q2("Q2", "Placement with other foster carer (split into U4-U6 from 2014-15)", YearRange.until(CollectionYear.Y2013_14)),

  /** R1: Residential care home */
  R1("R1", "Residential care home", YearRange.all()),

  /** R2: NHS/health trust or other establishment providing medical or nursing care */
  R2("R2", "NHS/health trust or other establishment providing medical or nursing care", YearRange.all()),

  /** R3: Family centre or mother and baby unit */
  R3("R3", "Family centre or mother and baby unit", YearRange.all()),

  /** R5: Young offender institution (YOI) or prison */
  R5("R5", "Young offender institution (YOI) or prison", YearRange.all()),

  /** S1: All residential schools, except where dual-registered as a school and children's home */
  S1("S1", "All residential schools, except where dual-registered as a school and children's home", YearRange.all()),

  /** T0: All types of temporary move */
  T0("T0", "All types of temporary move", YearRange.all()),

  /** T1: Temporary periods in hospital */
  T1("T1", "Temporary periods in hospital", YearRange.all()),

  /** T2: Temporary absences of the child on holiday */
  T2("T2", "Temporary absences of the child on holiday", YearRange.all()),

  /** T3: Temporary accommodation whilst normal foster carer(s) is/are on holiday */
  T3("T3", "Temporary accommodation whilst normal foster carer(s) is/are on holiday", YearRange.all()),

  /** T4: Temporary accommodation of seven days or less, for any reason, not covered by codes T1 to T3 */
  T4("T4", "Temporary accommodation of seven days or less, for any reason, not covered by codes T1 to T3", YearRange.all()),

  /** U1: Foster placement with relative(s) or friend(s) - long term fostering */
  U1("U1", "Foster placement with relative(s) or friend(s) - long term fostering", YearRange.from(CollectionYear.Y2014_15)),

  /** U2: Fostering placement with relative(s) or friend(s) who is/are also an approved adopter(s) - fostering for adoption/concurrent planning */
  U2("U2", "Fostering placement with relative(s) or friend(s) who is/are also an approved adopter(s) - fostering for adoption/concurrent planning", YearRange.from(CollectionYear.Y2014_15)),

  /** U3: Fostering placement with relative(s) or friend(s) who is/are not long-term or fostering for adoption/concurrent planning */
  U3("U3", "Fostering placement with relative(s) or friend(s) who is/are not long-term or fostering for adoption/concurrent planning", YearRange.from(CollectionYear.Y2014_15)),

  /** U4: Foster placement with other foster carer(s) - long term fostering */
  U4("U4", "Foster placement with other foster carer(s) - long term fostering", YearRange.from(CollectionYear.Y2014_15)),

  /** U5: Foster placement with other foster carer(s) who is/are also an approved adopter(s) - fostering for adoption/concurrent planning */
  U5("U5", "Foster placement with other foster carer(s) who is/are also an approved adopter(s) - fostering for adoption/concurrent planning", YearRange.from(CollectionYear.Y2014_15)),

  /** U6: Foster placement with other foster carer(s) - not long term or fostering for adoption/concurrent planning */
  U6("U6", "Foster placement with other foster carer(s) - not long term or fostering for adoption/concurrent planning", YearRange.from(CollectionYear.Y2014_15)),

  /** Z1: Other placements (must be listed on a schedule sent to DfE with annual submission) */
  Z1("Z1", "Other placements (must be listed on a schedule sent to DfE with annual submission)", YearRange.until(CollectionYear.Y2024_25)),

  /** Z11: Other placement - subdivision of former Z1 (exact wording not in sources) */
  Z11("Z11", "Other placement - subdivision of former Z1 (exact wording not in sources)", YearRange.from(CollectionYear.Y2025_26)),

  /** Z12: Other placement - subdivision of former Z1 (exact wording not in sources) */
  Z12("Z12", "Other placement - subdivision of former Z1 (exact wording not in sources)", YearRange.from(CollectionYear.Y2025_26)),

  /** Z13: Other placement - subdivision of former Z1 (exact wording not in sources) */
  Z13("Z13", "Other placement - subdivision of former Z1 (exact wording not in sources)", YearRange.from(CollectionYear.Y2025_26)),

  /** Z14: Other placement - subdivision of former Z1 (exact wording not in sources) */
  Z14("Z14", "Other placement - subdivision of former Z1 (exact wording not in sources)", YearRange.from(CollectionYear.Y2025_26));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<PlacementType> CODESET =
      Codeset.of(
          "PLACE",
          "Placement type",
          PlacementType.class,
          List.of(
            Crosswalk.withdrawn(M1, CollectionYear.Y2014_15, "Missing placement codes replaced by the missing module (2014-15)"),
            Crosswalk.withdrawn(M2, CollectionYear.Y2014_15, "Missing placement codes replaced by the missing module (2014-15)"),
            Crosswalk.withdrawn(M3, CollectionYear.Y2014_15, "Missing placement codes replaced by the missing module (2014-15)"),
            Crosswalk.split(Q1, CollectionYear.Y2014_15, "Foster placement with relative or friend split by long-term, fostering for adoption and other (2014-15)", U1, U2, U3),
            Crosswalk.split(Q2, CollectionYear.Y2014_15, "Placement with other foster carer split by long-term, fostering for adoption and other (2014-15)", U4, U5, U6),
            Crosswalk.split(Z1, CollectionYear.Y2025_26, "Other placements subdivided (2025-26)", Z11, Z12, Z13, Z14)));

  private final String code;
  private final String description;
  private final YearRange validity;

  PlacementType(String code, String description, YearRange validity) {
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
  public static Optional<PlacementType> parse(String text) {
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

  /**
   * The day from which the supported accommodation reforms apply (28 October 2023): P2 may no longer
   * be used for placements starting on or after it, and English H5 placements need an Ofsted URN.
   */
  public static final LocalDate SUPPORTED_ACCOMMODATION_REFORM = LocalDate.of(2023, 10, 28);

  /**
   * Whether the code may be used for a placement starting on {@code placementStart} in the year. P2
   * is not valid for placements starting on or after {@link #SUPPORTED_ACCOMMODATION_REFORM}.
   */
  @Override
  public boolean isValidOn(CollectionYear year, LocalDate placementStart) {
    if (this == P2 && !placementStart.isBefore(SUPPORTED_ACCOMMODATION_REFORM)) {
      return false;
    }
    return isValidIn(year);
  }

  // --- DfE groupings used by the rules ---

  /**
   * Whether this is a temporary placement, T0 to T4 (a temporary move, hospital, holiday, carer's holiday, seven days or less).
   *
   * @return whether this is a temporary placement, T0 to T4 (a temporary move, hospital, holiday,
   *     carer's holiday, seven days or less)
   */
  public boolean isTemporary() {
    return this == T0 || this == T1 || this == T2 || this == T3 || this == T4;
  }

  /**
   * Whether this is an "other placement" code: Z1 to 2024-25, its subdivisions Z11 to Z14 from 2025-26.
   *
   * @return whether this is an "other placement" code
   */
  public boolean isOtherPlacement() {
    return this == Z1 || this == Z11 || this == Z12 || this == Z13 || this == Z14;
  }

  /**
   * Whether this is a foster placement, U1 to U6 (with relatives or friends, or with other foster carers; from 2014-15).
   *
   * @return whether this is a foster placement, U1 to U6 (with relatives or friends, or with other
   *     foster carers
   */
  public boolean isFoster() {
    return this == U1 || this == U2 || this == U3 || this == U4 || this == U5 || this == U6;
  }

  /**
   * Whether this is a long-term foster placement (U1 with relatives or friends, U4 with other foster carers).
   *
   * @return whether this is a long-term foster placement (U1 with relatives or friends, U4 with
   *     other foster carers)
   */
  public boolean isLongTermFoster() {
    return this == U1 || this == U4;
  }

  /**
   * Whether the child is placed for adoption, A3 to A6 (with parental consent or with a placement order).
   *
   * @return whether the child is placed for adoption, A3 to A6 (with parental consent or with a
   *     placement order)
   */
  public boolean isPlacedForAdoption() {
    return isPlacedForAdoptionWithConsent() || isPlacedForAdoptionWithPlacementOrder();
  }

  /**
   * Whether the child is placed for adoption with parental or guardian consent, A3 or A4.
   *
   * @return whether the child is placed for adoption with parental or guardian consent, A3 or A4
   */
  public boolean isPlacedForAdoptionWithConsent() {
    return this == A3 || this == A4;
  }

  /**
   * Whether the child is placed for adoption with a placement order, A5 or A6.
   *
   * @return whether the child is placed for adoption with a placement order, A5 or A6
   */
  public boolean isPlacedForAdoptionWithPlacementOrder() {
    return this == A5 || this == A6;
  }

  /**
   * Whether the child is placed for adoption with their current foster carer(s) (A3 with consent, A5
   * with a placement order), so a foster placement must come immediately before.
   *
   * @return whether the child is placed for adoption with their current foster carer(s) (A3 with
   *     consent, A5 with a placement order), so a foster placement must come immediately before
   */
  public boolean isPlacedForAdoptionWithCurrentFosterCarers() {
    return this == A3 || this == A5;
  }

  /**
   * Whether this is a children's home, K1 (secure) or K2 (subject to Children's Homes Regulations).
   *
   * @return whether this is a children's home, K1 (secure) or K2 (subject to Children's Homes
   *     Regulations)
   */
  public boolean isChildrensHome() {
    return this == K1 || this == K2;
  }
}
