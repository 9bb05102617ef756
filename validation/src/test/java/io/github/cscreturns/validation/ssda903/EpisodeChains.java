package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import java.time.LocalDate;
import java.util.List;

/**
 * Builders of dated episode chains for the tests of the episode rules, on top of {@link RuleTester}'s
 * baseline episode: days of the collection year, ceased episodes, placements of a type.
 */
public final class EpisodeChains {
  private EpisodeChains() {}

  /** The year most episode tests use: 1 April 2022 to 31 March 2023. */
  public static final CollectionYear YEAR = CollectionYear.Y2022_23;

  /** A calendar date. */
  public static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A day in the collection year: {@code month} and {@code day} of the year's April–March span. */
  public static LocalDate day(CollectionYear year, int month, int day) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, day);
  }

  /** A placement of the type with an LA provider and the baseline placement postcode. */
  public static Placement placement(PlacementType type) {
    return placement(type, RuleTester.PLACEMENT_POSTCODE);
  }

  /** A placement of the type with an LA provider at the postcode. */
  public static Placement placement(PlacementType type, String postcode) {
    return Placement.builder().type(type).provider(PlacementProvider.PR1).postcode(Postcode.of(postcode)).build();
  }

  /** {@link RuleTester#episode(CollectionYear)} starting on {@code start} for {@code rne} in a placement of {@code type}. */
  public static ImmutableEpisode.Builder episode(
      CollectionYear year, LocalDate start, ReasonNewEpisode rne, PlacementType type) {
    return RuleTester.episode(year).start(start).reasonNewEpisode(rne).placement(placement(type));
  }

  /** An episode from {@code start} to {@code end} (ceased with X1, a new episode beginning). */
  public static ImmutableEpisode.Builder ceased(
      CollectionYear year, LocalDate start, LocalDate end, ReasonNewEpisode rne, PlacementType type) {
    return episode(year, start, rne, type).end(end).reasonCeased(ReasonEpisodeCeased.X1);
  }

  /** The baseline episode from {@code start} to {@code end} (ceasing X1), for the middle of a chain. */
  public static ImmutableEpisode closed(CollectionYear year, LocalDate start, LocalDate end, ReasonNewEpisode rne) {
    return RuleTester.episode(year).start(start).end(end).reasonCeased(ReasonEpisodeCeased.X1).reasonNewEpisode(rne).build();
  }

  /** An episode with the legal status from {@code start} to {@code end}, or open if {@code end} is null. */
  public static Episode withStatus(CollectionYear year, LegalStatus status, LocalDate start, LocalDate end) {
    ImmutableEpisode.Builder b = RuleTester.episode(year).start(start).legalStatus(status);
    if (end != null) {
      b.end(end).reasonCeased(ReasonEpisodeCeased.X1);
    }
    return b.build();
  }

  /** {@link RuleTester#child(CollectionYear)} with exactly these episodes. */
  public static Child childWith(CollectionYear year, Episode... episodes) {
    return RuleTester.child(year).episodes(List.of(episodes)).build();
  }

  /** {@link RuleTester#child(CollectionYear)} born on {@code dob}, with exactly these episodes. */
  public static Child childBorn(CollectionYear year, LocalDate dob, Episode... episodes) {
    return RuleTester.child(year).dob(dob).episodes(List.of(episodes)).build();
  }
}
