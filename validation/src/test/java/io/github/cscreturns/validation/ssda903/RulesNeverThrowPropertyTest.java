package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No rule of any year throws, whatever a built child holds: blanks, unparsed text, odd dates. */
class RulesNeverThrowPropertyTest {

  @Property(tries = 300)
  void noRuleThrows(@ForAll("children") Child child) {
    for (CollectionYear year : CollectionYear.values()) {
      if (year.isOlderThan(CollectionYear.Y2022_23)) {
        continue;
      }
      RuleSet set = RuleSet.forYear(year);
      for (Rule rule : set.rules()) {
        assertThatCode(() -> RuleTester.flagged(rule, child, year)).as("%s in %s", rule.code(), year).doesNotThrowAnyException();
      }
    }
  }

  private static Arbitrary<Optional<LocalDate>> dates() {
    Arbitrary<LocalDate> usual = Arbitraries.longs()
        .between(LocalDate.of(1985, 1, 1).toEpochDay(), LocalDate.of(2028, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    // a narrow window makes equal and consecutive dates (spells, continuations) common
    Arbitrary<LocalDate> close = Arbitraries.integers().between(0, 40).map(d -> LocalDate.of(2023, 3, 1).plusDays(d));
    Arbitrary<LocalDate> extreme = Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1991, 10, 13));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, usual), net.jqwik.api.Tuple.of(5, close), net.jqwik.api.Tuple.of(1, extreme))
        .optional(0.85);
  }

  private static Arbitrary<Episode> episodes() {
    Arbitrary<Placement> placements = Combinators.combine(
            Arbitraries.of(PlacementType.class).optional(0.9),
            Arbitraries.of("BN1 1AA", "bn11aa", "XYZ", "BN3 1").map(Postcode::of).optional(0.8))
        .as((type, postcode) -> Placement.builder().type(type).postcode(postcode).build());
    Arbitrary<Map<String, String>> unparsed = Arbitraries.of(
        Map.<String, String>of(), Map.of("DEC", "31/02/2023"), Map.of("RNE", "Q"), Map.of("PLACE", "ZZ"),
        Map.of("LS", "X9", "PL_POST", "??"));
    return Combinators.combine(
            dates(), dates(),
            Arbitraries.of(ReasonNewEpisode.class).optional(0.9),
            Arbitraries.of(LegalStatus.class).optional(0.9),
            placements,
            Arbitraries.of(ReasonEpisodeCeased.class).optional(0.7),
            unparsed)
        .as((start, end, rne, ls, placement, rec, raw) -> (Episode) Episode.builder()
            .start(start).end(end).reasonNewEpisode(rne).legalStatus(ls).placement(placement).reasonCeased(rec)
            .unparsed(raw).build());
  }

  @Provide
  Arbitrary<Child> children() {
    return Combinators.combine(dates(), episodes().list().ofMaxSize(7), Arbitraries.of(true, true, false))
        .as((dob, episodes, header) -> (Child) RuleTester.child(CollectionYear.Y2022_23)
            .dob(dob).episodes(episodes).headerRecorded(header).build());
  }
}
