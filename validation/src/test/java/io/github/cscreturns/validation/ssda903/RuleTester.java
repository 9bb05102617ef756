package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.ImmutablePlacement;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs single rules on hand-built children, and gives a baseline child that every rule accepts, its
 * placement, and contexts with a postcode directory that knows the baseline postcodes. Builders of
 * dated episode chains are in {@link EpisodeChains}.
 */
public final class RuleTester {
  private RuleTester() {}

  /** The baseline episode's placement postcode (PL_POST), in {@link #OWN_LA} in {@link #withPostcodes}. */
  public static final String PLACEMENT_POSTCODE = "BN1 1AA";

  /** The baseline episode's home postcode (HOME_POST), in {@link #OWN_LA} in {@link #withPostcodes}. */
  public static final String HOME_POSTCODE = "BN2 9ZZ";

  /** The returning local authority of {@link #withPostcodes} contexts. */
  public static final LaCode OWN_LA = LaCode.of("846");

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

  /**
   * The records flagged on the child by the version of the rule that the DfE's rule set of the year
   * registers (for rules the DfE redefined: the year's definition).
   *
   * @throws java.util.NoSuchElementException if the year's set has no such rule
   */
  public static List<Ssda903Record> flaggedByTheYearsRule(String code, Child child, CollectionYear year) {
    return flaggedByTheYearsRule(code, child, RuleContext.of(year));
  }

  /** {@link #flaggedByTheYearsRule(String, Child, CollectionYear)} in the context's year. */
  public static List<Ssda903Record> flaggedByTheYearsRule(String code, Child child, RuleContext context) {
    return flagged(RuleSet.forYear(context.year()).rule(code).orElseThrow(), child, context);
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
                .postcode(Postcode.of(PLACEMENT_POSTCODE))
                .urn(Urn.of("SC123456"))
                .build())
        .homePostcode(Postcode.of(HOME_POSTCODE));
  }

  /**
   * A child that every rule of the year accepts: a 10-year-old boy (born 1 May ten years before the
   * year starts), White British, valid UPN, mother status left blank (as 165 asks of a boy), with {@link #episode one open episode}
   * (starting a period of care in the year, so with its previous permanence returned: none, Z1),
   * and, from 2023-24 when the DfE collects them, one social worker allocated since care began on 1 June.
   */
  public static ImmutableChild.Builder child(CollectionYear year) {
    ImmutableChild.Builder child = Child.builder()
        .childId(ChildId.of("C0001"))
        .sex(male(year))
        .dob(LocalDate.of(year.startYear() - 10, 5, 1))
        .ethnicity(Ethnicity.WBRI)
        .upn(Upn.of("A123456789012"))
        .addEpisodes(episode(year).build())
        .addPreviousPermanence(PreviousPermanence.builder().option(PreviousPermanenceOption.Z1).build());
    if (year.isEqualOrNewerThan(CollectionYear.Y2023_24)) {
      child.addSocialWorkerEpisodes(
          SocialWorkerEpisode.builder()
              .socialWorkerId("SW0001")
              .start(LocalDate.of(year.startYear(), 6, 1))
              .reasonEnded(SocialWorkerChangeReason.MANAGE)
              .build());
    }
    return child;
  }

  /** The baseline episode's placement, as a builder to change. */
  public static ImmutablePlacement.Builder placement(CollectionYear year) {
    return Placement.builder().from(episode(year).build().placement());
  }

  /** A source location as an XML reader would give a child's Header record. */
  public static SourceLocation xmlSource() {
    return SourceLocation.builder().file("return.xml").line(3).elementPath("/Children/Child[1]/Header").build();
  }

  /**
   * An {@link InMemoryPostcodeDirectory} knowing {@link #PLACEMENT_POSTCODE} and {@link #HOME_POSTCODE}
   * (both in {@link #OWN_LA}) {@code miles} apart, and the other postcodes given with their LA code, each
   * at the placement postcode's spot (so {@code miles} from the home postcode, 0 from the placement).
   */
  public static ReferenceData postcodes(double miles, Map<String, String> otherLas) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(PLACEMENT_POSTCODE, OWN_LA.value() + ",0,0");
    rows.put(HOME_POSTCODE, OWN_LA.value() + "," + latitudeMilesNorth(miles) + ",0");
    otherLas.forEach((postcode, la) -> rows.put(postcode, la + ",0,0"));
    StringBuilder csv = new StringBuilder("postcode,la,lat,long\n");
    rows.forEach((postcode, rest) -> csv.append(postcode).append(',').append(rest).append('\n'));
    try {
      InMemoryPostcodeDirectory directory = InMemoryPostcodeDirectory.fromCsv(new StringReader(csv.toString()));
      return ReferenceData.of(Optional.of(directory), Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The latitude, on the meridian, whose great-circle distance from (0, 0) in the directory is at most
   * {@code miles} and as close to it as doubles allow (usually equal), so that a test at a rule's limit
   * is not pushed over it by rounding.
   */
  private static double latitudeMilesNorth(double miles) {
    double latitude = Math.toDegrees(miles / 3958.8);
    while (distanceTo(latitude) > miles) {
      latitude = Math.nextDown(latitude);
    }
    while (distanceTo(Math.nextUp(latitude)) <= miles) {
      latitude = Math.nextUp(latitude);
    }
    return latitude;
  }

  private static double distanceTo(double latitude) {
    String csv = "postcode,la,lat,long\n" + PLACEMENT_POSTCODE + ",846,0,0\n" + HOME_POSTCODE + ",846," + latitude + ",0\n";
    try {
      return InMemoryPostcodeDirectory.fromCsv(new StringReader(csv))
          .distanceMiles(Postcode.of(PLACEMENT_POSTCODE), Postcode.of(HOME_POSTCODE))
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A context for the year, returning LA {@link #OWN_LA}, with the {@link #postcodes} directory. */
  public static RuleContext withPostcodes(CollectionYear year, double miles, Map<String, String> otherLas) {
    return RuleContext.of(year).withReferenceData(postcodes(miles, otherLas)).withLa(OWN_LA);
  }

  /** A context for the year with the baseline postcodes 3 miles apart, returning LA {@link #OWN_LA}. */
  public static RuleContext withPostcodes(CollectionYear year) {
    return withPostcodes(year, 3.0, Map.of());
  }
}
