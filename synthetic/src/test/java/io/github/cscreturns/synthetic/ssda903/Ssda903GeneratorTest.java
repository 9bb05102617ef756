package io.github.cscreturns.synthetic.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Ssda903GeneratorTest {

  private static List<Child> children(CollectionYear year, long seed, int size) {
    return Ssda903Generator.builder(year).seed(seed).children(size).build().children().toList();
  }

  @ParameterizedTest
  @EnumSource(CollectionYear.class)
  void theSameSeedYearAndSizeGiveTheSameChildrenAndAnotherSeedOthers(CollectionYear year) {
    assertThat(children(year, 7, 300)).isEqualTo(children(year, 7, 300)).isNotEqualTo(children(year, 8, 300));
  }

  @Test
  void aSmallerReturnIsTheStartOfALargerOneAndTheSupplierContinuesIt() {
    List<Child> large = children(CollectionYear.Y2024_25, 3, 200);
    assertThat(children(CollectionYear.Y2024_25, 3, 50)).isEqualTo(large.subList(0, 50));
    Supplier<Child> supplier = Ssda903Generator.supplier(CollectionYear.Y2024_25, 3);
    List<Child> supplied = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      supplied.add(supplier.get());
    }
    assertThat(supplied).isEqualTo(large);
  }

  @Test
  void sizesFromNoneUpAreHonouredAndChildIdsAndUpnsAreUnique() {
    assertThat(children(CollectionYear.Y2024_25, 1, 0)).isEmpty();
    assertThat(children(CollectionYear.Y2024_25, 1, 1)).hasSize(1);
    List<Child> many = children(CollectionYear.Y2025_26, 1, 5_000);
    assertThat(many.stream().map(Child::childId).collect(Collectors.toSet())).hasSize(5_000);
    List<String> upns = many.stream().flatMap(c -> c.upn().stream()).map(u -> u.value()).filter(u -> !u.startsWith("UN")).toList();
    assertThat(new HashSet<>(upns)).hasSameSizeAs(upns);
    assertThatThrownBy(() -> Ssda903Generator.builder(CollectionYear.Y2024_25).children(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Every typed code of every record, by the codesets of the year. */
  @ParameterizedTest
  @EnumSource(CollectionYear.class)
  void everyCodeIsValidInItsYearAndOnlyCollectedTablesAreFilled(CollectionYear year) {
    Ssda903Generator generator = Ssda903Generator.builder(year).seed(year.ordinal()).children(2_000).build();
    checkCodes(generator.children().toList(), year, year);
    year.previous().ifPresent(p -> checkCodes(generator.previousYearChildren().toList(), p, p));
  }

  private static void checkCodes(List<Child> children, CollectionYear year, CollectionYear sexYear) {
    List<Code> codes = new ArrayList<>();
    for (Child c : children) {
      assertThat(c.sex().orElseThrow().isValidIn(sexYear)).isTrue();
      c.ethnicity().ifPresent(codes::add);
      c.motherStatus().ifPresent(codes::add);
      c.uascFlag().ifPresent(codes::add);
      for (Episode e : c.episodes()) {
        e.reasonNewEpisode().ifPresent(codes::add);
        e.legalStatus().ifPresent(codes::add);
        e.categoryOfNeed().ifPresent(codes::add);
        e.placement().type().ifPresent(codes::add);
        e.placement().provider().ifPresent(codes::add);
        e.reasonCeased().ifPresent(codes::add);
        e.reasonPlaceChange().ifPresent(codes::add);
      }
      c.reviews().forEach(r -> r.participation().ifPresent(codes::add));
      c.healthOutcomes().forEach(o -> {
        o.sdqReason().ifPresent(codes::add);
        o.convicted().ifPresent(codes::add);
        o.immunisations().ifPresent(codes::add);
      });
      c.careLeaverCheckpoints().forEach(o -> {
        o.inTouch().ifPresent(codes::add);
        o.activity().ifPresent(codes::add);
        o.accommodation().ifPresent(codes::add);
      });
      c.adoptions().forEach(a -> {
        a.numberOfAdopters().ifPresent(codes::add);
        a.adopterSex().ifPresent(codes::add);
        a.adopterLegalStatus().ifPresent(codes::add);
        a.adoptedByFosterCarer().ifPresent(codes::add);
      });
      c.previousPermanence().forEach(p -> p.option().ifPresent(codes::add));
      c.missingEpisodes().forEach(m -> m.type().ifPresent(codes::add));
      c.socialWorkerEpisodes().forEach(s -> s.reasonEnded().ifPresent(codes::add));
      if (!Ssda903Table.MISSING.collected().contains(year)) {
        assertThat(c.missingEpisodes()).isEmpty();
      }
      if (!Ssda903Table.SW_EPISODES.collected().contains(year)) {
        assertThat(c.socialWorkerEpisodes()).isEmpty();
      }
      if (!Ssda903Table.DOLO.collected().contains(year)) {
        assertThat(c.deprivationsOfLiberty()).isEmpty();
      }
      assertThat(c.unparsed()).isEmpty();
    }
    assertThat(codes).allSatisfy(code -> assertThat(code.isValidIn(year)).as("%s in %s", code, year).isTrue());
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = "Y2013_14", mode = EnumSource.Mode.EXCLUDE)
  void theOpenEpisodeAtTheEndOfLastYearIsThisYearsFirst(CollectionYear year) {
    Ssda903Generator generator = Ssda903Generator.builder(year).seed(11).children(1_000).build();
    Map<ChildId, Child> previous = generator.previousYearChildren().collect(Collectors.toMap(Child::childId, Function.identity()));
    int continuing = 0;
    for (Child c : generator.children().toList()) {
      Child last = previous.get(c.childId());
      if (last == null || last.episodes().isEmpty()) {
        continue;
      }
      Episode open = last.episodes().get(last.episodes().size() - 1);
      if (open.end().isPresent()) {
        continue;
      }
      continuing++;
      Episode first = c.episodes().get(0);
      assertThat(first.start()).isEqualTo(open.start());
      assertThat(first.legalStatus()).isEqualTo(open.legalStatus());
      assertThat(first.placement().provider()).isEqualTo(open.placement().provider());
      assertThat(first.placement().postcode()).isEqualTo(open.placement().postcode());
      assertThat(c.dob()).isEqualTo(last.dob());
      assertThat(c.upn()).isEqualTo(last.upn());
    }
    assertThat(continuing).isGreaterThan(500);
  }

  /** The proportions follow the national figures within a few points on 20,000 children. */
  @Test
  void proportionsFollowTheNationalFigures() {
    CollectionYear year = CollectionYear.Y2024_25;
    List<Child> children = children(year, 5, 20_000);
    LocalDate start = year.ssda903Start();
    double n = children.size();
    double uasc = children.stream().filter(c -> !c.uasc().isEmpty()).count() / n;
    double starters = children.stream().filter(c -> !c.episodes().isEmpty() && c.episodes().get(0).start().orElseThrow().isAfter(start.minusDays(1))).count() / n;
    double adopted = children.stream().filter(c -> !c.adoptions().isEmpty()).count() / n;
    double boys = children.stream().filter(c -> c.sex().map(s -> s.isMale()).orElse(false)).count() / n;
    double careLeavers = children.stream().filter(c -> !c.careLeaverCheckpoints().isEmpty()).count() / n;
    assertThat(uasc).isBetween(0.06, 0.12);
    assertThat(starters).isBetween(0.2, 0.33);
    assertThat(adopted).isBetween(0.01, 0.04);
    assertThat(boys).isBetween(0.52, 0.62);
    assertThat(careLeavers).isBetween(0.03, 0.07);
    Set<Optional<?>> placements = children.stream().flatMap(c -> c.episodes().stream()).map(e -> (Optional<?>) e.placement().type()).collect(Collectors.toSet());
    assertThat(placements.size()).as("placement types drawn").isGreaterThanOrEqualTo(7);
  }
}
