package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule399Test {
  private final Rule399 rule = new Rule399();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAReviewOrMotherForAShortBreaksChild(CollectionYear year) {
    Episode v3 = episode(year).legalStatus(LegalStatus.V3).build();
    Episode v4 = episode(year).legalStatus(LegalStatus.V4).start(LocalDate.of(year.startYear(), 8, 1)).build();
    Review review = Review.builder().date(LocalDate.of(year.startYear(), 9, 1)).participation(ReviewParticipation.PN1).build();
    Review empty = Review.builder().build();
    Child reviewed = child(year).motherStatus(Optional.empty()).episodes(List.of(v3, v4)).addReviews(review, empty).build();
    assertThat(flagged(rule, reviewed, year)).containsExactly(v3, v4, reviewed, review);
    // MOTHER filled in: every review row goes with it.
    Child mother = child(year).motherStatus(MotherStatus.NOT_A_MOTHER).episodes(List.of(v3)).addReviews(empty).build();
    assertThat(flagged(rule, mother, year)).containsExactly(v3, mother, empty);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenAnyEpisodeIsNotShortBreaksOrNothingIsFilledIn(CollectionYear year) {
    Episode v3 = episode(year).legalStatus(LegalStatus.V3).build();
    Episode c2 = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).build();
    Review review = Review.builder().date(LocalDate.of(year.startYear(), 9, 1)).participation(ReviewParticipation.PN1).build();
    assertThat(flagged(rule, child(year).episodes(List.of(v3, c2)).addReviews(review).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).motherStatus(Optional.empty()).episodes(List.of(v3)).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addReviews(review).build(), year)).isEmpty();
  }
}
