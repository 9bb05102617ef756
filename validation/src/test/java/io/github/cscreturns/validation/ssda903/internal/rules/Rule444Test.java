package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule444Test {
  private static final CollectionYear Y = CollectionYear.Y2025_26;

  private static List<Finding> findings(List<Child> children) {
    RuleSet set = RuleSet.builder(Y).add(new Rule444()).build();
    return Validator.builder(set).build().validate(children).findings().stream()
        .filter(f -> f.ruleCode().equals("444"))
        .toList();
  }

  private static Child withUpn(String id, Optional<Upn> upn) {
    return child(Y).childId(ChildId.of(id)).upn(upn).build();
  }

  @Test
  void firesOnEveryHeaderSharingAUpn() {
    List<Finding> found = findings(List.of(
        withUpn("C1", Optional.of(Upn.of("A123456789012"))),
        withUpn("C2", Optional.of(Upn.of("B123456789012"))),
        withUpn("C3", Optional.of(Upn.of("a123456789012"))),
        // judged as the DfE reads items: case aside, spaces kept, so a padded UPN is another text
        withUpn("C4", Optional.of(Upn.of("B123456789012 ")))));
    assertThat(found).extracting(f -> f.childId().orElseThrow().value()).containsExactly("C1", "C3");
    assertThat(found).allMatch(f -> f.table().equals("Header"));
  }

  @Test
  void firesOnASharedUnknownReasonTheDfeDoesNotExempt() {
    // the DfE's logic exempts UN1 to UN5 only
    List<Finding> found = findings(List.of(
        withUpn("C1", Optional.of(Upn.of("UN6"))),
        withUpn("C2", Optional.of(Upn.of("UN6"))),
        withUpn("C3", Optional.of(Upn.of("un5"))),
        withUpn("C4", Optional.of(Upn.of("UN5")))));
    assertThat(found).extracting(f -> f.childId().orElseThrow().value()).containsExactly("C1", "C2");
  }

  @Test
  void silentOnDistinctUpnsUnknownReasonsAndBlanks() {
    assertThat(findings(List.of(
        withUpn("C1", Optional.of(Upn.of("A123456789012"))),
        withUpn("C2", Optional.of(Upn.of("B123456789012"))),
        withUpn("C3", Optional.of(Upn.of("UN1"))),
        withUpn("C4", Optional.of(Upn.of("UN1"))),
        withUpn("C5", Optional.empty()),
        withUpn("C6", Optional.empty())))).isEmpty();
  }
}
