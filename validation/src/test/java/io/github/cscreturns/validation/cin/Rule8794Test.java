package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.child;
import static io.github.cscreturns.validation.cin.CinRuleTester.episode;
import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.CinRuleTester.referenceDate;
import static io.github.cscreturns.validation.cin.ChildVariants.withDisabilities;
import static io.github.cscreturns.validation.cin.ChildVariants.withFirstEpisode;
import static io.github.cscreturns.validation.cin.ChildVariants.withIdentifiers;
import static io.github.cscreturns.validation.cin.ChildVariants.withSecondEpisode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.CinChild;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8794Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8794");
  }

  @ParameterizedTest
  @MethodSource("years")
  void differentCodesPass(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8794", child(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyRepeatedCodeIsFlagged(CollectionYear year) {
    CinChild c = withDisabilities(child(year), "MOB", "HAND", "MOB", "NONE", "NONE");
    var d = c.disabilities();
    assertThat(flaggedByTheYearsRule("8794", c, year)).containsExactly(d.get(0), d.get(2), d.get(3), d.get(4));
  }
}
