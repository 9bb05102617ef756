package io.github.cscreturns.synthetic.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import java.time.LocalDate;

/**
 * Builders of one plain valid child per collection year, for tests that change one thing and assert
 * what a rule, a reader or a report does with it. The child is a boy of nine who started to be looked
 * after on 1 May of the year under a full care order, in a long-term foster placement provided by the
 * local authority, still looked after on 31 March, with one review, previous permanence (from
 * 2016-17) and a social worker (from 2023-24). It has no error finding from the year's DfE rules
 * (checked in the build), without a previous year's return; postcodes are real ones in Westminster.
 *
 * <p>Codes are asked of the year's codesets: the placement is U4 from 2014-15 and Q2 in 2013-14, the
 * sex M from 2024-25 and 1 before.
 *
 * @since 2013-14
 */
public final class ValidChildren {
  private ValidChildren() {}

  /** The child's ID. */
  public static final ChildId CHILD_ID = ChildId.of("VALID1");

  /** Home postcode (HOME_POST). */
  public static final Postcode HOME = Postcode.of("SW1A 2AA");

  /** Placement postcode (PL_POST). */
  public static final Postcode PLACEMENT = Postcode.of("SW1A 1AA");

  /**
   * The day the child started to be looked after: 1 May of the collection year.
   *
   * @param year the collection year
   * @return the day the child started to be looked after
   */
  public static LocalDate started(CollectionYear year) {
    return year.ssda903Start().plusMonths(1);
  }

  /**
   * The child's only episode, open at 31 March, as a builder to change.
   *
   * @param year the collection year
   * @return the child's only episode, open at 31 March, as a builder to change
   */
  public static ImmutableEpisode.Builder episode(CollectionYear year) {
    PlacementType foster = ChildHistory.inYear(PlacementType.CODESET, PlacementType.U4, year).orElseThrow();
    return Episode.builder()
        .start(started(year))
        .reasonNewEpisode(ReasonNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .categoryOfNeed(CategoryOfNeed.N1)
        .placement(
            Placement.builder()
                .type(foster)
                .provider(PlacementProvider.PR1)
                .postcode(PLACEMENT)
                .urn(year.isEqualOrNewerThan(CollectionYear.Y2015_16) ? java.util.Optional.of(Urn.of("SC123456")) : java.util.Optional.empty())
                .build())
        .homePostcode(HOME);
  }

  /**
   * The valid child of the year, as a builder to change.
   *
   * @param year the collection year
   * @return the valid child of the year, as a builder to change
   */
  public static ImmutableChild.Builder child(CollectionYear year) {
    String rest = "999000000001";
    Upn upn = Upn.of(Upn.expectedCheckLetter("?" + rest).orElseThrow() + rest);
    ImmutableChild.Builder b =
        Child.builder()
            .childId(CHILD_ID)
            .sex(ChildHistory.inYear(Sex.CODESET, Sex.M, year).orElseThrow())
            .dob(year.ssda903Start().minusYears(9).minusDays(100))
            .ethnicity(Ethnicity.WBRI)
            .upn(upn)
            .uascFlag(UascFlag.NO)
            .addEpisodes(episode(year).build())
            .addReviews(Review.builder().date(started(year).plusDays(20)).participation(ReviewParticipation.PN1).build());
    if (!started(year).isBefore(LocalDate.of(2016, 4, 1))) {
      b.addPreviousPermanence(PreviousPermanence.builder().option(PreviousPermanenceOption.Z1).build());
    }
    if (Ssda903Table.SW_EPISODES.collected().contains(year)) {
      b.addSocialWorkerEpisodes(SocialWorkerEpisode.builder().socialWorkerId("SW12345").start(started(year))
          .reasonEnded(io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason.MANAGE).build());
    }
    return b;
  }
}
