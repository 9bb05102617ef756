package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset ACCOM: a care leaver's accommodation and its suitability (item ACCOM).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum CareLeaverAccommodation implements Code {
  /** B1: With parent(s) or relative(s) - suitable */
  B1("B1", "With parent(s) or relative(s) - suitable", YearRange.all()),

  /** B2: With parent(s) or relative(s) - not suitable */
  B2("B2", "With parent(s) or relative(s) - not suitable", YearRange.all()),

  /** C1: Community home or other form of residential care such as an NHS establishment - suitable */
  C1("C1", "Community home or other form of residential care such as an NHS establishment - suitable", YearRange.all()),

  /** C2: Community home or other form of residential care such as an NHS establishment - not suitable */
  C2("C2", "Community home or other form of residential care such as an NHS establishment - not suitable", YearRange.all()),

  /** D1: Semi-independent, transitional accommodation; self-contained accommodation with specialist personal assistance support; and self-contained accommodation with floating support - suitable */
  D1("D1", "Semi-independent, transitional accommodation; self-contained accommodation with specialist personal assistance support; and self-contained accommodation with floating support - suitable", YearRange.all()),

  /** D2: Semi-independent, transitional accommodation; self-contained accommodation with specialist personal assistance support; and self-contained accommodation with floating support - not suitable */
  D2("D2", "Semi-independent, transitional accommodation; self-contained accommodation with specialist personal assistance support; and self-contained accommodation with floating support - not suitable", YearRange.all()),

  /** E1: Supported lodgings - suitable */
  E1("E1", "Supported lodgings - suitable", YearRange.all()),

  /** E2: Supported lodgings - not suitable */
  E2("E2", "Supported lodgings - not suitable", YearRange.all()),

  /** G1: Gone abroad - suitable */
  G1("G1", "Gone abroad - suitable", YearRange.all()),

  /** G2: Gone abroad - not suitable */
  G2("G2", "Gone abroad - not suitable", YearRange.all()),

  /** H1: Deported - suitable */
  H1("H1", "Deported - suitable", YearRange.all()),

  /** H2: Deported - not suitable */
  H2("H2", "Deported - not suitable", YearRange.all()),

  /** K1: Ordinary lodgings, without formal support - suitable */
  K1("K1", "Ordinary lodgings, without formal support - suitable", YearRange.all()),

  /** K2: Ordinary lodgings, without formal support - not suitable */
  K2("K2", "Ordinary lodgings, without formal support - not suitable", YearRange.all()),

  /** R1: Residence not known - suitable */
  R1("R1", "Residence not known - suitable", YearRange.all()),

  /** R2: Residence not known - not suitable */
  R2("R2", "Residence not known - not suitable", YearRange.all()),

  /** S1: No fixed abode/homeless - suitable */
  S1("S1", "No fixed abode/homeless - suitable", YearRange.until(CollectionYear.Y2021_22)),

  /** S2: No fixed abode/homeless - not suitable */
  S2("S2", "No fixed abode/homeless - not suitable", YearRange.all()),

  /** T1: Foyers and similar supported accommodation - suitable */
  T1("T1", "Foyers and similar supported accommodation - suitable", YearRange.all()),

  /** T2: Foyers and similar supported accommodation - not suitable */
  T2("T2", "Foyers and similar supported accommodation - not suitable", YearRange.all()),

  /** U1: Independent living, for example independent tenancy of flat, house or bedsit - suitable */
  U1("U1", "Independent living, for example independent tenancy of flat, house or bedsit - suitable", YearRange.all()),

  /** U2: Independent living, for example independent tenancy of flat, house or bedsit - not suitable */
  U2("U2", "Independent living, for example independent tenancy of flat, house or bedsit - not suitable", YearRange.all()),

  /** V1: Emergency accommodation (like a night shelter, direct access or emergency hostel) - suitable */
  V1("V1", "Emergency accommodation (like a night shelter, direct access or emergency hostel) - suitable", YearRange.all()),

  /** V2: Emergency accommodation (like a night shelter, direct access or emergency hostel) - not suitable */
  V2("V2", "Emergency accommodation (like a night shelter, direct access or emergency hostel) - not suitable", YearRange.all()),

  /** W1: Bed and breakfast - suitable */
  W1("W1", "Bed and breakfast - suitable", YearRange.all()),

  /** W2: Bed and breakfast - not suitable */
  W2("W2", "Bed and breakfast - not suitable", YearRange.all()),

  /** X1: In custody - suitable */
  X1("X1", "In custody - suitable", YearRange.until(CollectionYear.Y2021_22)),

  /** X2: In custody - not suitable */
  X2("X2", "In custody - not suitable", YearRange.all()),

  /** Y1: Other accommodation - suitable */
  Y1("Y1", "Other accommodation - suitable", YearRange.all()),

  /** Y2: Other accommodation - not suitable */
  Y2("Y2", "Other accommodation - not suitable", YearRange.all()),

  /** Z1: With former foster carer(s) - suitable */
  Z1("Z1", "With former foster carer(s) - suitable", YearRange.all()),

  /** Z2: With former foster carer(s) - not suitable */
  Z2("Z2", "With former foster carer(s) - not suitable", YearRange.all()),

  /** 0: Not in touch with the young person and do not know their accommodation, or the young person has died, or returned home to live with parents or someone with parental responsibility for a continuous period of 6 months or more */
  NOT_IN_TOUCH("0", "Not in touch with the young person and do not know their accommodation, or the young person has died, or returned home to live with parents or someone with parental responsibility for a continuous period of 6 months or more", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<CareLeaverAccommodation> CODESET =
      Codeset.of(
          "ACCOM",
          "Care leaver accommodation",
          CareLeaverAccommodation.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  CareLeaverAccommodation(String code, String description, YearRange validity) {
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
  public static Optional<CareLeaverAccommodation> parse(String text) {
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
}
