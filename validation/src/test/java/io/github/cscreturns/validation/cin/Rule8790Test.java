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

class Rule8790Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8790");
  }

  @ParameterizedTest
  @MethodSource("years")
  void noneAloneOrOtherCodesAlonePass(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8790", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8790", withDisabilities(child(year), "NONE"), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void theOtherValuesBesideNoneAreFlagged(CollectionYear year) {
    CinChild c = withDisabilities(child(year), "MOB", "NONE", "HAND");
    assertThat(flaggedByTheYearsRule("8790", c, year)).containsExactly(c.disabilities().get(0), c.disabilities().get(2));
  }
}
