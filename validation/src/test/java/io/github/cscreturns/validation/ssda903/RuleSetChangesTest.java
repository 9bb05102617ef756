package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each year's rule set records the DfE's changes from the year before: every redefinition the DfE's
 * rule list records ("Version k of n", a definition starting that year) of a rule we implement is
 * registered with {@code replace} in that year, and nothing else is, save the departures named here.
 * A rule whose definition is a constructor argument behaves differently from the year before only in
 * a year the DfE redefined it.
 */
class RuleSetChangesTest {
  /** Replacements the DfE's rule list does not record, each with why (see the rule's javadoc). */
  private static final Map<String, CollectionYear> DEPARTURES =
      Map.of("1015", CollectionYear.Y2025_26); // the public validator's 2025-26 definition adds K3

  static List<CollectionYear> derivedYears() {
    return RuleCatalogue.years().subList(1, RuleCatalogue.years().size());
  }

  /** The codes with a definition the DfE's rule list starts in the year, after an earlier one. */
  private static Set<String> redefinedBySpec(CollectionYear year) {
    Set<String> codes = new TreeSet<>();
    for (Map<String, String> row : SpecFiles.csv("ssda903/rules.csv")) {
      String notes = row.get("notes");
      if (year.label().equals(row.get("first_year")) && notes.contains("Version ") && !notes.contains("Version 1 of")) {
        codes.add(row.get("code"));
      }
    }
    return codes;
  }

  @ParameterizedTest
  @MethodSource("derivedYears")
  void theRegisteredRedefinitionsAreTheDfes(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    RuleSet last = set.previous().orElseThrow();
    Set<String> registered = set.changes().stream()
        .filter(c -> c.kind() == RuleChange.Kind.REDEFINED)
        .map(RuleChange::code)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = redefinedBySpec(year).stream()
        .filter(code -> set.isImplemented(code) && last.isImplemented(code))
        .collect(Collectors.toCollection(TreeSet::new));
    DEPARTURES.forEach((code, y) -> {
      if (y == year) {
        expected.add(code);
      }
    });
    assertThat(registered).as("rules replaced in %s", year).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("derivedYears")
  void addedAndDeletedRulesAreTheCataloguesDifference(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    RuleCatalogue last = set.previous().orElseThrow().catalogue();
    for (RuleChange change : set.changes()) {
      switch (change.kind()) {
        case ADDED -> assertThat(last.contains(change.code())).as(change.code()).isFalse();
        case DELETED -> assertThat(set.catalogue().contains(change.code())).as(change.code()).isFalse();
        case REDEFINED -> assertThat(last.contains(change.code()) && set.catalogue().contains(change.code())).isTrue();
      }
      assertThat(change.implemented()).isEqualTo(
          change.kind() == RuleChange.Kind.DELETED
              ? set.previous().orElseThrow().isImplemented(change.code())
              : set.isImplemented(change.code()));
    }
    long added = set.catalogue().rules().stream().filter(m -> !last.contains(m.code())).count();
    assertThat(set.changes().stream().filter(c -> c.kind() == RuleChange.Kind.ADDED)).hasSize((int) added);
  }

  /** Rules whose definition is a grouping of placement types, probed with one episode of each type. */
  private static final List<String> GROUPING_RULES = List.of("178", "213", "218", "222", "370", "371", "1015");

  /** The placement types whose one-episode child the year's rule flags (each with a provider and a URN, or neither). */
  private static Set<String> flaggedTypes(String code, CollectionYear year) {
    Set<String> flagged = new TreeSet<>();
    RuleSet set = RuleSet.forYear(year);
    if (set.rule(code).isEmpty()) {
      return flagged;
    }
    for (PlacementType type : PlacementType.values()) {
      for (boolean filled : new boolean[] {true, false}) {
        Placement placement = Placement.builder()
            .type(type)
            .provider(filled ? java.util.Optional.of(PlacementProvider.PR1) : java.util.Optional.empty())
            .urn(filled ? java.util.Optional.of(Urn.of("SC123456")) : java.util.Optional.empty())
            .postcode(io.github.cscreturns.core.Postcode.of(RuleTester.PLACEMENT_POSTCODE))
            .build();
        // ceased, so that the age rules (which judge ceased episodes only) see it
        Episode e = RuleTester.episode(year).placement(placement)
            .end(LocalDate.of(year.startYear(), 6, 11))
            .reasonCeased(io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased.X1)
            .build();
        Child child = RuleTester.child(year).dob(LocalDate.of(year.startYear() - 15, 5, 1)).episodes(List.of(e)).build();
        RuleContext context = RuleTester.withPostcodes(year, 3.0, Map.of(RuleTester.PLACEMENT_POSTCODE, "999"));
        if (!RuleTester.flaggedByTheYearsRule(code, child, context).isEmpty()) {
          flagged.add(type.code() + (filled ? "+" : "-"));
        }
      }
    }
    return flagged;
  }

  @ParameterizedTest
  @MethodSource("derivedYears")
  void aGroupingChangesOnlyInAYearTheDfeRedefinedTheRule(CollectionYear year) {
    CollectionYear last = RuleSet.forYear(year).previous().orElseThrow().year();
    List<String> changed = new ArrayList<>();
    for (String code : GROUPING_RULES) {
      if (RuleSet.forYear(year).isImplemented(code) && RuleSet.forYear(last).isImplemented(code)
          && !flaggedTypes(code, year).equals(flaggedTypes(code, last))) {
        changed.add(code);
      }
    }
    Set<String> allowed = new TreeSet<>(redefinedBySpec(year));
    DEPARTURES.forEach((code, y) -> {
      if (y == year) {
        allowed.add(code);
      }
    });
    assertThat(allowed).as("rules whose flagged placement types changed in %s", year).containsAll(changed);
  }

  @org.junit.jupiter.api.Test
  void theProbeSeesTheGroupingsChange() {
    // the probe is able to fail: rule 178 stops flagging a provider on T4 in 2025-26, as the DfE's list says
    assertThat(flaggedTypes("178", CollectionYear.Y2024_25)).contains("T4+");
    assertThat(flaggedTypes("178", CollectionYear.Y2025_26)).doesNotContain("T4+");
    assertThat(flaggedTypes("371", CollectionYear.Y2023_24)).contains("H5+");
    assertThat(flaggedTypes("371", CollectionYear.Y2024_25)).containsExactlyInAnyOrder("K3+", "K3-");
    assertThat(Arrays.asList(redefinedBySpec(CollectionYear.Y2025_26).toArray())).contains("178", "213");
  }
}
