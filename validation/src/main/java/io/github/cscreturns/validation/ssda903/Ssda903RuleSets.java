package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.ssda903.internal.rules.*;
import java.util.EnumMap;
import java.util.Map;

/**
 * The DfE's SSDA903 rule sets, each year built explicitly from the one before: what the DfE removed,
 * redefined and added. The 2022-23 set is the base (the earliest published rule list).
 */
final class Ssda903RuleSets {
  private static final Map<CollectionYear, RuleSet> SETS = build();

  private Ssda903RuleSets() {}

  static RuleSet forYear(CollectionYear year) {
    RuleSet set = SETS.get(year);
    if (set == null) {
      throw new IllegalArgumentException(
          "No SSDA903 rule set for " + year + "; rule sets exist for " + SETS.keySet());
    }
    return set;
  }

  private static Map<CollectionYear, RuleSet> build() {
    Map<CollectionYear, RuleSet> sets = new EnumMap<>(CollectionYear.class);
    RuleSet y2022 = y2022_23();
    RuleSet y2023 = y2023_24(y2022);
    RuleSet y2024 = y2024_25(y2023);
    RuleSet y2025 = y2025_26(y2024);
    RuleSet y2026 = y2026_27(y2025);
    for (RuleSet s : new RuleSet[] {y2022, y2023, y2024, y2025, y2026}) {
      sets.put(s.year(), s);
    }
    return sets;
  }

  private static RuleSet y2022_23() {
    RuleSet.Builder b = RuleSet.builder(CollectionYear.Y2022_23);
    // --- Header and field rules (group A) ---
    b.add(new Rule101(), new Rule102(), new Rule103(), new Rule105());
    b.add(new Rule141(), new Rule142(), new Rule143(), new Rule144(), new Rule145(), new Rule146());
    b.add(new Rule147(), new Rule148(), new Rule149());
    b.add(new Rule164(), new Rule168(), new Rule169(), new Rule171(), new Rule174(), new Rule178());
    b.add(new Rule179(), new Rule199(), new Rule209(), new Rule210(), new Rule213(), new Rule214());
    b.add(new Rule217(), new Rule218(), new Rule222(), new Rule225(), new Rule226());
    b.add(new Rule301(), new Rule302(), new Rule607(), new Rule611(), new Rule612());
    b.add(new Rule620(), new Rule621(), new Rule625());
    // --- end group A ---

    // --- Episode rules 3xx (group B) ---
    // --- end group B ---

    // --- Episode rules 39x-1015 and internal checks (group C) ---
    b.add(new RuleInt32());
    // --- end group C ---

    // --- Other tables ---
    // --- end other tables ---
    return b.build();
  }

  private static RuleSet y2023_24(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2023_24);
    // --- group A ---
    // P2 and English H5 placements under the supported accommodation reforms (28 October 2023).
    b.add(new Rule217t(), new Rule230());
    // --- end group A ---

    // --- group B ---
    // --- end group B ---

    // --- group C ---
    // --- end group C ---

    // --- Other tables ---
    // --- end other tables ---
    return b.build();
  }

  private static RuleSet y2024_25(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2024_25);
    // --- group A ---
    b.remove("217t", "230");
    b.add(new Rule231(), new Rule232());
    // --- end group A ---

    // --- group B ---
    // --- end group B ---

    // --- group C ---
    // --- end group C ---

    // --- Other tables ---
    // --- end other tables ---
    return b.build();
  }

  private static RuleSet y2025_26(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2025_26);
    // --- group A ---
    b.add(new Rule233(), new Rule234());
    // --- end group A ---

    // --- group B ---
    // --- end group B ---

    // --- group C ---
    // --- end group C ---

    // --- Other tables ---
    // --- end other tables ---
    return b.build();
  }

  private static RuleSet y2026_27(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2026_27);
    // --- group A ---
    // --- end group A ---

    // --- group B ---
    // --- end group B ---

    // --- group C ---
    // --- end group C ---

    // --- Other tables ---
    // --- end other tables ---
    return b.build();
  }
}
