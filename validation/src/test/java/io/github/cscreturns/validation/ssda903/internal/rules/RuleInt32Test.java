package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleInt32Test {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static List<Finding> int32(List<Child> children) {
    RuleSet set = RuleSet.builder(YEAR).add(new RuleInt32()).build();
    return Validator.builder(set).build().validate(children).findings().stream()
        .filter(f -> f.ruleCode().equals("INT32"))
        .toList();
  }

  @Test
  void firesOnEveryHeaderOfARepeatedChild() {
    Child a = child(YEAR).build();
    Child b = child(YEAR).childId(ChildId.of("C0002")).build();
    List<Finding> findings = int32(List.of(a, b, a));
    assertThat(findings).extracting(f -> f.childId().orElseThrow().value()).containsExactly("C0001", "C0001");
    assertThat(findings).extracting(f -> f.recordIndex().orElseThrow()).containsExactly(0, 2);
    assertThat(findings).allMatch(f -> f.table().equals("Header"));
  }

  @Test
  void silentWhenEveryChildIsInTheHeaderOnce() {
    assertThat(int32(List.of(child(YEAR).build(), child(YEAR).childId(ChildId.of("C0002")).build()))).isEmpty();
  }
}
