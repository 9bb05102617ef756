package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks every rule on the adopters' sexes for a legal status shares (514, 517–520, 524): the
 * rule flags an AD1 row of that status with another sex, none, or text that is not a code, and is
 * silent on the sexes the status allows and on rows of another status.
 */
final class AdopterSexChecks {
  private AdopterSexChecks() {}

  static void firesOnOtherSexesOrNone(Rule rule, CollectionYear year, AdopterLegalStatus status, AdopterSex wrongSex) {
    var wrong = AdoptionRecords.adoption(year).adopterLegalStatus(status).adopterSex(wrongSex).build();
    var blank = AdoptionRecords.adoption(year).adopterLegalStatus(status).adopterSex(Optional.empty()).build();
    var invalid = blank.withUnparsed(Map.of("SEX_ADOPTR", "XX"));
    Child c = child(year).addAdoptions(wrong, blank, invalid).build();
    assertThat(flagged(rule, c, year)).containsExactly(wrong, blank, invalid);
  }

  static void silentOnItsSexesOrAnotherStatus(
      Rule rule, CollectionYear year, AdopterLegalStatus status, List<AdopterSex> allowed,
      AdopterLegalStatus otherStatus, AdopterSex otherSex) {
    for (AdopterSex sex : allowed) {
      var ok = AdoptionRecords.adoption(year).adopterLegalStatus(status).adopterSex(sex).build();
      assertThat(flagged(rule, child(year).addAdoptions(ok).build(), year)).isEmpty();
    }
    var other = AdoptionRecords.adoption(year).adopterLegalStatus(otherStatus).adopterSex(otherSex).build();
    assertThat(flagged(rule, child(year).addAdoptions(other).build(), year)).isEmpty();
  }
}
