package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.closed;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.EpisodeChains;
import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule434Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule434 rule = new Rule434();

  @Test
  void firesWhenLegalStatusIsUnchangedOrThePlacementChanged() {
    ImmutableEpisode first = closed(Y, day(Y, 5, 1), day(Y, 6, 1), ReasonNewEpisode.S).withLegalStatus(LegalStatus.C1);
    ImmutableEpisode sameLs = closed(Y, day(Y, 6, 1), day(Y, 7, 1), ReasonNewEpisode.L).withLegalStatus(LegalStatus.C1);
    Episode newUrn = episode(Y).start(day(Y, 7, 1)).reasonNewEpisode(ReasonNewEpisode.L).legalStatus(LegalStatus.C2)
        .placement(Placement.builder().from(first.placement()).urn(Urn.of("SC999999")).build()).build();
    Child c = child(Y).episodes(List.of(first, sameLs, newUrn)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(sameLs, newUrn);
    // the placement postcode is compared as written: without its space it is another text
    String written = first.placement().postcode().orElseThrow().value();
    Episode unspaced = episode(Y).start(day(Y, 6, 1)).reasonNewEpisode(ReasonNewEpisode.L).legalStatus(LegalStatus.C2)
        .placement(Placement.builder().from(first.placement()).postcode(Postcode.of(written.replace(" ", ""))).build()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(first, unspaced)).build(), Y)).containsExactly(unspaced);
  }

  @Test
  void silentWhenOnlyTheLegalStatusChanged() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    ImmutableEpisode first = closed(Y, day(Y, 5, 1), day(Y, 6, 1), ReasonNewEpisode.S).withLegalStatus(LegalStatus.C1);
    Episode next = episode(Y).start(day(Y, 6, 1)).reasonNewEpisode(ReasonNewEpisode.L).legalStatus(LegalStatus.C2)
        .placement(Placement.builder().from(first.placement())
            .postcode(Postcode.of(first.placement().postcode().orElseThrow().value().toLowerCase(java.util.Locale.ROOT))).build()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(first, next)).build(), Y)).isEmpty();
  }
}
