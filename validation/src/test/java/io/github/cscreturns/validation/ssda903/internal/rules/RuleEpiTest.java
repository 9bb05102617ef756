package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEpiTest {
  private static final CollectionYear Y = CollectionYear.Y2025_26;

  private static List<Integer> epi(List<Child> children) {
    RuleSet set = RuleSet.builder(Y).add(new RuleEpi()).build();
    return Validator.builder(set).build().validate(children).findings().stream()
        .filter(f -> f.ruleCode().equals("EPI"))
        .peek(f -> assertThat(f.table()).isEqualTo("Header"))
        .map(f -> f.recordIndex().orElseThrow())
        .toList();
  }

  @Test
  void firesOnAHeaderWithNeitherEpisodesNorCareLeaverRecord() {
    Child withEpisodes = child(Y).build();
    Child without = child(Y).childId(ChildId.of("C0002")).episodes(List.of()).build();
    assertThat(epi(List.of(withEpisodes, without))).containsExactly(1);
    // both Header rows of a repeated child without records
    assertThat(epi(List.of(without, withEpisodes, without))).containsExactly(0, 2);
  }

  @Test
  void silentWithEpisodesOrACareLeaverRecordOrNoHeader() {
    assertThat(epi(List.of(child(Y).build()))).isEmpty();
    var oc3 = CareLeaverCheckpoint.builder().build();
    assertThat(epi(List.of(child(Y).episodes(List.of()).addCareLeaverCheckpoints(oc3).build()))).isEmpty();
    assertThat(epi(List.of(child(Y).episodes(List.of()).headerRecorded(false).build()))).isEmpty();
    // a second Header row of a child whose episodes sit under the first
    Child first = child(Y).build();
    Child repeat = child(Y).episodes(List.of()).build();
    assertThat(epi(List.of(first, repeat))).isEmpty();
  }
}
