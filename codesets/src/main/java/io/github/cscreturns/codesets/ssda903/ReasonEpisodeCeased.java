package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset REC: the reason an episode of care ceased (item REC).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum ReasonEpisodeCeased implements Code {
  /** X1: Episode ceases, and new episode begins on same day, for any reason */
  X1("X1", "Episode ceases, and new episode begins on same day, for any reason", YearRange.all()),

  /** E11: Adopted - application for an adoption order unopposed */
  E11("E11", "Adopted - application for an adoption order unopposed", YearRange.all()),

  /** E12: Adopted - consent dispensed with by the court */
  E12("E12", "Adopted - consent dispensed with by the court", YearRange.all()),

  /** E2: Died */
  E2("E2", "Died", YearRange.all()),

  /** E3: Care taken over by another local authority in the UK */
  E3("E3", "Care taken over by another local authority in the UK", YearRange.all()),

  /** E4: Returned home to live with parents, relatives or other person with parental responsibility (split into E4A/E4B from 2014-15) */
  E4("E4", "Returned home to live with parents, relatives or other person with parental responsibility (split into E4A/E4B from 2014-15)", YearRange.until(CollectionYear.Y2013_14)),

  /** E4A: Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process */
  E4A("E4A", "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process", YearRange.from(CollectionYear.Y2014_15)),

  /** E4B: Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process */
  E4B("E4B", "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process", YearRange.from(CollectionYear.Y2014_15)),

  /** E13: Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility */
  E13("E13", "Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility", YearRange.from(CollectionYear.Y2014_15)),

  /** E41: Residence order (or, from 22 April 2014, a child arrangement order which sets out with whom the child is to live) granted */
  E41("E41", "Residence order (or, from 22 April 2014, a child arrangement order which sets out with whom the child is to live) granted", YearRange.all()),

  /** E43: Special guardianship made to former foster carers */
  E43("E43", "Special guardianship made to former foster carers", YearRange.until(CollectionYear.Y2017_18)),

  /** E44: Special guardianship made to carers other than former foster carers */
  E44("E44", "Special guardianship made to carers other than former foster carers", YearRange.until(CollectionYear.Y2017_18)),

  /** E45: Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s) */
  E45("E45", "Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)", YearRange.from(CollectionYear.Y2018_19)),

  /** E46: Special guardianship order made to former foster carer(s), other than relative(s) or friend(s) */
  E46("E46", "Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)", YearRange.from(CollectionYear.Y2018_19)),

  /** E47: Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s) */
  E47("E47", "Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)", YearRange.from(CollectionYear.Y2018_19)),

  /** E48: Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s) */
  E48("E48", "Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)", YearRange.from(CollectionYear.Y2018_19)),

  /** E5: Moved into independent living arrangement and no longer looked-after: supportive accommodation providing formalised advice/support arrangements */
  E5("E5", "Moved into independent living arrangement and no longer looked-after: supportive accommodation providing formalised advice/support arrangements", YearRange.all()),

  /** E6: Moved into independent living arrangement and no longer looked-after: accommodation providing no formalised advice/support arrangements */
  E6("E6", "Moved into independent living arrangement and no longer looked-after: accommodation providing no formalised advice/support arrangements", YearRange.all()),

  /** E7: Transferred to residential care funded by adult social care services */
  E7("E7", "Transferred to residential care funded by adult social care services", YearRange.all()),

  /** E9: Sentenced to custody */
  E9("E9", "Sentenced to custody", YearRange.all()),

  /** E14: Accommodation on remand ended */
  E14("E14", "Accommodation on remand ended", YearRange.from(CollectionYear.Y2014_15)),

  /** E15: Age assessment determined child is aged 18 or over and E5, E6 and E7 do not apply */
  E15("E15", "Age assessment determined child is aged 18 or over and E5, E6 and E7 do not apply", YearRange.from(CollectionYear.Y2014_15)),

  /** E16: Child moved abroad */
  E16("E16", "Child moved abroad", YearRange.from(CollectionYear.Y2014_15)),

  /** E17: Aged 18 (or over) and remained with current carers (inc under staying put arrangements) */
  E17("E17", "Aged 18 (or over) and remained with current carers (inc under staying put arrangements)", YearRange.all()),

  /** E8: Period of being looked-after ceased for any other reason (where none of the other reasons apply) */
  E8("E8", "Period of being looked-after ceased for any other reason (where none of the other reasons apply)", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<ReasonEpisodeCeased> CODESET =
      Codeset.of(
          "REC",
          "Reason episode ceased",
          ReasonEpisodeCeased.class,
          List.of(
            Crosswalk.split(E4, CollectionYear.Y2014_15, "Return home split by whether it was part of the care plan (2014-15)", E4A, E4B),
            Crosswalk.split(E43, CollectionYear.Y2018_19, "Special guardianship to former foster carers split by relative or friend (2018-19)", E45, E46),
            Crosswalk.split(E44, CollectionYear.Y2018_19, "Special guardianship to other carers split by relative or friend (2018-19)", E47, E48)));

  private final String code;
  private final String description;
  private final YearRange validity;

  ReasonEpisodeCeased(String code, String description, YearRange validity) {
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
  public static Optional<ReasonEpisodeCeased> parse(String text) {
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
   * Whether the child was adopted (E11 unopposed, E12 consent dispensed with).
   *
   * @return whether the child was adopted (E11 unopposed, E12 consent dispensed with)
   */
  public boolean isAdoption() {
    return this == E11 || this == E12;
  }

  /**
   * Whether the child moved into an independent living arrangement (E5 with, E6 without formalised support).
   *
   * @return whether the child moved into an independent living arrangement (E5 with, E6 without
   *     formalised support)
   */
  public boolean isIndependentLiving() {
    return this == E5 || this == E6;
  }

  /**
   * Whether the child ceased to be looked after (any reason but X1, a new episode begins the same day).
   *
   * @return whether the child ceased to be looked after (any reason but X1, a new episode begins
   *     the same day)
   */
  public boolean endsPeriodOfCare() {
    return this != X1;
  }

  /**
   * Whether the episode ceased with a special guardianship order: E43 and E44 to 2017-18, E45 to E48 from 2018-19.
   *
   * @return whether the episode ceased with a special guardianship order
   */
  public boolean isSpecialGuardianship() {
    return this == E43 || this == E44 || this == E45 || this == E46 || this == E47 || this == E48;
  }

  /**
   * Whether the episode ceased with a special guardianship order made to former foster carers: E43 to 2017-18, E45 and E46 from 2018-19.
   *
   * @return whether the episode ceased with a special guardianship order made to former foster
   *     carers
   */
  public boolean isSpecialGuardianshipToFormerFosterCarers() {
    return this == E43 || this == E45 || this == E46;
  }

  /**
   * Whether no further episode can follow: the child died (E2), or an age assessment determined the
   * child is aged 18 or over (E15).
   *
   * @return whether no further episode can follow
   */
  public boolean precludesFurtherEpisodes() {
    return this == E2 || this == E15;
  }
}
