package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset ACTIV: a care leaver's main activity (item ACTIV).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum CareLeaverActivity implements Code {
  /** F1: Young person engaged full time in higher education (for example studies beyond A level) */
  F1("F1", "Young person engaged full time in higher education (for example studies beyond A level)", YearRange.all()),

  /** P1: Young person engaged part time in higher education (for example studies beyond A level) */
  P1("P1", "Young person engaged part time in higher education (for example studies beyond A level)", YearRange.all()),

  /** F2: Young person engaged full time in education other than higher education */
  F2("F2", "Young person engaged full time in education other than higher education", YearRange.all()),

  /** P2: Young person engaged part time in education other than higher education */
  P2("P2", "Young person engaged part time in education other than higher education", YearRange.all()),

  /** F3: Young person engaged full time in training or employment */
  F3("F3", "Young person engaged full time in training or employment", YearRange.until(CollectionYear.Y2020_21)),

  /** P3: Young person engaged part time in training or employment */
  P3("P3", "Young person engaged part time in training or employment", YearRange.until(CollectionYear.Y2020_21)),

  /** G4: Young person not in education, employment or training because of illness or disability */
  G4("G4", "Young person not in education, employment or training because of illness or disability", YearRange.all()),

  /** G5: Young person not in education, employment or training: other circumstances */
  G5("G5", "Young person not in education, employment or training: other circumstances", YearRange.all()),

  /** G6: Young person not in education, employment or training due to pregnancy or parenting */
  G6("G6", "Young person not in education, employment or training due to pregnancy or parenting", YearRange.all()),

  /** 0: Not in touch with the young person and do not know their activity, or the young person has died, or returned home to live with parents or someone with parental responsibility for a continuous period of 6 months or more */
  NOT_IN_TOUCH("0", "Not in touch with the young person and do not know their activity, or the young person has died, or returned home to live with parents or someone with parental responsibility for a continuous period of 6 months or more", YearRange.all()),

  /** F4: Young person engaged full time in an apprenticeship */
  F4("F4", "Young person engaged full time in an apprenticeship", YearRange.from(CollectionYear.Y2021_22)),

  /** P4: Young person engaged part time in an apprenticeship */
  P4("P4", "Young person engaged part time in an apprenticeship", YearRange.from(CollectionYear.Y2021_22)),

  /** F5: Young person engaged full time in training or employment (not apprenticeship) */
  F5("F5", "Young person engaged full time in training or employment (not apprenticeship)", YearRange.from(CollectionYear.Y2021_22)),

  /** P5: Young person engaged part time in training or employment (not apprenticeship) */
  P5("P5", "Young person engaged part time in training or employment (not apprenticeship)", YearRange.from(CollectionYear.Y2021_22));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<CareLeaverActivity> CODESET =
      Codeset.of(
          "ACTIV",
          "Care leaver activity",
          CareLeaverActivity.class,
          List.of(
            Crosswalk.split(F3, CollectionYear.Y2021_22, "Full-time training or employment split into apprenticeship and other (2021-22)", F4, F5),
            Crosswalk.split(P3, CollectionYear.Y2021_22, "Part-time training or employment split into apprenticeship and other (2021-22)", P4, P5)));

  private final String code;
  private final String description;
  private final YearRange validity;

  CareLeaverActivity(String code, String description, YearRange validity) {
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
  public static Optional<CareLeaverActivity> parse(String text) {
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
