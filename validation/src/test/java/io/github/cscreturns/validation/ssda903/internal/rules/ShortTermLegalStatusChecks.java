package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.ReturnRule;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks shared by the tests of the short-term legal status length rules (361 for L1, 362 for L2,
 * 363 for L3, 364 for J2): a spell of the status longer than its maximum days is flagged, measured over
 * consecutive episodes, open spells running to 31 March.
 */
final class ShortTermLegalStatusChecks {
  private static final LocalDate START = date(2022, 6, 1);

  private ShortTermLegalStatusChecks() {}

  /** What a per-child rule flags of the children. */
  static Function<List<Child>, List<Ssda903Record>> of(Rule rule) {
    return children -> children.stream().flatMap(c -> RuleTester.flagged(rule, c, YEAR).stream()).toList();
  }

  /** What a whole-return rule flags of the children, given in that order. */
  static Function<List<Child>, List<Ssda903Record>> of(ReturnRule rule) {
    return children -> {
      ReturnRule.Accumulator accumulator = rule.newAccumulator(RuleContext.of(YEAR));
      for (int i = 0; i < children.size(); i++) {
        accumulator.accept(children.get(i), i);
      }
      List<Ssda903Record> flagged = new ArrayList<>();
      accumulator.finish(new ReturnRule.ReturnFlags() {
        @Override
        public void flagHeader(int ordinal) {
          flagged.add(children.get(ordinal));
        }

        @Override
        public void flag(int ordinal, Ssda903Record record) {
          flagged.add(record);
        }
      });
      return flagged;
    };
  }

  /** The rule flags a spell of {@code status} one day over {@code maximumDays}, alone, split or open. */
  static void firesForASpellLongerThanTheMaximum(Function<List<Child>, List<Ssda903Record>> rule, LegalStatus status, int maximumDays) {
    Episode tooLong = withStatus(YEAR, status, START, START.plusDays(maximumDays + 1));
    assertThat(rule.apply(List.of(childWith(YEAR, tooLong)))).containsExactly(tooLong);
    // a spell over two consecutive episodes is measured as a whole
    Episode first = withStatus(YEAR, status, START, START.plusDays(1));
    Episode second = withStatus(YEAR, status, START.plusDays(1), START.plusDays(maximumDays + 1));
    Episode after = withStatus(YEAR, LegalStatus.C1, START.plusDays(maximumDays + 1), null);
    assertThat(rule.apply(List.of(childWith(YEAR, first, second, after)))).containsExactlyInAnyOrder(first, second);
    // an open spell runs to 31 March
    Episode open = withStatus(YEAR, status, YEAR.ssda903End().minusDays(maximumDays + 1), null);
    assertThat(rule.apply(List.of(childWith(YEAR, open)))).containsExactly(open);
  }

  /** The rule is silent on spells of at most {@code maximumDays} and on separated spells. */
  static void silentForSpellsOfAtMostTheMaximum(Function<List<Child>, List<Ssda903Record>> rule, LegalStatus status, int maximumDays) {
    assertThat(rule.apply(List.of(child(YEAR).build()))).isEmpty();
    Episode longest = withStatus(YEAR, status, START, START.plusDays(maximumDays));
    assertThat(rule.apply(List.of(childWith(YEAR, longest)))).isEmpty();
    // two short spells separated by a gap and another status are not added up
    Episode one = withStatus(YEAR, status, START, START.plusDays(maximumDays));
    Episode between = withStatus(YEAR, LegalStatus.C1, START.plusDays(maximumDays + 1), START.plusDays(maximumDays + 5));
    Episode two = withStatus(YEAR, status, START.plusDays(maximumDays + 5), START.plusDays(2 * maximumDays + 5));
    assertThat(rule.apply(List.of(childWith(YEAR, one, between, two)))).isEmpty();
    Episode open = withStatus(YEAR, status, YEAR.ssda903End().minusDays(maximumDays), null);
    assertThat(rule.apply(List.of(childWith(YEAR, open)))).isEmpty();
  }

  /** An episode whose DEC is not a date. */
  static Episode unknownEnd(LegalStatus status) {
    return RuleTester.episode(YEAR).legalStatus(status).start(START).unparsed(Map.of("DEC", "32/13/2022")).build();
  }

  /** For 363 and 364: two episodes of a child are one spell only where they follow each other in the return. */
  static void spellsFollowTheReturnOrder(Function<List<Child>, List<Ssda903Record>> rule, LegalStatus status, int maximumDays) {
    Episode first = withStatus(YEAR, status, START, START.plusDays(maximumDays));
    Episode second = withStatus(YEAR, status, START.plusDays(maximumDays), START.plusDays(maximumDays + 1));
    assertThat(rule.apply(List.of(childWith(YEAR, first, second)))).containsExactlyInAnyOrder(first, second);
    // and another child's episode with the status between them in the return separates them
    Child a = childWith(YEAR, first);
    Child other = RuleTester.child(YEAR).childId(ChildId.of("C0002")).episodes(List.of(withStatus(YEAR, status, START, START))).build();
    Child b = childWith(YEAR, second);
    assertThat(rule.apply(List.of(a, other, b))).isEmpty();
  }
}
