package io.github.cscreturns.benchmarks;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MissingType;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded synthetic return of a given size with the rough shape of a real one: about three episodes,
 * two reviews, some missing and social worker episodes per child. Invented data only.
 */
final class BenchmarkReturns {
  private BenchmarkReturns() {}

  static final CollectionYear YEAR = CollectionYear.Y2024_25;

  static List<Child> children(int count, long seed) {
    return children(count, seed, YEAR);
  }

  /**
   * Children of a return for {@code year} (dates fall around that year; codes are drawn from those
   * valid in {@link #YEAR}). Identifiers are C0000000, C0000001 … whatever the seed, so a previous
   * year's return made with the same count holds the same children.
   */
  static List<Child> children(int count, long seed, CollectionYear year) {
    Random r = new Random(seed);
    List<Child> out = new ArrayList<>(count);
    LocalDate yearStart = year.ssda903Start();
    for (int i = 0; i < count; i++) {
      LocalDate dob = LocalDate.of(2006 + r.nextInt(18), 1 + r.nextInt(12), 1 + r.nextInt(28));
      var child =
          Child.builder()
              .childId(ChildId.of(String.format("C%07d", i)))
              .sex(pick(r, Sex.CODESET.validCodes(YEAR)))
              .dob(dob)
              .ethnicity(pick(r, Ethnicity.CODESET.validCodes(YEAR)))
              .upn(Upn.of(r.nextInt(10) == 0 ? "UN3" : "A" + (100000000000L + r.nextInt(Integer.MAX_VALUE))));
      LocalDate start = yearStart.minusDays(r.nextInt(1500));
      int episodes = 1 + r.nextInt(5);
      for (int e = 0; e < episodes; e++) {
        boolean last = e == episodes - 1;
        LocalDate end = start.plusDays(20 + r.nextInt(200));
        var ep =
            Episode.builder()
                .start(start)
                .reasonNewEpisode(e == 0 ? ReasonNewEpisode.CODESET.parse("S").orElseThrow() : pick(r, ReasonNewEpisode.CODESET.validCodes(YEAR)))
                .legalStatus(pick(r, LegalStatus.CODESET.validCodes(YEAR)))
                .categoryOfNeed(pick(r, CategoryOfNeed.CODESET.validCodes(YEAR)))
                .placement(
                    Placement.builder()
                        .type(pick(r, PlacementType.CODESET.validCodes(YEAR)))
                        .provider(pick(r, PlacementProvider.CODESET.validCodes(YEAR)))
                        .postcode(Postcode.of("AB" + r.nextInt(99) + " " + r.nextInt(9) + "CD"))
                        .urn(Urn.of(r.nextBoolean() ? Urn.PLACEHOLDER : "SC" + (100000 + r.nextInt(899999))))
                        .build())
                .homePostcode(Postcode.of("ZX" + r.nextInt(99) + " " + r.nextInt(9) + "EF"));
        if (!last || r.nextBoolean()) {
          ep.end(end).reasonCeased(pick(r, ReasonEpisodeCeased.CODESET.validCodes(YEAR)));
        }
        child.addEpisodes(ep.build());
        start = end;
      }
      for (int v = r.nextInt(4); v > 0; v--) {
        child.addReviews(Review.builder().date(yearStart.plusDays(r.nextInt(365))).participation(pick(r, ReviewParticipation.CODESET.validCodes(YEAR))).build());
      }
      if (r.nextInt(8) == 0) {
        child.addMissingEpisodes(
            MissingEpisode.builder().type(pick(r, MissingType.CODESET.validCodes(YEAR))).start(yearStart.plusDays(r.nextInt(300))).build());
      }
      for (int s = r.nextInt(3); s > 0; s--) {
        child.addSocialWorkerEpisodes(SocialWorkerEpisode.builder().socialWorkerId("SW" + r.nextInt(99999)).start(yearStart.plusDays(r.nextInt(365))).build());
      }
      out.add(child.build());
    }
    return out;
  }

  private static <C extends Enum<C> & Code> C pick(Random r, List<C> codes) {
    return codes.get(r.nextInt(codes.size()));
  }

}
