package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.child;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ChildVariants.withDisabilities;
import static io.github.cscreturns.validation.cin.ChildVariants.withIdentifiers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule2886QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("2886Q");
  }

  /** A child with no sex recorded in the year's item: the item left out. */
  private static CinChild unrecorded(CollectionYear year, int n) {
    return withIdentifiers(child(year, n), b -> b.genderCurrent(Optional.empty()).sex(Optional.empty()));
  }

  /** A child with the year's not-recorded code: GenderCurrent 0, or Sex U. */
  private static CinChild notKnown(CollectionYear year, int n) {
    return withIdentifiers(child(year, n), b -> year.isOlderThan(CollectionYear.Y2024_25)
        ? b.genderCurrent(io.github.cscreturns.codesets.cin.GenderCurrent.NOT_RECORDED_OR_UNBORN)
        : b.sex(io.github.cscreturns.codesets.cin.Sex.UNKNOWN));
  }

  private static List<CinChild> children(CollectionYear year, int total, List<CinChild> without) {
    List<CinChild> all = new ArrayList<>(without);
    for (int n = without.size() + 1; n <= total; n++) {
      all.add(child(year, n));
    }
    return all;
  }

  @ParameterizedTest
  @MethodSource("years")
  void twoPercentPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("2886Q", children(year, 50, List.of(unrecorded(year, 1))), year).isReturnFlagged()).isFalse();
    assertThat(flaggedByTheYearsRule("2886Q", children(year, 50, List.of(notKnown(year, 1))), year).isReturnFlagged()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("years")
  void moreThanTwoPercentFlagsTheReturn(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("2886Q", children(year, 49, List.of(unrecorded(year, 1))), year).isReturnFlagged()).isTrue();
    assertThat(flaggedByTheYearsRule("2886Q", children(year, 50, List.of(unrecorded(year, 1), notKnown(year, 2))), year).isReturnFlagged()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("years")
  void unbornChildrenAreLeftOut(CollectionYear year) {
    CinChild unborn = withIdentifiers(notKnown(year, 1), b -> b.birthDate(Optional.empty()).expectedBirthDate(CinRuleTester.referenceDate(year).plusDays(20)));
    assertThat(flaggedByTheYearsRule("2886Q", List.of(unborn, child(year, 2)), year).isReturnFlagged()).isFalse();
  }
}
