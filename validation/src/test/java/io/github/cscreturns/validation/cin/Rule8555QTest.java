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

class Rule8555QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8555Q");
  }

  private static CinChild diedOn(CinChild child, int daysAfterReferral) {
    LocalDate referral = episode(child).referralDate().orElseThrow();
    return withIdentifiers(child, b -> b.deathDate(referral.plusDays(daysAfterReferral)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralOnOrBeforeTheDeathPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8555Q", diedOn(child(year), 0), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8555Q", diedOn(child(year), 5), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aReferralAfterTheDeathIsFlaggedWithTheChild(CollectionYear year) {
    CinChild c = diedOn(child(year), -1);
    assertThat(flaggedByTheYearsRule("8555Q", c, year)).containsExactly(episode(c), c.identifiers());
  }
}
