package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset PLACE_PROVIDER: who provides a placement (item PLACE_PROVIDER).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum PlacementProvider implements Code {
  /** PR0: Parent(s) or other person(s) with parental responsibility */
  PR0("PR0", "Parent(s) or other person(s) with parental responsibility", YearRange.all()),

  /** PR1: Own provision (by the local authority) */
  PR1("PR1", "Own provision (by the local authority)", YearRange.all()),

  /** PR2: Other local authority provision */
  PR2("PR2", "Other local authority provision", YearRange.all()),

  /** PR3: Other public provision (for example, a primary care trust) */
  PR3("PR3", "Other public provision (for example, a primary care trust)", YearRange.all()),

  /** PR4: Private provision */
  PR4("PR4", "Private provision", YearRange.all()),

  /** PR5: Voluntary/third sector provision */
  PR5("PR5", "Voluntary/third sector provision", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<PlacementProvider> CODESET =
      Codeset.of(
          "PLACE_PROVIDER",
          "Placement provider",
          PlacementProvider.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  PlacementProvider(String code, String description, YearRange validity) {
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
  public static Optional<PlacementProvider> parse(String text) {
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
