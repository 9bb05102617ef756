package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
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

/**
 * No rule of any year throws on odd children that can be built: empty records, unparsed text in every
 * item, episodes ending before they start, a DOB after the year, no header.
 */
class OddChildrenTest {
  private static final Map<String, String> EVERY_ITEM_UNPARSED =
      Map.ofEntries(
          Map.entry("DECOM", "x"), Map.entry("DEC", "x"), Map.entry("RNE", "x"), Map.entry("LS", "x"),
          Map.entry("CIN", "x"), Map.entry("PLACE", "x"), Map.entry("PLACE_PROVIDER", "x"), Map.entry("REC", "x"),
          Map.entry("REASON_PLACE_CHANGE", "x"), Map.entry("URN", "x"), Map.entry("PL_POST", "x"));

  private static List<Child> oddChildren(CollectionYear year) {
    List<Child> children = new java.util.ArrayList<>(headerOddities(year));
    children.addAll(episodeOddities(year));
    return children;
  }

  private static List<Child> headerOddities(CollectionYear year) {
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

  private static List<Child> episodeOddities(CollectionYear year) {
    Episode empty = Episode.builder().build();
    Episode garbled = Episode.builder()
        .putUnparsed("DECOM", "31/02/2020").putUnparsed("DEC", "x").putUnparsed("PLACE", "??").putUnparsed("LS", "Q")
        .putUnparsed("RNE", "?").putUnparsed("REC", "E0").putUnparsed("HOME_POST", "!").putUnparsed("PL_POST", "?")
        .putUnparsed("PLACE_PROVIDER", "PR9").putUnparsed("CIN", "N0").putUnparsed("URN", "-")
        .putUnparsed("REASON_PLACE_CHANGE", "Z")
        .build();
    Episode backwards = RuleTester.episode(year).start(LocalDate.of(year.startYear(), 9, 1)).end(LocalDate.of(year.startYear(), 5, 1))
        .reasonCeased(ReasonEpisodeCeased.E2).placement(Placement.empty()).homePostcode(Optional.empty()).build();
    Episode twin = RuleTester.episode(year).reasonNewEpisode(ReasonNewEpisode.B).build();
    return List.of(
        Child.builder().childId(ChildId.of("Y")).headerRecorded(false).addEpisodes(empty, garbled).build(),
        RuleTester.child(year).dob(Optional.empty()).sex(Optional.empty()).upn(Optional.empty()).motherStatus(Optional.empty())
            .episodes(List.of(garbled, empty, backwards, twin, twin)).build(),
        RuleTester.child(year).dob(LocalDate.of(year.endYear() + 1, 1, 1)).episodes(List.of(backwards, RuleTester.episode(year).build())).build());
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"})
  void neverThrows(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    List<Child> children = oddChildren(year);
    List<RuleContext> contexts =
        List.of(
            RuleContext.of(year),
            RuleTester.withPostcodes(year).withPrevious(Optional.of(children.get(children.size() - 2))),
            RuleTester.withPostcodes(year).withPrevious(Optional.of(children.get(2))),
            RuleTester.withPostcodes(year).withPrevious(Optional.empty()));
    for (Rule rule : set.rules()) {
      for (Child child : children) {
        for (RuleContext context : contexts) {
          assertThatCode(() -> RuleTester.flagged(rule, child, context)).as(rule.code()).doesNotThrowAnyException();
        }
      }
    }
  }
}
