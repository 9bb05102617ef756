package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset RNE: the reason a new episode of care started (item RNE).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum ReasonNewEpisode implements Code {
  /** S: Started to be looked after */
  S("S", "Started to be looked after", YearRange.all()),

  /** L: Change of legal status only */
  L("L", "Change of legal status only", YearRange.all()),

  /** P: Change of placement and carer(s) only */
  P("P", "Change of placement and carer(s) only", YearRange.all()),

  /** T: Change of placement (but same carer(s)) only */
  T("T", "Change of placement (but same carer(s)) only", YearRange.from(CollectionYear.Y2015_16)),

  /** B: Change of legal status and placement and carer(s) at the same time */
  B("B", "Change of legal status and placement and carer(s) at the same time", YearRange.all()),

  /** U: Change of legal status and change of placement (but same carer(s)) at the same time */
  U("U", "Change of legal status and change of placement (but same carer(s)) at the same time", YearRange.from(CollectionYear.Y2015_16));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<ReasonNewEpisode> CODESET =
      Codeset.of(
          "RNE",
          "Reason for new episode",
          ReasonNewEpisode.class,
          List.of(
            Crosswalk.split(P, CollectionYear.Y2015_16, "Change of placement split by whether the carer changed (2015-16)", P, T),
            Crosswalk.split(B, CollectionYear.Y2015_16, "Change of legal status and placement split by whether the carer changed (2015-16)", B, U)));

  private final String code;
  private final String description;
  private final YearRange validity;

  ReasonNewEpisode(String code, String description, YearRange validity) {
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
  public static Optional<ReasonNewEpisode> parse(String text) {
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
   * Whether the new episode records a change of legal status: L, B or U.
   *
   * @return whether the new episode records a change of legal status
   */
  public boolean changesLegalStatus() {
    return this == L || this == B || this == U;
  }

  /**
   * Whether the new episode records a change of placement (with or without a change of carer): P, T, B or U.
   *
   * @return whether the new episode records a change of placement (with or without a change of
   *     carer)
   */
  public boolean changesPlacement() {
    return this == P || this == T || this == B || this == U;
  }

  /**
   * Whether the new episode changes the placement but keeps the same carer(s): T or U.
   *
   * @return whether the new episode changes the placement but keeps the same carer(s)
   */
  public boolean keepsCarers() {
    return this == T || this == U;
  }

  /**
   * Whether the new episode changes both the placement and the carer(s): P or B (rule 380).
   *
   * @return whether the new episode changes both the placement and the carer(s)
   */
  public boolean changesPlacementAndCarers() {
    return this == P || this == B;
  }

  /**
   * Whether the episode continues a period of care (any reason but S, started to be looked after).
   *
   * @return whether the episode continues a period of care (any reason but S, started to be looked
   *     after)
   */
  public boolean continuesPeriodOfCare() {
    return this != S;
  }
}
