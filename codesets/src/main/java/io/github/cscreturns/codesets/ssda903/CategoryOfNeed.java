package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset CIN: the child's category of need at the start of an episode (item CIN).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum CategoryOfNeed implements Code {
  /** N1: Abuse or neglect */
  N1("N1", "Abuse or neglect", YearRange.all()),

  /** N2: Child's disability */
  N2("N2", "Child's disability", YearRange.all()),

  /** N3: Parental illness or disability */
  N3("N3", "Parental illness or disability", YearRange.all()),

  /** N4: Family in acute stress */
  N4("N4", "Family in acute stress", YearRange.all()),

  /** N5: Family dysfunction */
  N5("N5", "Family dysfunction", YearRange.all()),

  /** N6: Socially unacceptable behaviour */
  N6("N6", "Socially unacceptable behaviour", YearRange.all()),

  /** N7: Low income */
  N7("N7", "Low income", YearRange.all()),

  /** N8: Absent parenting */
  N8("N8", "Absent parenting", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<CategoryOfNeed> CODESET =
      Codeset.of(
          "CIN",
          "Category of need",
          CategoryOfNeed.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  CategoryOfNeed(String code, String description, YearRange validity) {
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
  public static Optional<CategoryOfNeed> parse(String text) {
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
