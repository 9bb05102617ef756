package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.validation.ssda903.internal.rules.*;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * The DfE's SSDA903 rule sets, each year built explicitly from the one before: what the DfE removed,
 * redefined and added. The 2022-23 set is the base (the earliest published rule list).
 *
 * <p>Each year's method has one block per table, named as the DfE's rule list names the table a rule
 * reads first (Header, Episodes, UASC, Reviews, AD1, PlacedAdoption, PrevPerm, OC2, OC3, Missing,
 * SWEpisodes, DoLo); add a block for a table a year does not have yet.
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
    // --- Header: the child's details ---
    b.add(
        new Rule101(), new Rule102(), new Rule103(), new Rule105(), new Rule168(), new Rule171(),
        new Rule174(), new Rule209(), new Rule210(), new Rule301(), new Rule302(), new Rule611(),
        new Rule612(), new Rule620(), new Rule621(), new Rule351(), new Rule352(), new Rule358(),
        new Rule359(), new Rule386(), new Rule387(), new Rule393(), new Rule460(),
        new RuleEpi(), new RuleInt03());
    b.add(new RuleInt32()); // whole-return: a child ID given twice
    // --- end Header ---

    // --- Episodes: periods of care, legal status and placements ---
    b.add(
        new Rule141(), new Rule142(), new Rule143(), new Rule144(), new Rule145(), new Rule146(),
        new Rule147(), new Rule148(), new Rule149(), new Rule164(), new Rule169(), new Rule178(),
        new Rule179(), new Rule199(), new Rule213(), new Rule214(), new Rule217(), new Rule218(),
        new Rule222(), new Rule225(), new Rule226(), new Rule607(), new Rule625(), new Rule336(),
        new Rule353(), new Rule354(), new Rule355(), new Rule356(), new Rule357(), new Rule361(),
        new Rule362(), new Rule363(), new Rule364(), new Rule365(), new Rule366(), new Rule367(),
        new Rule370(), new Rule371(), new Rule372(), new Rule373(), new Rule374(), new Rule375(),
        new Rule376(), new Rule377(), new Rule378(), new Rule379(), new Rule380(), new Rule381(),
        new Rule382(), new Rule383(), new Rule384(), new Rule385(), new Rule388(), new Rule389(),
        new Rule390(), new Rule392a(), new Rule392b(), new Rule392c(), new Rule392d(), new Rule398(),
        new Rule406(), new Rule407(), new Rule408(), new Rule420(), new Rule426(), new Rule431(),
        new Rule432(), new Rule433(), new Rule434(), new Rule435(), new Rule436(), new Rule437(),
        new Rule442(), new Rule445(), new Rule446(), new Rule451(), new Rule501(), new Rule503D(),
        new Rule504(), new Rule516(), new Rule526(), new Rule527(), new Rule528(), new Rule529(),
        new Rule530(), new Rule531(), new Rule550(), new Rule1009(), new Rule1012(), new Rule1015());
    // PL_LOCATION was dropped in 2013-14; derived, like PL_LA, from the placement postcode, it cannot
    // disagree with PL_LA, so a rule could only ever pass.
    b.unimplementable("411", "PL_LOCATION is no longer collected; derived from the same postcode as PL_LA");
    // --- end Episodes ---

    // --- UASC: unaccompanied asylum-seeking children ---
    b.add(new Rule104(), new Rule303(), new Rule304(), new RuleInt09(), new RuleInt18(), new RuleInt21(), new RuleInt36());
    // --- end UASC ---

    // --- Reviews: reviews ---
    b.add(new Rule166(), new Rule167(), new Rule399(), new Rule440(), new Rule441(), new RuleInt08(), new RuleInt17());
    // --- end Reviews ---

    // --- AD1: adoption (with PlacedAdoption and PrevPerm rules) ---
    b.add(
        new Rule112(), new Rule113(), new Rule114(), new Rule151(), new Rule175(), new Rule176(),
        new Rule177(), new Rule333(), new Rule511(), new Rule514(), new Rule517(), new Rule518(),
        new Rule519(), new Rule520(), new Rule524(), new RuleInt31());
    b.add(new Rule115(), new Rule116(), new Rule120(), new Rule631(), new RuleInt35());
    b.add(new RuleInt01(), new RuleInt02(), new RuleInt07(), new RuleInt11(), new RuleInt12(), new RuleInt16());
    b.add(new Rule117(), new Rule118(), new Rule119(), new Rule522(), new Rule563(), new Rule579(), new Rule583());
    b.add(
        new Rule551(), new Rule552(), new Rule553(), new Rule554(), new Rule555(), new Rule556(),
        new Rule557(), new Rule558(), new Rule1003());
    // --- end AD1 ---

    // --- PlacedAdoption: children placed for adoption ---
    // --- end PlacedAdoption ---

    // --- PrevPerm: previous permanence ---
    // --- end PrevPerm ---

    // --- OC2: children looked after for 12 months (with OC3 care leavers rules) ---
    b.add(
        new Rule158(), new Rule159(), new Rule180(), new Rule181(), new Rule182(), new Rule188(),
        new Rule189(), new Rule192(), new Rule193(), new Rule196(), new Rule197a(), new Rule542(),
        new Rule544(), new Rule545(), new Rule547(), new RuleInt33());
    // --- end OC2 ---

    // --- OC3: care leavers ---
    // --- end OC3 ---

    // --- Missing: missing and away from placement ---
    // --- end Missing ---

    // --- SWEpisodes: social worker episodes ---
    // --- end SWEpisodes ---

    // --- DoLo: deprivation of liberty ---
    // --- end DoLo ---

    // Ofsted provider rules (URN Lookup)
    b.add(new Rule219(), new Rule221(), new Rule224(), new Rule227(), new Rule228(), new Rule229(), new Rule1008());

    // Compared with last year's return
    b.add(new Rule202(), new Rule203(), new Rule204(), new Rule207(), new Rule208());
    b.add(new Rule624(), new Rule626());
    return b.build();
  }

  private static RuleSet y2023_24(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2023_24);
    // --- Header ---
    // --- end Header ---

    // --- Episodes ---
    // P2 and English H5 placements under the supported accommodation reforms (28 October 2023).
    b.add(new Rule217t(), new Rule230());
    // --- end Episodes ---

    // Ofsted provider rules (URN Lookup): 221 checks H5 placements too.
    b.replace(new Rule221(Rule221.PLACEMENTS_AT_THE_PROVIDER_WITH_H5));
    return b.build();
  }

  private static RuleSet y2024_25(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2024_25);
    // --- AD1, PlacedAdoption ---
    // Freeing orders (D1) no longer checked: 555 and 556 deleted, 557 counts placement orders alone.
    b.remove("555", "556");
    b.replace(new Rule557(EnumSet.of(LegalStatus.E1)));
    // --- end AD1, PlacedAdoption ---

    // --- Header ---
    b.add(new Rule231(), new Rule232());
    // --- end Header ---

    // --- Episodes ---
    b.remove("217t", "230");
    // 370 (independent living P2 at least 16) deleted by the DfE in 2024-25.
    b.remove("370");
    // Freeing orders (D1) no longer checked.
    b.remove("445", "451");
    // --- end Episodes ---

    // Ofsted provider rules (URN Lookup): 221 no longer checks H5 placements.
    b.replace(new Rule221(Rule221.PLACEMENTS_AT_THE_PROVIDER));
    return b.build();
  }

  private static RuleSet y2025_26(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2025_26);
    // --- Header ---
    b.add(new Rule444());
    // --- end Header ---

    // --- Episodes ---
    b.add(new Rule233(), new Rule234());
    b.add(new Rule454());
    // --- end Episodes ---
    return b.build();
  }

  private static RuleSet y2026_27(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2026_27);
    // --- Header ---
    // --- end Header ---

    // --- Episodes ---
    // --- end Episodes ---
    return b.build();
  }
}
