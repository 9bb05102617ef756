package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset REASON_PLACE_CHANGE: why a placement ended on a change of placement (item REASON_PLACE_CHANGE).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2015-16
 */
public enum ReasonPlacementChange implements Code {
  /** CARPL: Change to/implementation of care plan */
  CARPL("CARPL", "Change to/implementation of care plan", YearRange.from(CollectionYear.Y2015_16)),

  /** CLOSE: Resignation/closure of provision */
  CLOSE("CLOSE", "Resignation/closure of provision", YearRange.from(CollectionYear.Y2015_16)),

  /** ALLEG: Allegation (s47) */
  ALLEG("ALLEG", "Allegation (s47)", YearRange.from(CollectionYear.Y2015_16)),

  /** STAND: Standards of care concern */
  STAND("STAND", "Standards of care concern", YearRange.from(CollectionYear.Y2015_16)),

  /** APPRR: Approval removed */
  APPRR("APPRR", "Approval removed", YearRange.from(CollectionYear.Y2015_16)),

  /** CREQB: Carer(s) requests placement end due to child's behaviour */
  CREQB("CREQB", "Carer(s) requests placement end due to child's behaviour", YearRange.from(CollectionYear.Y2015_16)),

  /** CREQO: Carer(s) requests placement end other than due to child's behaviour */
  CREQO("CREQO", "Carer(s) requests placement end other than due to child's behaviour", YearRange.from(CollectionYear.Y2015_16)),

  /** CHILD: Child requests placement end */
  CHILD("CHILD", "Child requests placement end", YearRange.from(CollectionYear.Y2015_16)),

  /** LAREQ: Responsible/area authority requests placement end */
  LAREQ("LAREQ", "Responsible/area authority requests placement end", YearRange.from(CollectionYear.Y2015_16)),

  /** PLACE: Change in the status of placement only */
  PLACE("PLACE", "Change in the status of placement only", YearRange.from(CollectionYear.Y2015_16)),

  /** OTHER: Other */
  OTHER("OTHER", "Other", YearRange.from(CollectionYear.Y2015_16)),

  /** CUSTOD: Custody arrangement */
  CUSTOD("CUSTOD", "Custody arrangement", YearRange.from(CollectionYear.Y2018_19));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<ReasonPlacementChange> CODESET =
      Codeset.of(
          "REASON_PLACE_CHANGE",
          "Reason for placement change",
          ReasonPlacementChange.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  ReasonPlacementChange(String code, String description, YearRange validity) {
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
  public static Optional<ReasonPlacementChange> parse(String text) {
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
