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
        new Rule612(), new Rule620(), new Rule621(), new Rule351(), new Rule352(),
        new Rule386(), new Rule387(), new Rule460(),
        new RuleInt03());
    b.add(new RuleInt32()); // whole-return: a child ID given twice
    b.add(new RuleEpi()); // whole-return: a child ID with no episode or OC3 record under any of its Header rows
    // whole-return: each judged against every Header row of the child, as a join on CHILD does
    b.add(new Rule358(), new Rule359());
    b.add(new Rule393(), new Rule607()); // whole-return: a girl's MOTHER on every Header row of the child
    b.add(new Rule165()); // mother status, with the OC3 care leavers
    b.add(new Rule3001(), new RuleInt05(), new RuleInt06()); // OC2 and OC3 against the Header
    b.add(new RuleInt15()); // whole-return: OC3's DOB against every Header row
    b.add(new RuleInt14()); // whole-return: OC2's DOB against every Header row
    // --- end Header ---

    // --- Episodes: periods of care, legal status and placements ---
    b.add(
        new Rule141(), new Rule143(), new Rule144(), new Rule145(), new Rule146(),
        new Rule147(), new Rule148(), new Rule149(), new Rule164(), new Rule169(), new Rule178(),
        new Rule179(), new Rule213(), new Rule214(), new Rule217(), new Rule218(),
        new Rule222(), new Rule225(), new Rule226(), new Rule625(), new Rule336(),
        new Rule353(), new Rule354(), new Rule355(), new Rule356(), new Rule357(), new Rule361(),
        new Rule362(), new Rule365(), new Rule366(), new Rule367(),
        new Rule370(), new Rule371(), new Rule372(), new Rule373(), new Rule374(), new Rule375(),
        new Rule376(), new Rule377(), new Rule378(), new Rule379(), new Rule380(), new Rule381(),
        new Rule382(), new Rule383(), new Rule384(), new Rule385(), new Rule388(), new Rule389(),
        new Rule390(), new Rule392a(), new Rule392b(), new Rule392c(), new Rule392d(), new Rule398(),
        new Rule406(), new Rule407(), new Rule408(), new Rule420(), new Rule426(), new Rule431(),
        new Rule432(), new Rule433(), new Rule434(), new Rule435(), new Rule436(), new Rule437(),
        new Rule442(), new Rule445(), new Rule446(), new Rule451(), new Rule501(), new Rule503D(),
        new Rule504(), new Rule516(), new Rule526(), new Rule527(), new Rule528(), new Rule529(),
        new Rule530(), new Rule531(), new Rule550(), new Rule1009(), new Rule1012(), new Rule1015());
    b.add(new Rule363(), new Rule364()); // whole-return: spells chained in the order of the return
    b.add(new Rule142()); // whole-return: the latest episode by the reference's sort of the whole return
    b.add(new Rule199()); // whole-return: this and last year's episodes in the reference's sort of both returns
    // PL_LOCATION was dropped in 2013-14; derived, like PL_LA, from the placement postcode, it cannot
    // disagree with PL_LA, so a rule could only ever pass.
    b.unimplementable("411", "PL_LOCATION is no longer collected; derived from the same postcode as PL_LA");
    // care leaver information against the episodes
    b.add(new Rule628(), new Rule1000(), new Rule1007(), new Rule1011(), new Rule1014());
    // --- end Episodes ---

    // --- UASC: unaccompanied asylum-seeking children ---
    b.add(new Rule104(), new Rule303(), new Rule304(), new RuleInt09(), new RuleInt21(), new RuleInt36());
    b.add(new RuleInt18()); // whole-return: UASC's DOB against every Header row
    // --- end UASC ---

    // --- Reviews: reviews ---
    b.add(new Rule166(), new Rule167(), new Rule399(), new Rule440(), new Rule441(), new RuleInt08());
    b.add(new RuleInt17()); // whole-return: the reviews' DOB against every Header row
    // --- end Reviews ---

    // --- AD1: adoption (with PlacedAdoption and PrevPerm rules) ---
    b.add(
        new Rule112(), new Rule113(), new Rule114(), new Rule151(), new Rule175(), new Rule176(),
        new Rule177(), new Rule333(), new Rule511(), new Rule514(), new Rule517(), new Rule518(),
        new Rule519(), new Rule520(), new Rule524(), new RuleInt31());
    b.add(new Rule115(), new Rule116(), new Rule120(), new Rule631(), new RuleInt35());
    b.add(new RuleInt01(), new RuleInt02(), new RuleInt07());
    b.add(new RuleInt11(), new RuleInt12()); // whole-return: AD1 and PlacedAdoption DOBs against every Header row
    b.add(new RuleInt16()); // whole-return: PrevPerm's DOB against every Header row
    b.add(new Rule117(), new Rule118(), new Rule119(), new Rule522(), new Rule563(), new Rule579(), new Rule583());
    b.add(
        new Rule551(), new Rule552(), new Rule553(), new Rule554(), new Rule555(), new Rule556(),
        new Rule557(), new Rule558(), new Rule1003());
    b.add(
        new Rule184(), new Rule331(), new Rule334(), new Rule335(), new Rule521(), new Rule523(),
        new Rule525(), new Rule582(), new Rule601(), new Rule602());
    b.add(new Rule630(), new Rule632(), new Rule633(), new Rule634(), new Rule635());
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
    b.add(
        new Rule157(), new Rule185(), new Rule186(), new Rule190(), new Rule191(), new Rule197B(),
        new Rule198(), new Rule215(), new Rule543(), new Rule546());
    // --- end OC2 ---

    // --- OC3: care leavers ---
    b.add(
        new Rule131(), new Rule132(), new Rule133(), new Rule153(), new Rule344(), new Rule345(),
        new Rule391(), new RuleInt34());
    b.add(new Rule134(), new Rule187());
    // --- end OC3 ---

    // --- Missing: missing and away from placement ---
    b.add(new Rule564(), new Rule565(), new Rule566(), new Rule567(), new Rule570(), new Rule571(), new Rule574());
    b.add(new Rule586(), new Rule1004(), new Rule1005(), new Rule1006(), new RuleInt04());
    b.add(new RuleInt13()); // whole-return: the missing episodes' DOB against every Header row
    b.add(new Rule575(), new Rule577(), new Rule578(), new Rule580(), new Rule581());
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
    b.add(new Rule502(), new Rule503A(), new Rule503B(), new Rule503C(), new Rule503E(), new Rule503F());
    b.add(new Rule562(), new RuleNoE());
    // Missing periods open at the end of last year
    b.add(new Rule576());
    // Care leaver information against this year's and last year's episodes
    b.add(new Rule1001(), new Rule1002(), new Rule1010());
    // The placement items derived from postcodes, against last year's open episode
    b.add(new Rule452(), new Rule453(), new Rule503G(), new Rule503H(), new Rule503J());
    // UASC status this year and last
    b.add(new Rule205A(), new Rule205B(), new Rule205C(), new Rule205D());
    // Decisions to place for adoption against last year's
    b.add(new Rule559(), new Rule560(), new Rule561(), new Rule584());
    return b.build();
  }

  private static RuleSet y2023_24(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2023_24);
    // --- Header ---
    // --- end Header ---

    // --- Episodes ---
    // Added: "Placement type 'P2' is not a valid placement type from 28 October 2023."
    // Added: "Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023."
    b.add(new Rule217t(), new Rule230());
    // Redefined: URN "should not be recorded for this placement type": H5 placements may now carry one.
    b.replace(Rule222.semiIndependentLivingMayHaveUrn());
    // Redefined: "Child in independent living should be at least 16." (was 15)
    b.replace(new Rule370(16));
    // Redefined: "Child in semi-independent living accommodation … should be at least 16." (was 14)
    b.replace(Rule371.semiIndependentLivingAtLeast16());
    // --- end Episodes ---

    // --- OC3 ---
    b.add(new Rule347(), new Rule1016());
    // --- end OC3 ---

    // Ofsted provider rules (URN Lookup): 221 checks H5 placements too.
    b.replace(new Rule221(Rule221.PLACEMENTS_AT_THE_PROVIDER_WITH_H5));

    // --- SWEpisodes: social worker episodes (collected from 2023-24) ---
    b.add(new RuleSW01STG1(), new RuleSW02STG1(), new RuleSW03STG1(), new RuleSW04STG1(), new RuleSW05STG1());
    b.add(new RuleSW06STG2(), new RuleSW07STG2(RuleSW07STG2.REPORTING_PERIOD_IS_COLLECTION_YEAR), new RuleSW08STG2());
    b.add(new RuleSW09STG2(), new RuleSW10STG2(RuleSW10STG2.EVERY_EPISODE_FOLLOWS_THE_LAST));
    b.add(new RuleSW13STG1(RuleSW13STG1.REASON_REQUIRED_FOR_EVERY_EPISODE), new RuleSW14STG2());
    b.add(new RuleSW11aSTG2(), new RuleSW11bSTG2(), new RuleSW12STG2(RuleSW12STG2.EVERY_EPISODE));
    // --- end SWEpisodes ---
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
    // Redefined: "The child or young person's reported sex is not valid." (sex codes M, F, … replace 1, 2)
    b.replace(new Rule101());
    // Redefined: "… but sex shows that the child is a male." (the new sex codes)
    b.replace(new Rule174());
    // Redefined for the new sex codes (logic/code lists changed; the codeset carries them).
    b.replace(new Rule393(), new Rule607());
    b.replace(new Rule612());
    // --- end Header ---

    // --- Episodes ---
    // Deleted: the supported accommodation reforms' transitional checks of 2023-24.
    b.remove("217t", "230");
    // Deleted: "Child in independent living should be at least 16." (P2 no longer used)
    b.remove("370");
    // Deleted: freeing orders (D1) no longer checked.
    b.remove("445", "451");
    // Redefined: "Placement type code is not a valid code." (K3 added, P2 withdrawn: the codeset's list)
    b.replace(new Rule146());
    // Redefined: URN "is required": independent living and semi-independent living are no longer exempt.
    b.replace(Rule218.independentLivingNoLongerExempt());
    // Redefined: URN "should not be recorded for this placement type": P2 no longer listed.
    b.replace(Rule222.onlyPlacementsOfstedDoesNotRegister());
    // Redefined: "Child in supported accomodation not subject to children's homes regulations should be at least 16."
    b.replace(Rule371.supportedAccommodationAtLeast16());
    // Redefined: "The placement type in the first episode does not match open episode at end of last year" (H5 may continue as K3).
    b.replace(Rule503D.redesignatedCodesContinue());
    // --- end Episodes ---

    // Ofsted provider rules (URN Lookup): 221 no longer checks H5 placements.
    b.replace(new Rule221(Rule221.PLACEMENTS_AT_THE_PROVIDER));

    // --- SWEpisodes: social worker episodes ---
    b.remove("SW01STG1", "SW03STG1", "SW14STG2");
    // Deleted: SW11aSTG2 (an episode ending before the last 5 days of the year must be followed within 5 days).
    b.remove("SW11aSTG2");
    // Redefined: "If a child is looked after on 31 March then all social worker episodes …" (episodes that ended in the year or the year before)
    b.replace(new RuleSW12STG2(RuleSW12STG2.IN_THE_YEAR_AND_THE_YEAR_BEFORE));
    b.add(new RuleSW01aSTG1(), new RuleSW01bSTG1());
    b.replace(new RuleSW07STG2(RuleSW07STG2.REPORTING_PERIOD_FROM_PREVIOUS_YEAR));
    b.replace(new RuleSW10STG2(RuleSW10STG2.FIRST_CONTACT_STARTS_AFRESH));
    b.replace(new RuleSW13STG1(RuleSW13STG1.REASON_REQUIRED_FROM_COLLECTION_START));
    // --- end SWEpisodes ---
    return b.build();
  }

  private static RuleSet y2025_26(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2025_26);
    // --- Header ---
    b.add(new Rule444());
    // --- end Header ---

    // --- Episodes ---
    b.add(new Rule233(), new Rule234());
    // Added: "Placement distance from home is over 350 miles."
    b.add(new Rule454());
    // Redefined: "Placement type code is not a valid code." (H5 and Z1 withdrawn, Z11 to Z14 added: the codeset's list)
    b.replace(new Rule146());
    // Redefined: "Placement provider code is not a valid code." (T4 no longer among placements without a provider)
    b.replace(Rule178.t4NoLongerWithoutProvider());
    // Redefined: "Placement provider information not required." (other placements Z11 to Z14 too)
    b.replace(Rule213.otherPlacementsToo());
    // Redefined: URN "is required" (Z11 to Z14 replace Z1 among placements Ofsted does not register: the codeset's split)
    b.replace(Rule218.independentLivingNoLongerExempt());
    // Redefined: URN "should not be recorded for this placement type" (Z11 to Z14 replace Z1: the codeset's split)
    b.replace(Rule222.onlyPlacementsOfstedDoesNotRegister());
    // Redefined: "Reason for placement change is not required for temporary placements." (message)
    b.replace(new Rule226());
    // Redefined: "A child in a temporary placement must subsequently return to his/her normal placement." (PL_POST too)
    b.replace(Rule383.placementPostcodeToo());
    // Redefined: first episode "does not match open episode at end of last year" (Z1 may continue as Z11 to Z14)
    b.replace(Rule503D.redesignatedCodesContinue());
    // Redefined: "Child is missing a placement provider code for at least one episode." (Z11 to Z14 exempt: the codeset's split)
    b.replace(new Rule526());
    // Not a DfE redefinition (its rule list records none): the public validator's 2025-26 rule 1015 also
    // accepts K3 own provision outside the LA; kept as a departure (see docs/rule-interpretations.md).
    b.replace(Rule1015.supportedAccommodationToo());
    // --- end Episodes ---

    // --- OC3 ---
    b.add(new Rule348()); // compares with last year's OC3
    // --- end OC3 ---

    // --- SWEpisodes: social worker episodes ---
    b.add(new RuleSW17STG2());
    // --- end SWEpisodes ---
    return b.build();
  }

  private static RuleSet y2026_27(RuleSet previous) {
    RuleSet.Builder b = previous.derive(CollectionYear.Y2026_27);
    // --- Header ---
    // --- end Header ---

    // --- Episodes ---
    // --- end Episodes ---

    // Deprivation of liberty
    b.add(new Rule700(), new Rule701(), new Rule702(), new Rule703(), new Rule704(), new Rule705());
    b.add(new Rule707(), new Rule708());
    // Added: "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year."
    b.add(new Rule706());
    // Added: "Child with a DoLO is in an unexpected placement type." and "… can not be placed in secure children's homes, …"
    b.add(new Rule709(), new Rule710());
    return b.build();
  }
}
