package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.time.LocalDate;
import java.util.List;

/** Runs single rules on hand-built children, and gives a baseline child that every rule accepts. */
public final class RuleTester {
  private RuleTester() {}

  /** The records the rule flags on the child in the year (no previous year, no reference data). */
  public static List<Ssda903Record> flagged(Rule rule, Child child, CollectionYear year) {
    return flagged(rule, child, RuleContext.of(year));
  }

  /** The records the rule flags on the child in the context. */
  public static List<Ssda903Record> flagged(Rule rule, Child child, RuleContext context) {
    Flags flags = new Flags();
    rule.check(child, context, flags);
    return flags.flagged();
  }

  /** The sex code of a male child in the year (1 to 2023-24, M from 2024-25). */
  public static Sex male(CollectionYear year) {
    return Sex.M.isValidIn(year) ? Sex.M : Sex.GENDER_MALE;
  }

  /** The sex code of a female child in the year (2 to 2023-24, F from 2024-25). */
  public static Sex female(CollectionYear year) {
    return Sex.F.isValidIn(year) ? Sex.F : Sex.GENDER_FEMALE;
  }

  /**
   * A valid episode starting a period of care on 1 June of the year's start: full care order, abuse
   * or neglect, long-term foster placement with an LA foster carer, open at 31 March.
   */
  public static ImmutableEpisode.Builder episode(CollectionYear year) {
    return Episode.builder()
        .start(LocalDate.of(year.startYear(), 6, 1))
        .reasonNewEpisode(ReasonNewEpisode.S)
        .legalStatus(LegalStatus.C2)
        .categoryOfNeed(CategoryOfNeed.N1)
        .placement(
            Placement.builder()
                .type(PlacementType.U4)
                .provider(PlacementProvider.PR1)
                .postcode(Postcode.of("BN1 1AA"))
                .urn(Urn.of("SC123456"))
                .build())
        .homePostcode(Postcode.of("BN2 9ZZ"));
  }

  /**
   * A child that every rule of the year accepts: a 10-year-old boy (born 1 May ten years before the
   * year starts), White British, valid UPN, not a mother, with {@link #episode one open episode}
   * (starting a period of care in the year, so with its previous permanence returned: none, Z1).
   */
  public static ImmutableChild.Builder child(CollectionYear year) {
    return Child.builder()
        .childId(ChildId.of("C0001"))
        .sex(male(year))
        .dob(LocalDate.of(year.startYear() - 10, 5, 1))
        .ethnicity(Ethnicity.WBRI)
        .upn(Upn.of("A123456789012"))
        .motherStatus(MotherStatus.NOT_A_MOTHER)
        .addEpisodes(episode(year).build())
        .addPreviousPermanence(PreviousPermanence.builder().option(PreviousPermanenceOption.Z1).build());
  }
}
