package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.core.ssda903.Review;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt17Test {
  private final io.github.cscreturns.validation.ssda903.Rule rule = new RuleInt17().perChild();
  private final Review asHeader = Review.builder().date(LocalDate.of(2023, 9, 1)).participation(ReviewParticipation.PN1).build();
  private final Review other = Review.builder().from(asHeader).dob(LocalDate.of(2001, 1, 1)).build();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAReviewWithAnotherDob(CollectionYear year) {
    assertThat(flagged(rule, child(year).addReviews(asHeader, other).build(), year)).containsExactly(other);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenEitherDobIsUnknownOrTheHeaderIsMissing(CollectionYear year) {
    assertThat(flagged(rule, child(year).addReviews(asHeader).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).dob(Optional.empty()).addReviews(other).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).headerRecorded(false).addReviews(other).build(), year)).isEmpty();
    Review unreadable = Review.builder().from(asHeader).putUnparsed("DOB", "x").build();
    assertThat(flagged(rule, child(year).addReviews(unreadable).build(), year)).isEmpty();
  }
}
