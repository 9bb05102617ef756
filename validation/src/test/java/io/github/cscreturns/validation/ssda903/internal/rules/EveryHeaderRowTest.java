package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.completeOc2;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.validation.ssda903.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A child given twice in the Header, as the CSV reader gives it: the first child with the records, the
 * second a Header row without records. The year's rule set judges the records against both rows.
 */
class EveryHeaderRowTest {
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  /** The findings of the year's rule with the code on the children, as the table (and a Header row's index). */
  private static List<String> findings(String code, List<Child> children) {
    RuleSet set = RuleSet.forYear(YEAR);
    return Validator.builder(set).build().validate(children).findings().stream()
        .filter(f -> f.ruleCode().equals(code))
        .map(EveryHeaderRowTest::at)
        .toList();
  }

  private static String at(Finding f) {
    // records built here have no source: only a Header finding has an index (the child's position)
    return f.table().equals("Header") ? "Header " + f.recordIndex().orElseThrow() : f.table();
  }

  /** The child's Header row again, without records (as the CSV reader gives a repeated row). */
  private static ImmutableChild headerRowOf(Child child) {
    return ImmutableChild.builder().from(child).episodes(List.of()).previousPermanence(List.of()).reviews(List.of()).uasc(List.of())
        .socialWorkerEpisodes(List.of()).healthOutcomes(List.of()).careLeaverCheckpoints(List.of()).build();
  }

  @Test
  void rule165FlagsBothHeaderRowsOfAGirlWithoutMotherStatus() {
    Child girl = child(YEAR).sex(female(YEAR)).build();
    assertThat(findings("165", List.of(girl, headerRowOf(girl)))).containsExactly("Header 0", "Header 1");
    // a boy's two rows: neither
    Child boy = child(YEAR).build();
    assertThat(findings("165", List.of(boy, headerRowOf(boy)))).isEmpty();
  }

  @Test
  void rule358FlagsTheSecondHeaderRowToo() {
    Child child = child(YEAR).dob(LocalDate.of(2014, 1, 1))
        .episodes(List.of(RuleTester.episode(YEAR).legalStatus(LegalStatus.J1).build())).build();
    assertThat(findings("358", List.of(child, headerRowOf(child)))).containsExactlyInAnyOrder("Episodes", "Header 0", "Header 1");
    // a second row that gives the child a DOB over 10: only the first row is flagged
    Child older = headerRowOf(child).withDob(LocalDate.of(2005, 1, 1));
    assertThat(findings("358", List.of(child, older))).containsExactlyInAnyOrder("Episodes", "Header 0");
  }

  @Test
  void rule359JudgesTheOpenEpisodeByASecondRowsDob() {
    Child young = child(YEAR).build();
    Child adult = headerRowOf(young).withDob(LocalDate.of(YEAR.startYear() - 19, 5, 20));
    assertThat(findings("359", List.of(young, adult))).containsExactly("Episodes");
    assertThat(findings("359", List.of(young, headerRowOf(young)))).isEmpty();
  }

  @Test
  void int14AndInt16CompareTheRowsDobWithASecondHeaderRowsDob() {
    Child child = child(YEAR).addHealthOutcomes(completeOc2().build()).build();
    Child otherDob = headerRowOf(child).withDob(child.dob().orElseThrow().plusDays(2));
    assertThat(findings("INT14", List.of(child, otherDob))).containsExactly("OC2");
    assertThat(findings("INT16", List.of(child, otherDob))).containsExactly("PrevPerm");
    // the same DOB twice, or a row whose DOB was left blank or is not a date: nothing to compare
    assertThat(findings("INT14", List.of(child, headerRowOf(child)))).isEmpty();
    Child blankDob = child(YEAR).addHealthOutcomes(completeOc2().asWritten(Map.of("DOB", "")).build()).build();
    assertThat(findings("INT14", List.of(blankDob, headerRowOf(blankDob).withDob(LocalDate.of(2001, 1, 1))))).isEmpty();
    Child notADate = child(YEAR).addHealthOutcomes(completeOc2().unparsed(Map.of("DOB", "xx")).build()).build();
    assertThat(findings("INT14", List.of(notADate, headerRowOf(notADate).withDob(LocalDate.of(2001, 1, 1))))).isEmpty();
    // a row's own DOB that is the second row's: differs from the first's only
    Child ownDob = child(YEAR).addHealthOutcomes(completeOc2().dob(otherDob.dob().orElseThrow()).build()).build();
    assertThat(findings("INT14", List.of(ownDob, headerRowOf(ownDob).withDob(otherDob.dob().orElseThrow())))).containsExactly("OC2");
  }

  @Test
  void rule393FlagsBothHeaderRowsOfALookedAfterGirlWithoutMotherStatus() {
    Child girl = child(YEAR).sex(female(YEAR)).build();
    assertThat(findings("393", List.of(girl, headerRowOf(girl)))).containsExactly("Header 0", "Header 1");
    // the repeated row says the child is a boy: only the girl's row
    Child boy = headerRowOf(girl).withSex(child(YEAR).build().sex());
    assertThat(findings("393", List.of(girl, boy))).containsExactly("Header 0");
  }

  @Test
  void int17AndInt18CompareTheRowsDobWithASecondHeaderRowsDob() {
    Child child = child(YEAR)
        .addReviews(Review.builder().date(LocalDate.of(2022, 9, 1)).participation(ReviewParticipation.PN1).build())
        .addUasc(Uasc.builder().build()).build();
    Child otherDob = headerRowOf(child).withDob(child.dob().orElseThrow().plusDays(2));
    assertThat(findings("INT17", List.of(child, otherDob))).containsExactly("Reviews");
    assertThat(findings("INT18", List.of(child, otherDob))).containsExactly("UASC");
    assertThat(findings("INT17", List.of(child, headerRowOf(child)))).isEmpty();
    assertThat(findings("INT18", List.of(child, headerRowOf(child)))).isEmpty();
  }
}
