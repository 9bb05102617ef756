package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8720Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8720");
  }

  @ParameterizedTest
  @MethodSource("years")
  void aStartOnOrBeforeTheReferenceDatePasses(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8720", child, year)).isEmpty();
    CinChild onTheDay = withPlans(child, planLikeBaseline(child).startDate(CinRuleTester.referenceDate(year)).endDate(Optional.empty()).build());
    assertThat(flaggedByTheYearsRule("8720", onTheDay, year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aStartAfterTheReferenceDateIsFlagged(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    CinChild late = withPlans(child, planLikeBaseline(child).startDate(CinRuleTester.referenceDate(year).plusDays(1)).endDate(Optional.empty()).build());
    assertThat(flaggedByTheYearsRule("8720", late, year)).containsExactly(ProtectionPlanFixtures.plan(late));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingBlankOrUnreadableStartIsFlagged(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    CinChild missing = withPlans(child, planLikeBaseline(child).startDate(Optional.empty()).build());
    assertThat(flaggedByTheYearsRule("8720", missing, year)).hasSize(1);
    CinChild blank = withPlans(child, planLikeBaseline(child).startDate(Optional.empty()).putUnparsed("CPPstartDate", "").build());
    assertThat(flaggedByTheYearsRule("8720", blank, year)).hasSize(1);
    CinChild unreadable = withPlans(child, planLikeBaseline(child).startDate(Optional.empty()).putUnparsed("CPPstartDate", "2022-02-30").build());
    assertThat(flaggedByTheYearsRule("8720", unreadable, year)).hasSize(1);
  }
}
