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

class Rule8775QTest {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8775Q");
  }

  private static CinChild bornOn(CollectionYear year, LocalDate birth) {
    return withIdentifiers(child(year), b -> b.birthDate(birth));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aChildUnder25OrClosedBy25Passes(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8775Q", child(year), year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8775Q", bornOn(year, referenceDate(year).minusYears(25)), year)).isEmpty();
    LocalDate birth = referenceDate(year).minusYears(25).minusDays(30);
    CinChild closed = withFirstEpisode(bornOn(year, birth), e -> e.closureDate(birth.plusYears(25)));
    assertThat(flaggedByTheYearsRule("8775Q", closed, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anEpisodeOpenOrClosedAfterThe25thBirthdayIsFlagged(CollectionYear year) {
    LocalDate birth = referenceDate(year).minusYears(25).minusDays(1);
    CinChild open = bornOn(year, birth);
    assertThat(flaggedByTheYearsRule("8775Q", open, year)).containsExactly(open.identifiers(), episode(open));
    CinChild late = withFirstEpisode(open, e -> e.closureDate(birth.plusYears(25).plusDays(1)));
    assertThat(flaggedByTheYearsRule("8775Q", late, year)).containsExactly(late.identifiers(), episode(late));
  }
}
