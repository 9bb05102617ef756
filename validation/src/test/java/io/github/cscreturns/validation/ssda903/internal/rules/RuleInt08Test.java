package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.core.ssda903.Review;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt08Test {
  private final RuleInt08 rule = new RuleInt08();
  private final Review first = Review.builder().date(LocalDate.of(2023, 9, 1)).participation(ReviewParticipation.PN1).build();
  private final Review second = Review.builder().date(LocalDate.of(2023, 12, 1)).participation(ReviewParticipation.PN1).build();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnEveryReviewOfAChildWithoutHeader(CollectionYear year) {
    assertThat(flagged(rule, child(year).headerRecorded(false).addReviews(first, second).build(), year)).containsExactly(first, second);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithAHeader(CollectionYear year) {
    assertThat(flagged(rule, child(year).addReviews(first, second).build(), year)).isEmpty();
  }
}
