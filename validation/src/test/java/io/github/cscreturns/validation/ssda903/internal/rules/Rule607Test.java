package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule607Test {
  private final io.github.cscreturns.validation.ssda903.Rule rule = new Rule607().perChild();

  private static ImmutableEpisode ceased(CollectionYear year, ReasonEpisodeCeased rec) {
    return episode(year).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(rec).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void firesOnAGirlLeavingCareWithoutMother(CollectionYear year) {
    ImmutableEpisode left = ceased(year, ReasonEpisodeCeased.E8);
    Child c = child(year).sex(female(year)).motherStatus(Optional.empty()).episodes(List.of(left)).build();
    assertThat(flagged(rule, c, year)).containsExactly(c, left);
  }

  @Test
  void firesOnAGirlLeavingCareWithUnparsedRec() {
    CollectionYear year = CollectionYear.Y2024_25;
    ImmutableEpisode left = episode(year).end(LocalDate.of(year.startYear(), 12, 1)).unparsed(Map.of("REC", "E99")).build();
    Child c = child(year).sex(female(year)).motherStatus(Optional.empty()).episodes(List.of(left)).build();
    assertThat(flagged(rule, c, year)).containsExactly(c, left);
  }

  @Test
  void silentOnAnotherYearsCodeForFemale() {
    CollectionYear year = CollectionYear.Y2023_24;
    ImmutableEpisode left = ceased(year, ReasonEpisodeCeased.E8);
    Child c = child(year).sex(io.github.cscreturns.codesets.ssda903.Sex.F).motherStatus(Optional.empty()).episodes(List.of(left)).build();
    assertThat(flagged(rule, c, year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25"})
  void silentForBoysMothersTransfersAndRespite(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    ImmutableEpisode left = ceased(year, ReasonEpisodeCeased.E8);
    assertThat(flagged(rule, child(year).motherStatus(Optional.empty()).episodes(List.of(left)).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).sex(female(year)).motherStatus(MotherStatus.NOT_A_MOTHER).episodes(List.of(left)).build(), year)).isEmpty();
    ImmutableChild noMother = child(year).sex(female(year)).motherStatus(Optional.empty()).build();
    assertThat(flagged(rule, noMother.withEpisodes(ceased(year, ReasonEpisodeCeased.X1)), year)).isEmpty();
    assertThat(flagged(rule, noMother.withEpisodes(left.withLegalStatus(LegalStatus.V3)), year)).isEmpty();
    assertThat(flagged(rule, noMother, year)).isEmpty();
  }
}
