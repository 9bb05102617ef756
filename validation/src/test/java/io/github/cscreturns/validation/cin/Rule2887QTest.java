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

class Rule2887QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("2887Q");
  }

  @ParameterizedTest
  @MethodSource("years")
  void eightCodesPass(CollectionYear year) {
    List<CinChild> children =
        List.of(withDisabilities(child(year, 1), "MOB", "HAND", "PC", "INC"), withDisabilities(child(year, 2), "COMM", "LD", "HEAR", "VIS"), withDisabilities(child(year, 3), "NONE"));
    assertThat(flaggedByTheYearsRule("2887Q", children, year).isReturnFlagged()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("years")
  void sevenCodesFlagTheReturn(CollectionYear year) {
    List<CinChild> children =
        List.of(withDisabilities(child(year, 1), "MOB", "HAND", "PC", "INC"), withDisabilities(child(year, 2), "COMM", "LD", "HEAR", "MOB"), withDisabilities(child(year, 3), "NONE", "vis"));
    CinFlags flags = flaggedByTheYearsRule("2887Q", children, year);
    assertThat(flags.isReturnFlagged()).isTrue();
    assertThat(flags.flagged()).isEmpty();
  }
}
