package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule146Test {
  private final Rule146 rule = new Rule146();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnUnknownCode(CollectionYear year) {
    EpisodeCodeChecks.firesOnAnUnknownCode(rule, year, "PLACE", b -> b.placement(RuleTester.placement(year).type(Optional.empty()).build()));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnValidOrBlankCodes(CollectionYear year) {
    EpisodeCodeChecks.silentOnValidOrBlankCodes(rule, year, b -> b.placement(RuleTester.placement(year).type(Optional.empty()).build()));
  }

  @Test
  void firesOnCodesWithdrawnByYear() {
    CollectionYear y2025 = CollectionYear.Y2025_26;
    Episode h5 = episode(y2025).placement(RuleTester.placement(y2025).type(PlacementType.H5).build()).build();
    Episode z1 = episode(y2025).placement(RuleTester.placement(y2025).type(PlacementType.Z1).build()).build();
    Episode z11 = episode(y2025).placement(RuleTester.placement(y2025).type(PlacementType.Z11).build()).build();
    assertThat(flagged(rule, child(y2025).episodes(List.of(h5, z1, z11)).build(), y2025)).containsExactly(h5, z1);
    CollectionYear y2023 = CollectionYear.Y2023_24;
    Episode k3 = episode(y2023).placement(RuleTester.placement(y2023).type(PlacementType.K3).build()).build();
    Episode p2 = episode(y2023).placement(RuleTester.placement(y2023).type(PlacementType.P2).build()).build();
    assertThat(flagged(rule, child(y2023).episodes(List.of(k3, p2)).build(), y2023)).containsExactly(k3);
  }

  @Test
  void silentOnK3From2024_25() {
    CollectionYear y = CollectionYear.Y2024_25;
    Episode k3 = episode(y).placement(RuleTester.placement(y).type(PlacementType.K3).build()).build();
    assertThat(flagged(rule, child(y).episodes(List.of(k3)).build(), y)).isEmpty();
  }
}
