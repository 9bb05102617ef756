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

class Rule8585QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8585Q");
  }

  private static CinChild closedForDeath(CollectionYear year) {
    return withFirstEpisode(child(year), e -> e.closureDate(referenceDate(year).minusDays(10)).reasonForClosure(ReasonForClosure.DIED));
  }

  @ParameterizedTest
  @MethodSource("years")
  void closureForDeathWithADeathDatePasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8585Q", child(year), year)).isEmpty();
    CinChild c = withIdentifiers(closedForDeath(year), b -> b.deathDate(referenceDate(year).minusDays(12)));
    assertThat(flaggedByTheYearsRule("8585Q", c, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void closureForDeathWithoutADeathDateIsFlagged(CollectionYear year) {
    CinChild c = closedForDeath(year);
    assertThat(flaggedByTheYearsRule("8585Q", c, year)).containsExactly(episode(c), c.identifiers());
    CinChild unreadable = withIdentifiers(c, b -> b.putUnparsed("PersonDeathDate", "2023-02-30"));
    assertThat(flaggedByTheYearsRule("8585Q", unreadable, year)).containsExactly(episode(unreadable), unreadable.identifiers());
  }
}
