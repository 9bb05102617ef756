package io.github.cscreturns.synthetic.ssda903;

/**
 * England's published figures that set the generator's proportions. Source: Department for
 * Education, "Children looked after in England including adoptions", reporting year 2024 (figures for
 * the year ending 31 March 2024), unless said otherwise. Percentages are rounded as published; the
 * generator uses them as weights, so a return of N children matches them in expectation, not exactly.
 *
 * <ul>
 *   <li>83,630 children looked after at 31 March 2024; about 33,000 started and 33,600 ceased to be
 *       looked after during the year. Of the children in a year's return (looked after at some time
 *       in it), about 72% were already looked after on 1 April and 28% started during the year.
 *   <li>7,380 unaccompanied asylum-seeking children (UASC) at 31 March 2024, 9% of children looked
 *       after; nearly all boys aged 16 or 17.
 *   <li>2,980 children adopted from care in the year (about 2.5% of the children looked after during
 *       it), nearly all aged under 5 when placed.
 *   <li>Age at 31 March: under 1, 5%; 1 to 4, 14%; 5 to 9, 18%; 10 to 15, 38%; 16 and over, 25%.
 *       Boys 56%, girls 44%.
 *   <li>Ethnicity: White 72%, Mixed 10%, Black 7%, Asian 5%, other 4%, with UASC mostly of Asian,
 *       Black African and other ethnic groups.
 *   <li>Placements at 31 March: foster placements 68% (of them about a fifth with relatives or
 *       friends), secure units, children's homes and semi-independent or supported accommodation 17%,
 *       placed with parents 6%, placed for adoption 2%, other 7%.
 *   <li>Legal status at 31 March: care orders 81% (interim and full), voluntary agreements under
 *       section 20 14%, placement orders 5%.
 *   <li>Category of need at 31 March: abuse or neglect 65%, family dysfunction 13%, absent parenting
 *       (mostly UASC) 9%, family in acute stress 7%, disability 3%, parental illness 3%, other 1%.
 *   <li>About one child in nine looked after during the year had a missing incident; one in four
 *       children looked after at 31 March had more than one placement in the year's return.
 *   <li>Care leavers aged 19: about 88% in touch with their local authority.
 * </ul>
 */
final class NationalFigures {
  private NationalFigures() {}

  /** Children looked after at 31 March 2024. */
  static final int LOOKED_AFTER_AT_31_MARCH_2024 = 83_630;
  /** Children who started to be looked after in the year ending 31 March 2024 (rounded). */
  static final int STARTED_IN_YEAR = 33_000;
  /** Children who ceased to be looked after in the year ending 31 March 2024 (rounded). */
  static final int CEASED_IN_YEAR = 33_600;
  /** Unaccompanied asylum-seeking children looked after at 31 March 2024. */
  static final int UASC_AT_31_MARCH_2024 = 7_380;
  /** Children adopted from care in the year ending 31 March 2024. */
  static final int ADOPTED_IN_YEAR = 2_980;

  /** Share of a return's children already looked after on 1 April (the rest start in the year). */
  static final double SHARE_ALREADY_LOOKED_AFTER =
      (double) LOOKED_AFTER_AT_31_MARCH_2024 / (LOOKED_AFTER_AT_31_MARCH_2024 + STARTED_IN_YEAR);

  /** Share of UASC among children looked after. */
  static final double SHARE_UASC = (double) UASC_AT_31_MARCH_2024 / LOOKED_AFTER_AT_31_MARCH_2024;

  /**
   * Share of care leavers reported at their 19th birthday (OC3 only, no episodes in the year) among
   * the return's rows: the care leavers' part of a return that this generator covers.
   */
  static final double SHARE_CARE_LEAVERS_AT_19 = 0.05;

  /**
   * Chance that a child looked after on 1 April and under 17 ceases to be looked after in the year,
   * other than by adoption or at 18: the 33,600 leavers less about 11,000 leaving at 18 and 2,980
   * adopted, over the children looked after during the year.
   */
  static final double CHANCE_CEASES_CONTINUING = 0.17;

  /** The same chance for children who start in the year (short stays are common among them). */
  static final double CHANCE_CEASES_STARTER = 0.30;

  /**
   * Chance that a child under 5 who is looked after is on the adoption path (placement order, then
   * placed for adoption), giving about 2.5% of a return adopted in the year.
   */
  static final double CHANCE_ADOPTION_PATH_UNDER_5 = 0.3;

  /** Chance that a child aged 11 or over has missing or away episodes in the year. */
  static final double CHANCE_MISSING_AGED_11_PLUS = 0.2;
}
