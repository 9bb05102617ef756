package io.github.cscreturns.synthetic.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.ImmutableCinChild;
import io.github.cscreturns.core.cin.ImmutableCinDetails;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CinGeneratorTest {

  private static CinReturn generate(CollectionYear year, long seed, int size) {
    return CinGenerator.builder(year).seed(seed).children(size).la(LaCode.of("383")).build().generate();
  }

  static Stream<CollectionYear> years() {
    return Stream.of(CollectionYear.values()).filter(CinGenerator::covers);
  }

  static Stream<Arguments> yearsAndSeeds() {
    return years().flatMap(y -> Stream.of(1L, 2L, 3L, 42L, -7L).map(s -> Arguments.of(y, s)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("yearsAndSeeds")
  void everyGeneratedReturnKeepsTheConstraintsOfTheYearsRules(CollectionYear year, long seed) {
    CinReturn cin = generate(year, seed, 1_500);
    assertThat(CinRuleConstraints.check(cin, year)).as("%s seed %d", year, seed).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void smallReturnsKeepThemToo(CollectionYear year) {
    for (int size : new int[] {1, 2, 3, 4, 5, 10}) {
      for (long seed = 0; seed < 20; seed++) {
        assertThat(CinRuleConstraints.check(generate(year, seed, size), year)).as("%s seed %d size %d", year, seed, size).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void theSameSeedYearAndSizeGiveTheSameReturnAndAnotherSeedAnother(CollectionYear year) {
    assertThat(generate(year, 7, 300)).isEqualTo(generate(year, 7, 300)).isNotEqualTo(generate(year, 8, 300));
  }

  @Test
  void aSmallerReturnIsTheStartOfALargerOneAndTheSupplierContinuesIt() {
    List<CinChild> large = generate(CollectionYear.Y2024_25, 3, 200).children();
    assertThat(generate(CollectionYear.Y2024_25, 3, 50).children()).isEqualTo(large.subList(0, 50));
    Supplier<CinChild> supplier = CinGenerator.supplier(CollectionYear.Y2024_25, 3);
    List<CinChild> supplied = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      supplied.add(supplier.get());
    }
    assertThat(supplied).isEqualTo(CinGenerator.builder(CollectionYear.Y2024_25).seed(3).children(200).build().children().toList());
    // the supplier has no LA set: the UPNs start with another LA code, and nothing else differs
    assertThat(supplied.stream().map(CinChild::cinDetails).toList()).isEqualTo(large.stream().map(CinChild::cinDetails).toList());
  }

  @Test
  void theHeaderNamesTheCollectionTheYearTheReferenceDateAndTheLocalAuthority() {
    CinReturn cin = generate(CollectionYear.Y2023_24, 1, 3);
    assertThat(cin.referenceDate()).contains(LocalDate.of(2024, 3, 31));
    assertThat(cin.collectionYear()).contains(CollectionYear.Y2023_24);
    assertThat(cin.header().orElseThrow().year()).contains("2024");
    assertThat(cin.header().orElseThrow().lea()).contains("383");
    assertThat(CinGenerator.builder(CollectionYear.Y2023_24).build().header().lea()).isEmpty();
  }

  @Test
  void sizesAndYearsOutsideTheGeneratorsAreRefused() {
    assertThat(generate(CollectionYear.Y2024_25, 1, 0).children()).isEmpty();
    assertThat(generate(CollectionYear.Y2024_25, 1, 1).children()).hasSize(1);
    assertThatThrownBy(() -> CinGenerator.builder(CollectionYear.Y2024_25).children(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CinGenerator.builder(CollectionYear.Y2015_16)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2016-17");
    assertThatThrownBy(() -> CinGenerator.builder(CollectionYear.Y2026_27)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-26");
    assertThat(years()).hasSize(10).first().isEqualTo(CollectionYear.Y2016_17);
  }

  @Test
  void theSexItemFollowsTheYear() {
    assertThat(generate(CollectionYear.Y2023_24, 1, 200).children()).allSatisfy(c -> {
      assertThat(c.identifiers().genderCurrent()).isPresent();
      assertThat(c.identifiers().sex()).isEmpty();
    });
    assertThat(generate(CollectionYear.Y2024_25, 1, 200).children()).allSatisfy(c -> {
      assertThat(c.identifiers().sex()).isPresent();
      assertThat(c.identifiers().genderCurrent()).isEmpty();
    });
  }

  @Test
  void cinPlanDatesAppearFrom2021To22() {
    assertThat(generate(CollectionYear.Y2020_21, 1, 2_000).children()).allSatisfy(c -> assertThat(c.cinDetails()).allSatisfy(d -> assertThat(d.cinPlanDates()).isEmpty()));
    assertThat(generate(CollectionYear.Y2021_22, 1, 2_000).children().stream().flatMap(c -> c.cinDetails().stream()).filter(d -> !d.cinPlanDates().isEmpty()).count())
        .isGreaterThan(500);
  }

  /** The proportions are England's, roughly: a return of 20,000 children, measured. */
  @Test
  void theProportionsAreRoughlyEnglands() {
    CollectionYear year = CollectionYear.Y2023_24;
    CinReturn cin = generate(year, 11, 20_000);
    LocalDate end = CinReturn.referenceDateOf(year);
    LocalDate start = LocalDate.of(year.startYear(), 4, 1);
    List<CinDetails> episodes = cin.children().stream().flatMap(c -> c.cinDetails().stream()).toList();
    List<CinDetails> referrals = episodes.stream().filter(d -> !d.referralDate().orElseThrow().isBefore(start)).toList();
    long openAtEnd = cin.childrenOpenAtReferenceDate().size();
    long onPlanAtEnd = cin.children().stream().filter(c -> !c.childProtectionPlansOpenOn(end).isEmpty()).count();
    long nfa = referrals.stream().filter(CinDetails::isReferralNfa).count();
    List<Assessment> completed = episodes.stream().flatMap(d -> d.assessments().stream()).filter(a -> a.authorisationDate().isPresent()).toList();
    long closedAfterAssessment = episodes.stream().filter(d -> d.reasonForClosure().filter(r -> r == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION
        || r == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP).isPresent()).count();
    double shareOpen = (double) openAtEnd / cin.children().size();
    double shareOnPlans = (double) onPlanAtEnd / openAtEnd;
    System.out.printf("CIN %s: %d children, %d referrals, %.2f open at 31 March, %.3f of those on plans, %.3f NFA, %.3f of assessments closed NFA%n",
        year, cin.children().size(), referrals.size(), shareOpen, shareOnPlans, (double) nfa / referrals.size(), (double) closedAfterAssessment / completed.size());
    // 399,460 in need at 31 March of about 800,000 in need in the year; 50,010 of them on plans
    assertThat(shareOpen).isBetween(0.40, 0.65);
    assertThat(shareOnPlans).isBetween(0.08, 0.18);
    assertThat((double) nfa / referrals.size()).isBetween(0.04, 0.10);
    assertThat((double) closedAfterAssessment / completed.size()).isBetween(0.18, 0.32);
    assertThat(cin.children().stream().filter(CinChild::isUnborn).count()).isBetween(100L, 400L);
    assertThat(episodes.stream().map(d -> d.referralSource().orElseThrow()).collect(Collectors.toSet())).hasSizeGreaterThan(15);
    assertThat(CinRuleConstraints.check(cin, year)).isEmpty();
  }

  /** The constraints check is not vacuous: it finds a broken child. */
  @Test
  void theConstraintsCheckFindsBrokenData() {
    CollectionYear year = CollectionYear.Y2023_24;
    CinReturn cin = generate(year, 5, 20);
    CinChild child = cin.children().get(5);
    CinDetails first = child.cinDetails().get(0);
    ImmutableCinDetails broken = ImmutableCinDetails.copyOf(first)
        .withClosureDate(first.referralDate().orElseThrow().minusDays(1))
        .withReasonForClosure(ReasonForClosure.SERVICES_CEASED_FOR_ANY_OTHER_REASON)
        .withReferralNfa(YesNo.TRUE)
        .withAssessments(Assessment.builder().startDate(first.referralDate().orElseThrow().minusDays(3)).build());
    List<CinChild> children = new ArrayList<>(cin.children());
    children.set(5, ImmutableCinChild.copyOf(child).withCinDetails(broken));
    List<String> found = CinRuleConstraints.check(CinReturn.builder().from(cin).children(children).build(), year);
    assertThat(found).anyMatch(v -> v.startsWith("8630 (child 5)")).anyMatch(v -> v.startsWith("8831 (child 5)"))
        .anyMatch(v -> v.startsWith("1103 (child 5)"));
  }
}
