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

class Rule440Test {
  private final Rule440 rule = new Rule440();

  private static Review review(LocalDate date, ReviewParticipation code) {
    return Review.builder().date(date).participation(code).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnPn0AfterTheFourthBirthday(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 4, 5, 1);
    Review after = review(dob.plusYears(4).plusDays(1), ReviewParticipation.PN0);
    Review onBirthday = review(dob.plusYears(4), ReviewParticipation.PN0);
    assertThat(flagged(rule, child(year).dob(dob).addReviews(after, onBirthday).build(), year)).containsExactly(after);
    // The review's own DOB counts where it differs from the Header's.
    Review ownDob = Review.builder().from(onBirthday).dob(dob.minusDays(1)).build();
    assertThat(flagged(rule, child(year).dob(dob).addReviews(ownDob).build(), year)).containsExactly(ownDob);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentUnderFourOrForOtherCodes(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 3, 5, 1);
    Review under = review(LocalDate.of(year.startYear(), 9, 1), ReviewParticipation.PN0);
    Review older = review(dob.plusYears(10), ReviewParticipation.PN1);
    assertThat(flagged(rule, child(year).dob(dob).addReviews(under, older).build(), year)).isEmpty();
    Review unreadableDob = Review.builder().from(older).participation(ReviewParticipation.PN0).putUnparsed("DOB", "x").build();
    assertThat(flagged(rule, child(year).dob(dob).addReviews(unreadableDob).build(), year)).isEmpty();
    // a CSV row whose DOB was left blank: the review's age cannot be told from its row
    Review blankDob = Review.builder().from(older).participation(ReviewParticipation.PN0).putAsWritten("DOB", "").build();
    assertThat(flagged(rule, child(year).dob(dob).addReviews(blankDob).build(), year)).isEmpty();
  }
}
