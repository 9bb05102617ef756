package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset REVIEW_CODE: how the child took part in a review (item REVIEW_CODE).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum ReviewParticipation implements Code {
  /** PN0: Child aged under 4 at the time of the review */
  PN0("PN0", "Child aged under 4 at the time of the review", YearRange.all()),

  /** PN1: Child physically attends and speaks for him or herself */
  PN1("PN1", "Child physically attends and speaks for him or herself", YearRange.all()),

  /** PN2: Child physically attends and an advocate speaks on his or her behalf */
  PN2("PN2", "Child physically attends and an advocate speaks on his or her behalf", YearRange.all()),

  /** PN3: Child attends and conveys his or her view symbolically (non-verbally) */
  PN3("PN3", "Child attends and conveys his or her view symbolically (non-verbally)", YearRange.all()),

  /** PN4: Child physically attends but does not speak for him or herself, does not convey his or her view symbolically (non-verbally) and does not ask an advocate to speak for him or her */
  PN4("PN4", "Child physically attends but does not speak for him or herself, does not convey his or her view symbolically (non-verbally) and does not ask an advocate to speak for him or her", YearRange.all()),

  /** PN5: Child does not attend physically but briefs an advocate to speak for him or her */
  PN5("PN5", "Child does not attend physically but briefs an advocate to speak for him or her", YearRange.all()),

  /** PN6: Child does not attend but conveys his or her feelings to the review by a facilitative medium */
  PN6("PN6", "Child does not attend but conveys his or her feelings to the review by a facilitative medium", YearRange.all()),

  /** PN7: Child does not attend nor are his or her views conveyed to the review */
  PN7("PN7", "Child does not attend nor are his or her views conveyed to the review", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<ReviewParticipation> CODESET =
      Codeset.of(
          "REVIEW_CODE",
          "Participation in review",
          ReviewParticipation.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  ReviewParticipation(String code, String description, YearRange validity) {
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
  public static Optional<ReviewParticipation> parse(String text) {
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
