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

class Rule166Test {
  private final Rule166 rule = new Rule166();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnABlankOrUnreadableReviewDate(CollectionYear year) {
    Review blank = Review.builder().participation(ReviewParticipation.PN1).build();
    Review unreadable = Review.builder().participation(ReviewParticipation.PN1).putUnparsed("REVIEW", "31/02/2023").build();
    Review dated = Review.builder().date(LocalDate.of(year.startYear(), 9, 1)).participation(ReviewParticipation.PN1).build();
    assertThat(flagged(rule, child(year).addReviews(blank, dated, unreadable).build(), year)).containsExactly(blank, unreadable);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnDatedReviews(CollectionYear year) {
    Review dated = Review.builder().date(LocalDate.of(year.startYear(), 9, 1)).participation(ReviewParticipation.PN1).build();
    assertThat(flagged(rule, child(year).addReviews(dated).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
  }

}
