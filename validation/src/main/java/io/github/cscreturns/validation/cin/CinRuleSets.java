package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.cin.internal.rules.Rule100;
import io.github.cscreturns.validation.cin.internal.rules.Rule1103;
import io.github.cscreturns.validation.cin.internal.rules.Rule2991Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8565;
import io.github.cscreturns.validation.cin.internal.rules.Rule8568;
import io.github.cscreturns.validation.cin.internal.rules.Rule8569Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8600;
import io.github.cscreturns.validation.cin.internal.rules.Rule8608;
import io.github.cscreturns.validation.cin.internal.rules.Rule8610;
import io.github.cscreturns.validation.cin.internal.rules.Rule8614;
import io.github.cscreturns.validation.cin.internal.rules.Rule8620;
import io.github.cscreturns.validation.cin.internal.rules.Rule8630;
import io.github.cscreturns.validation.cin.internal.rules.Rule8640;
import io.github.cscreturns.validation.cin.internal.rules.Rule8650;
import io.github.cscreturns.validation.cin.internal.rules.Rule8670Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8696;
import io.github.cscreturns.validation.cin.internal.rules.Rule8736;
import io.github.cscreturns.validation.cin.internal.rules.Rule8805;
import io.github.cscreturns.validation.cin.internal.rules.Rule8810;
import io.github.cscreturns.validation.cin.internal.rules.Rule8815;
import io.github.cscreturns.validation.cin.internal.rules.Rule8816;
import io.github.cscreturns.validation.cin.internal.rules.Rule8820;
import io.github.cscreturns.validation.cin.internal.rules.Rule8825Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8831;
import io.github.cscreturns.validation.cin.internal.rules.Rule8863Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8866;
import io.github.cscreturns.validation.cin.internal.rules.Rule8867;
import io.github.cscreturns.validation.cin.internal.rules.Rule8869;
import io.github.cscreturns.validation.cin.internal.rules.Rule8873Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8896;
import io.github.cscreturns.validation.cin.internal.rules.Rule8897Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8898;
import io.github.cscreturns.validation.cin.internal.rules.Rule8945Q;
import io.github.cscreturns.validation.cin.internal.rules.Rule8950Q;
import java.util.EnumMap;
import java.util.Map;

/**
 * The DfE's CIN rule sets, each year built from the one before: the rules the DfE redefined (the
 * additions and deletions follow from the catalogues). The 2022-23 set is the base, the earliest
 * published rule list. Each year's method has one block per group of the census, in the order of the
 * DfE's rule list: the header and return, the child's identifiers and characteristics, the CIN
 * episode (referral, closure, assessments, CIN plans), and child protection (section 47 enquiries,
 * conferences, plans and their reviews).
 */
final class CinRuleSets {
  private static final Map<CollectionYear, CinRuleSet> SETS = build();

  private CinRuleSets() {}

  static CinRuleSet forYear(CollectionYear year) {
    CinRuleSet set = SETS.get(year);
    if (set == null) {
      throw new IllegalArgumentException("No CIN rule set for " + year.label() + "; rule sets exist for 2022-23 to 2025-26");
    }
    return set;
  }

  private static Map<CollectionYear, CinRuleSet> build() {
    Map<CollectionYear, CinRuleSet> sets = new EnumMap<>(CollectionYear.class);
    CinRuleSet y2022 = y2022_23();
    CinRuleSet y2023 = y2023_24(y2022);
    CinRuleSet y2024 = y2024_25(y2023);
    CinRuleSet y2025 = y2025_26(y2024);
    for (CinRuleSet s : new CinRuleSet[] {y2022, y2023, y2024, y2025}) {
      sets.put(s.year(), s);
    }
    return sets;
  }

  private static CinRuleSet y2022_23() {
    CinRuleSet.Builder b = CinRuleSet.builder(CollectionYear.Y2022_23);
    // --- Header and whole return ---
    b.add(new Rule100());

    // --- end header and whole return ---

    // --- Child identifiers, characteristics and disabilities ---

    // --- end child identifiers, characteristics and disabilities ---

    // --- CIN episode: referral, closure, assessments and CIN plans ---
    b.add(new Rule1103());
    b.add(new Rule2991Q());
    b.add(new Rule8565());
    b.add(new Rule8568());
    b.add(new Rule8569Q());
    b.add(new Rule8600());
    b.add(new Rule8608());
    b.add(new Rule8610());
    b.add(new Rule8614());
    b.add(new Rule8620());
    b.add(new Rule8630());
    b.add(new Rule8640());
    b.add(new Rule8650());
    b.add(new Rule8670Q());
    b.add(new Rule8696());
    b.add(new Rule8736());
    b.add(new Rule8805());
    b.add(new Rule8810());
    b.add(new Rule8815());
    b.add(new Rule8816());
    b.add(new Rule8820());
    b.add(new Rule8825Q());
    b.add(new Rule8831());
    b.add(new Rule8863Q());
    b.add(new Rule8866());
    b.add(new Rule8867());
    b.add(new Rule8869());
    b.add(new Rule8873Q());
    b.add(new Rule8896());
    b.add(new Rule8897Q());
    b.add(new Rule8898());

    // --- end CIN episode ---

    // --- Child protection: section 47 enquiries, conferences, plans and reviews ---

    // --- end child protection ---
    return b.build();
  }

  /** 2023-24: the DfE redefined 1530 (LA codes 942 and 943 accepted in UPNs). */
  private static CinRuleSet y2023_24(CinRuleSet previous) {
    CinRuleSet.Builder b = CinRuleSet.after(previous, CollectionYear.Y2023_24);
    b.redefinedNotImplemented("1530");
    return b.build();
  }

  /**
   * 2024-25: the DfE added 1570, 1580, 8945Q and 8950Q, and redefined 2886Q, 4180, 8750 and 8770Q (Sex
   * replacing GenderCurrent; the UPN age limit).
   */
  private static CinRuleSet y2024_25(CinRuleSet previous) {
    CinRuleSet.Builder b = CinRuleSet.after(previous, CollectionYear.Y2024_25);
    b.redefinedNotImplemented("2886Q");
    b.redefinedNotImplemented("4180");
    b.redefinedNotImplemented("8750");
    b.redefinedNotImplemented("8770Q");
    b.add(new Rule8945Q(), new Rule8950Q());
    return b.build();
  }

  /** 2025-26: the public rule list changes nothing from 2024-25. */
  private static CinRuleSet y2025_26(CinRuleSet previous) {
    return CinRuleSet.after(previous, CollectionYear.Y2025_26).build();
  }
}
