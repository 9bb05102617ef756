package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The header and field rules (group A) never throw, whatever a buildable child holds. */
class GroupARobustnessTest {
  private static final Map<String, String> EVERY_ITEM_UNPARSED =
      Map.ofEntries(
          Map.entry("DECOM", "x"), Map.entry("DEC", "x"), Map.entry("RNE", "x"), Map.entry("LS", "x"),
          Map.entry("CIN", "x"), Map.entry("PLACE", "x"), Map.entry("PLACE_PROVIDER", "x"), Map.entry("REC", "x"),
          Map.entry("REASON_PLACE_CHANGE", "x"), Map.entry("URN", "x"), Map.entry("PL_POST", "x"));

  private static List<Child> oddChildren(CollectionYear year) {
    Episode empty = Episode.builder().build();
    Episode unparsed = Episode.builder().unparsed(EVERY_ITEM_UNPARSED).build();
    ImmutableEpisode backwards =
        Episode.builder()
            .start(LocalDate.of(year.startYear(), 9, 1))
            .end(LocalDate.of(year.startYear(), 5, 1))
            .reasonCeased(ReasonEpisodeCeased.E11)
            .reasonPlaceChange(ReasonPlacementChange.CUSTOD)
            .placement(Placement.builder().type(PlacementType.H5).postcode(Postcode.of("??")).build())
            .build();
    Episode sameDay = backwards.withStart(LocalDate.of(year.startYear(), 9, 1));
    return List.of(
        Child.builder().childId(ChildId.of("E")).build(),
        Child.builder().childId(ChildId.of("H")).headerRecorded(false).addEpisodes(empty, unparsed).build(),
        Child.builder()
            .childId(ChildId.of("U"))
            .unparsed(Map.of("SEX", "x", "DOB", "x", "UPN", "x", "MOTHER", "x", "MC_DOB", "x", "UASC", "x"))
            .addEpisodes(unparsed, empty, backwards, sameDay)
            .addUasc(Uasc.builder().unparsed(Map.of("DUC", "x")).build())
            .build(),
        RuleTester.child(year)
            .dob(LocalDate.of(year.endYear() + 5, 1, 1))
            .motherChildDob(LocalDate.of(1900, 1, 1))
            .upn(Upn.of(""))
            .uascFlag(UascFlag.YES)
            .addEpisodes(backwards, sameDay, empty)
            .build());
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"})
  void neverThrows(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    List<Child> children = oddChildren(year);
    List<RuleContext> contexts =
        List.of(
            RuleContext.of(year),
            RuleTesterA.withBaselinePostcodes(year).withPrevious(Optional.of(children.get(2))),
            RuleTesterA.withBaselinePostcodes(year).withPrevious(Optional.empty()));
    for (Rule rule : set.rules()) {
      if (!rule.getClass().getPackageName().endsWith("internal.rules")) {
        continue;
      }
      for (Child child : children) {
        for (RuleContext context : contexts) {
          assertThatCode(() -> RuleTester.flagged(rule, child, context)).as(rule.code()).doesNotThrowAnyException();
        }
      }
    }
  }
}
