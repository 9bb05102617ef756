package io.github.cscreturns.examples;

import static io.github.cscreturns.codesets.ssda903.PlacementType.K2;
import static io.github.cscreturns.codesets.ssda903.PlacementType.U4;
import static io.github.cscreturns.codesets.ssda903.PlacementType.U6;
import static io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased.E13;
import static io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased.X1;
import static io.github.cscreturns.codesets.ssda903.ReasonNewEpisode.L;
import static io.github.cscreturns.codesets.ssda903.ReasonNewEpisode.P;
import static io.github.cscreturns.codesets.ssda903.ReasonNewEpisode.S;
import static io.github.cscreturns.codesets.ssda903.ReasonNewEpisode.T;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PlacementSpell;
import io.github.cscreturns.serialization.json.Ssda903Json;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a child with two periods of care and five episodes, prints its placements and its status
 * at 31 March 2025, and round-trips it through JSON.
 */
public final class BuildAChild {
  private BuildAChild() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Child child = Child.builder()
        .childId(ChildId.of("C1042"))
        .sex(Sex.F)
        .dob(LocalDate.of(2012, 7, 9))
        .ethnicity(Ethnicity.WBRI)
        .upn(Upn.of("H801200001001"))
        .addEpisodes(
            episode("2023-05-02", S, U4, "2023-09-14", X1),  // starts to be looked after
            episode("2023-09-14", L, U4, "2024-01-08", X1),  // legal status changes, same placement
            episode("2024-01-08", P, U6, "2024-02-20", E13), // moves, then leaves care
            episode("2024-06-03", S, K2, "2024-08-12", X1),  // looked after again
            episode("2024-08-12", T, U6, null, null))        // moves, still looked after
        .build();

    CollectionYear year = CollectionYear.Y2024_25;
    System.out.println("Placements of child " + child.childId() + ":");
    for (PlacementSpell p : child.placements()) {
      System.out.printf("  %s to %-10s %s, %d episode(s)%s%n",
          p.start(), p.end().map(LocalDate::toString).orElse("now"),
          p.placement().type().map(PlacementType::code).orElse("?"),
          p.episodes().size(), p.firstOfPeriod() ? ", starts a period of care" : "");
    }
    System.out.println("Periods of care: " + child.periodsOfCare().size());
    System.out.println("Looked after at 31 March " + year.endYear() + ": " + child.isLookedAfterAtYearEnd(year));
    System.out.println("Days in care in " + year + ": " + child.daysInCareWithin(year));
    System.out.println("Placement moves in " + year + ": " + child.placementMovesIn(year));

    String json = Ssda903Json.write(child);
    System.out.println("JSON round trip equal: " + Ssda903Json.read(json).equals(child));
  }

  private static Episode episode(
      String start, ReasonNewEpisode rne, PlacementType place, @Nullable String end, @Nullable ReasonEpisodeCeased rec) {
    return Episode.builder()
        .start(LocalDate.parse(start))
        .reasonNewEpisode(rne)
        .placement(Placement.builder().type(place).build())
        .end(Optional.ofNullable(end).map(LocalDate::parse))
        .reasonCeased(Optional.ofNullable(rec))
        .build();
  }
}
