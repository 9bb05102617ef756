package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.cin.internal.rules.*;
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
    b.add(
        new Rule1510(), new Rule1530(), new Rule1540(), new Rule1550(), new Rule1560Q(), Rule4180.genderCurrent(),
        new Rule4220(), new Rule8500(), new Rule8520(), new Rule8525Q(), new Rule8530Q(), new Rule8535Q(),
        new Rule8540(), new Rule8545Q(), new Rule8555Q(), new Rule8585Q(), new Rule8590(), new Rule8606(),
        Rule8750.genderCurrent(), Rule8770Q.olderThanSix(), new Rule8772(), new Rule8775Q(), new Rule8790(),
        new Rule8794());
    b.add(new Rule1520(), Rule2886Q.genderCurrent(), new Rule2887Q(), new Rule2888Q(), new Rule8510());

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
    // CIN plans
    b.add(new Rule4000());
    b.add(new Rule4001());
    b.add(new Rule4003());
    b.add(new Rule4004());
    b.add(new Rule4008());
    b.add(new Rule4009Q());
    b.add(new Rule4010());
    b.add(new Rule4011());
    b.add(new Rule4012Q());
    b.add(new Rule4013());
    b.add(new Rule4014());
    b.add(new Rule4015());
    b.add(new Rule4016());
    b.add(new Rule4017());
    b.add(new Rule2990());

    // --- end CIN episode ---

    // --- Child protection: section 47 enquiries, conferences, plans and reviews ---
    // Section 47 enquiries and initial conferences
    b.add(new Rule1104());
    b.add(new Rule2884());
    b.add(new Rule2889());
    b.add(new Rule8615());
    b.add(new Rule8675Q());
    b.add(new Rule8715());
    b.add(new Rule8740());
    b.add(new Rule8839());
    b.add(new Rule8868());
    b.add(new Rule8870Q());
    b.add(new Rule8875());
    b.add(new Rule8890());
    b.add(new Rule2883());

    // Child protection plans and reviews
    b.add(new Rule1105());
    b.add(new Rule2885());
    b.add(new Rule8720());
    b.add(new Rule8730());
    b.add(new Rule8832());
    b.add(new Rule8840());
    b.add(new Rule8841());
    b.add(new Rule8842Q());
    b.add(new Rule8905());
    b.add(new Rule8910());
    b.add(new Rule8915());
    b.add(new Rule8920());
    b.add(new Rule8925());
    b.add(new Rule8930());
    b.add(new Rule8935());
    b.add(new Rule8940());
    // --- end child protection ---
    return b.build();
  }

  /** 2023-24: the DfE redefined 1530 (LA codes 942 and 943 accepted in UPNs). */
  private static CinRuleSet y2023_24(CinRuleSet previous) {
    CinRuleSet.Builder b = CinRuleSet.after(previous, CollectionYear.Y2023_24);
    // The year's UPN LA codeset accepts 942 and 943.
    b.replace(new Rule1530());
    return b.build();
  }

  /**
   * 2024-25: the DfE added 1570, 1580, 8945Q and 8950Q, and redefined 2886Q, 4180, 8750 and 8770Q (Sex
   * replacing GenderCurrent; the UPN age limit).
   */
  private static CinRuleSet y2024_25(CinRuleSet previous) {
    CinRuleSet.Builder b = CinRuleSet.after(previous, CollectionYear.Y2024_25);
    // --- Child identifiers, characteristics and disabilities ---
    b.add(new Rule1570(), new Rule1580());
    b.replace(Rule2886Q.sex());
    b.replace(Rule4180.sex());
    b.replace(Rule8750.sex());
    b.replace(Rule8770Q.ofSchoolAge());
    // --- end child identifiers, characteristics and disabilities ---
    // --- CIN episode ---
    b.add(new Rule8945Q(), new Rule8950Q());
    return b.build();
  }

  /** 2025-26: the public rule list changes nothing from 2024-25. */
  private static CinRuleSet y2025_26(CinRuleSet previous) {
    return CinRuleSet.after(previous, CollectionYear.Y2025_26).build();
  }
}
