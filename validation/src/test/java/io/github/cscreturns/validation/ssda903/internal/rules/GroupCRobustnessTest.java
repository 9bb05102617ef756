package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The group C rules never throw on a child that can be built, however incomplete or inconsistent. */
class GroupCRobustnessTest {
  private static final List<String> CODES = List.of(
      "392a", "392b", "392c", "392d", "393", "398", "406", "407", "408", "420", "426", "431", "432", "433",
      "434", "435", "436", "437", "442", "445", "446", "451", "454", "460", "501", "503D", "504", "516",
      "526", "527", "528", "529", "530", "531", "550", "1009", "1012", "1015", "EPI", "INT03");

  private static List<Child> oddChildren(CollectionYear y) {
    Episode empty = Episode.builder().build();
    Episode garbled = Episode.builder()
        .putUnparsed("DECOM", "31/02/2020").putUnparsed("DEC", "x").putUnparsed("PLACE", "??").putUnparsed("LS", "Q")
        .putUnparsed("RNE", "?").putUnparsed("REC", "E0").putUnparsed("HOME_POST", "!").putUnparsed("PL_POST", "?")
        .putUnparsed("PLACE_PROVIDER", "PR9").putUnparsed("CIN", "N0").putUnparsed("URN", "-")
        .putUnparsed("REASON_PLACE_CHANGE", "Z")
        .build();
    Episode backwards = episode(y).start(LocalDate.of(y.startYear(), 9, 1)).end(LocalDate.of(y.startYear(), 5, 1))
        .reasonCeased(ReasonEpisodeCeased.E2).placement(Placement.empty()).homePostcode(Optional.empty()).build();
    Episode twin = episode(y).reasonNewEpisode(ReasonNewEpisode.B).build();
    return List.of(
        Child.builder().childId(io.github.cscreturns.core.ChildId.of("X")).build(),
        Child.builder().childId(io.github.cscreturns.core.ChildId.of("Y")).headerRecorded(false).addEpisodes(empty, garbled).build(),
        child(y).dob(Optional.empty()).sex(Optional.empty()).upn(Optional.empty()).motherStatus(Optional.empty())
            .episodes(List.of(garbled, empty, backwards, twin, twin)).build(),
        child(y).dob(LocalDate.of(y.endYear() + 1, 1, 1)).episodes(List.of(backwards, episode(y).build())).build());
  }

  @Test
  void silentOrFlaggingButNeverThrowingOnOddChildrenInEveryYear() {
    for (CollectionYear y : List.of(CollectionYear.Y2022_23, CollectionYear.Y2023_24, CollectionYear.Y2024_25, CollectionYear.Y2025_26, CollectionYear.Y2026_27)) {
      RuleSet set = RuleSet.forYear(y);
      List<Child> children = oddChildren(y);
      RuleContext ctx = RuleTesterC.context(y).withPrevious(Optional.of(children.get(2)));
      for (String code : CODES) {
        Optional<Rule> rule = set.rule(code);
        if (rule.isEmpty()) {
          continue;
        }
        for (Child c : children) {
          assertThatCode(() -> rule.get().check(c, ctx, new Flags())).as("%s in %s", code, y).doesNotThrowAnyException();
          assertThatCode(() -> rule.get().check(c, RuleContext.of(y), new Flags())).as("%s in %s", code, y).doesNotThrowAnyException();
        }
      }
    }
  }
}
