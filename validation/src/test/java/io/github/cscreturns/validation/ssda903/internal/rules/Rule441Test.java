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

class Rule441Test {
  private final Rule441 rule = new Rule441();

  private static Review review(LocalDate date, ReviewParticipation code) {
    return Review.builder().date(date).participation(code).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnOlderChildsCodeBeforeTheFourthBirthday(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 3, 5, 1);
    Review pn1 = review(dob.plusYears(4).minusDays(1), ReviewParticipation.PN1);
    Review pn7 = review(dob.plusYears(1), ReviewParticipation.PN7);
    Review pn0 = review(dob.plusYears(1), ReviewParticipation.PN0);
    assertThat(flagged(rule, child(year).dob(dob).addReviews(pn1, pn0, pn7).build(), year)).containsExactly(pn1, pn7);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentFromTheFourthBirthday(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 4, 5, 1);
    Review onBirthday = review(dob.plusYears(4), ReviewParticipation.PN1);
    Review undated = Review.builder().participation(ReviewParticipation.PN1).build();
    assertThat(flagged(rule, child(year).dob(dob).addReviews(onBirthday, undated).build(), year)).isEmpty();
  }
}
