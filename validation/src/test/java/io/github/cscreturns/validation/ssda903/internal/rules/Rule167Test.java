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

class Rule167Test {
  private final Rule167 rule = new Rule167();

  private static LocalDate day(CollectionYear year) {
    return LocalDate.of(year.startYear(), 9, 1);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnABlankOrUnknownCodeOrACodeWithoutADate(CollectionYear year) {
    Review blankCode = Review.builder().date(day(year)).build();
    Review unknown = Review.builder().date(day(year)).putUnparsed("REVIEW_CODE", "PN9").build();
    Review undated = Review.builder().participation(ReviewParticipation.PN2).build();
    Review fine = Review.builder().date(day(year)).participation(ReviewParticipation.PN2).build();
    assertThat(flagged(rule, child(year).addReviews(blankCode, fine, unknown, undated).build(), year))
        .containsExactly(blankCode, unknown, undated);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnAValidCodeOrAnEmptyRow(CollectionYear year) {
    Review fine = Review.builder().date(day(year)).participation(ReviewParticipation.PN0).build();
    Review unreadableDate = Review.builder().putUnparsed("REVIEW", "1/9/23").participation(ReviewParticipation.PN7).build();
    Review empty = Review.builder().build();
    assertThat(flagged(rule, child(year).addReviews(fine, unreadableDate, empty).build(), year)).isEmpty();
  }
}
