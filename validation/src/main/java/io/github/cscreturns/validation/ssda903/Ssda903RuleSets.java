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
    b.add(new Rule103());
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
