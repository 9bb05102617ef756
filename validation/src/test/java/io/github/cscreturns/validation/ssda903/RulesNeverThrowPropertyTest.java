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
import io.github.cscreturns.synthetic.testing.SeededProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** No rule of any year throws, whatever a built child holds: blanks, unparsed text, odd dates. */
class RulesNeverThrowPropertyTest {
  static LongStream seeds() {
    return SeededProperty.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noRuleThrows(long seed) {
    SeededProperty.check(seed, RulesNeverThrowPropertyTest::child, RulesNeverThrowPropertyTest::noRuleThrows);
  }

  static void noRuleThrows(Child child) {
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

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> Optional<T> maybe(double present, SplittableRandom random, java.util.function.Supplier<T> value) {
    return random.nextDouble() < present ? Optional.of(value.get()) : Optional.empty();
  }

  private static final LocalDate USUAL_FROM = LocalDate.of(1985, 1, 1);
  private static final LocalDate USUAL_TO = LocalDate.of(2028, 12, 31);
  private static final List<LocalDate> EXTREME = List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1991, 10, 13));

  /** Usual dates, dates in a narrow window (so equal and consecutive dates are common) and extremes, 5:5:1; 15% absent. */
  private static Optional<LocalDate> date(SplittableRandom random) {
    return maybe(0.85, random, () -> {
      int kind = random.nextInt(11);
      if (kind < 5) {
        return LocalDate.ofEpochDay(random.nextLong(USUAL_FROM.toEpochDay(), USUAL_TO.toEpochDay() + 1));
      }
      if (kind < 10) {
        return LocalDate.of(2023, 3, 1).plusDays(random.nextInt(41));
      }
      return pick(EXTREME, random);
    });
  }

  private static final List<Map<String, String>> UNPARSED = List.of(
      Map.<String, String>of(), Map.of("DEC", "31/02/2023"), Map.of("RNE", "Q"), Map.of("PLACE", "ZZ"),
      Map.of("LS", "X9", "PL_POST", "??"));

  private static Episode episode(SplittableRandom random) {
    Placement placement = Placement.builder()
        .type(maybe(0.9, random, () -> pick(List.of(PlacementType.values()), random)))
        .postcode(maybe(0.8, random, () -> Postcode.of(pick(List.of("BN1 1AA", "bn11aa", "XYZ", "BN3 1"), random))))
        .build();
    return Episode.builder()
        .start(date(random))
        .end(date(random))
        .reasonNewEpisode(maybe(0.9, random, () -> pick(List.of(ReasonNewEpisode.values()), random)))
        .legalStatus(maybe(0.9, random, () -> pick(List.of(LegalStatus.values()), random)))
        .placement(placement)
        .reasonCeased(maybe(0.7, random, () -> pick(List.of(ReasonEpisodeCeased.values()), random)))
        .unparsed(pick(UNPARSED, random))
        .build();
  }

  static Child child(SplittableRandom random, int size) {
    Optional<LocalDate> dob = date(random);
    List<Episode> episodes = new ArrayList<>();
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      episodes.add(episode(random));
    }
    boolean header = random.nextInt(3) != 2;
    return RuleTester.child(CollectionYear.Y2022_23).dob(dob).episodes(episodes).headerRecorded(header).build();
  }
}
