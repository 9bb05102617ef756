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
    b.add(
        new Rule336(), new Rule351(), new Rule352(), new Rule353(), new Rule354(), new Rule355(),
        new Rule356(), new Rule357(), new Rule358(), new Rule359(), new Rule361(), new Rule362(),
        new Rule363(), new Rule364(), new Rule365(), new Rule366(), new Rule367(), new Rule370(),
        new Rule371(), new Rule372(), new Rule373(), new Rule374(), new Rule375(), new Rule376(),
        new Rule377(), new Rule378(), new Rule379(), new Rule380(), new Rule381(), new Rule382(),
        new Rule383(), new Rule384(), new Rule385(), new Rule386(), new Rule387(), new Rule388(),
        new Rule389(), new Rule390());
    // --- end group B ---

    // --- Episode rules 39x-1015 and internal checks (group C) ---
    b.add(new RuleInt32());
    b.add(
        new Rule392a(), new Rule392b(), new Rule392c(), new Rule392d(), new Rule393(), new Rule398(),
        new Rule406(), new Rule407(), new Rule408(), new Rule420(), new Rule426(),
        new Rule431(), new Rule432(), new Rule433(), new Rule434(), new Rule435(), new Rule436(), new Rule437(),
        new Rule442(), new Rule445(), new Rule446(), new Rule451(), new Rule460(),
        new Rule501(), new Rule503D(), new Rule504(), new Rule516(),
        new Rule526(), new Rule527(), new Rule528(), new Rule529(), new Rule530(), new Rule531(), new Rule550(),
        new Rule1009(), new Rule1012(), new Rule1015(), new RuleEpi(), new RuleInt03());
    // PL_LOCATION was dropped in 2013-14; derived, like PL_LA, from the placement postcode, it cannot
    // disagree with PL_LA, so a rule could only ever pass.
    b.unimplementable("411", "PL_LOCATION is no longer collected; derived from the same postcode as PL_LA");
    // --- end group C ---

    // --- Other tables ---
    // --- end other tables ---

    // Compared with last year's return
    b.add(new Rule202(), new Rule203(), new Rule204(), new Rule207(), new Rule208());
    b.add(new Rule624(), new Rule626());
    b.add(new Rule502(), new Rule503A(), new Rule503B(), new Rule503C(), new Rule503E(), new Rule503F());
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
    // 370 (independent living P2 at least 16) deleted by the DfE in 2024-25.
    b.remove("370");
    // --- end group B ---

    // --- group C ---
    // Freeing orders (D1) no longer checked.
    b.remove("445", "451");
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
    b.add(new Rule444());
    b.add(new Rule454());
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
