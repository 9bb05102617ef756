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

class Rule8772Test {
  static List<CollectionYear> years() {
    return ChildVariants.yearsOf("8772");
  }

  private static CinChild un7(CinChild c) {
    return withIdentifiers(c, b -> b.upn(Optional.empty()).upnUnknown(UpnUnknownReason.UN7));
  }

  @ParameterizedTest
  @MethodSource("years")
  void un7WithEveryReferralNoFurtherActionPasses(CollectionYear year) {
    assertThat(flaggedByTheYearsRule("8772", child(year), year)).isEmpty();
    CinChild c = withSecondEpisode(withFirstEpisode(un7(child(year)), e -> e.referralNfa(YesNo.TRUE)), e -> e.referralNfa(YesNo.YES));
    assertThat(flaggedByTheYearsRule("8772", c, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void un7WithAReferralGoingOnIsFlaggedAtThatEpisode(CollectionYear year) {
    CinChild c = withSecondEpisode(withFirstEpisode(un7(child(year)), e -> e.referralNfa(YesNo.TRUE)), e -> e.referralNfa(YesNo.NO));
    assertThat(flaggedByTheYearsRule("8772", c, year)).containsExactly(c.identifiers(), c.cinDetails().get(1));
    CinChild blank = withFirstEpisode(un7(child(year)), e -> e.referralNfa(Optional.empty()));
    assertThat(flaggedByTheYearsRule("8772", blank, year)).containsExactly(blank.identifiers(), episode(blank));
  }
}
