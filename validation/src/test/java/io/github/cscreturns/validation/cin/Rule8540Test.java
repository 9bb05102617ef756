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

class Rule8540Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8540");
  }

  @ParameterizedTest
  @MethodSource("years")
  void aBornChildWithValidDisabilitiesPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8540", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8540", withDisabilities(child(year), "NONE"), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void noDisabilityIsFlaggedAtTheChildAndTheEpisode(CollectionYear year) {
    CinChild c = withDisabilities(child(year));
    assertThat(flaggedByTheYearsRule("8540", c, year)).containsExactly(c.identifiers(), episode(c));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anInvalidDisabilityIsFlagged(CollectionYear year) {
    CinChild c = withDisabilities(child(year), "MOB", "notreal");
    assertThat(flaggedByTheYearsRule("8540", c, year)).containsExactly(c.identifiers(), episode(c), c.disabilities().get(1));
  }

  @ParameterizedTest
  @MethodSource("years")
  void anUnbornChildOrReferralsWithNoFurtherActionNeedNone(CollectionYear year) {
    CinChild unborn = withIdentifiers(withDisabilities(child(year)), b -> b.birthDate(Optional.empty()).expectedBirthDate(referenceDate(year)));
    assertThat(flaggedByTheYearsRule("8540", unborn, year)).isEmpty();
    CinChild nfa = withFirstEpisode(withDisabilities(child(year)), e -> e.referralNfa(YesNo.TRUE));
    assertThat(flaggedByTheYearsRule("8540", nfa, year)).isEmpty();
  }
}
