package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableAdoption;
import io.github.cscreturns.core.ssda903.ImmutableCareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableDeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.ImmutableHealthOutcomes;
import io.github.cscreturns.core.ssda903.ImmutableMissingEpisode;
import io.github.cscreturns.core.ssda903.ImmutablePlacedForAdoption;
import io.github.cscreturns.core.ssda903.ImmutablePlacement;
import io.github.cscreturns.core.ssda903.ImmutablePreviousPermanence;
import io.github.cscreturns.core.ssda903.ImmutableReview;
import io.github.cscreturns.core.ssda903.ImmutableSocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.ImmutableUasc;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.synthetic.ssda903.ChildSamples;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Maps any child from core's {@link ChildSamples} onto what a format can hold in a year, so
 * that the round-trip properties can assert exact equality. Each mapping only removes or drops
 * what the format (see {@link Ssda903Xml} and {@link Ssda903Csv}) cannot carry; it never adds.
 *
 * <ul>
 *   <li>{@link #forYear}: no table or column the year does not collect (Missing before 2014-15,
 *       SWEpisodes before 2023-24, DoLo before 2026-27, URN and REASON_PLACE_CHANGE before 2015-16).
 *   <li>{@link #forXml}: and no record DOB or UASC record sex (typed or unparsed), at most one UASC,
 *       OC3 and AD1 record, no empty OC3/AD1 record, and a UASC flag only where the XML keeps it
 *       (0 beside a DUC, or unparsed text beside a DUC or without a UASC record).
 *   <li>{@link #forCsv}: and no UASC flag; a record's DOB (UASC: sex) only where it differs from the
 *       header's, as the reader keeps it.
 *   <li>{@link #forBoth}: both, so that XML → CSV → XML is exact.
 * </ul>
 */
final class FormatShapes {
  private FormatShapes() {}

  /** Children of one collection year, to be written in that year's layout. */
  record Sample(CollectionYear year, List<Child> children) {}

  /**
   * Up to {@code size} valid and invalid children with distinct IDs, of any year, shaped by {@code
   * shape}. Half the samples are of the latest year, which collects every table (SWEpisodes and DoLo
   * too).
   */
  static Sample sample(SplittableRandom random, int size, BiFunction<Child, CollectionYear, Child> shape) {
    CollectionYear year = random.nextBoolean() ? ChildSamples.year(random) : CollectionYear.last();
    List<Child> children = ChildSamples.children(year, size, random);
    return new Sample(year, children.stream().map(c -> shape.apply(c, year)).toList());
  }

  /** The child without the tables and columns the year does not collect. */
  static Child forYear(Child child, CollectionYear year) {
    ImmutableChild c = ImmutableChild.copyOf(child);
    if (!year.isEqualOrNewerThan(CollectionYear.Y2015_16)) {
      c = c.withEpisodes(c.episodes().stream().map(FormatShapes::withoutLaterColumns).toList());
    }
    if (!Ssda903Table.MISSING.collected().contains(year)) {
      c = c.withMissingEpisodes(List.of());
    }
    if (!Ssda903Table.SW_EPISODES.collected().contains(year)) {
      c = c.withSocialWorkerEpisodes(List.of());
    }
    if (!Ssda903Table.DOLO.collected().contains(year)) {
      c = c.withDeprivationsOfLiberty(List.of());
    }
    return c;
  }

  private static Episode withoutLaterColumns(Episode e) {
    return ImmutableEpisode.copyOf(e)
        .withPlacement(ImmutablePlacement.copyOf(e.placement()).withUrn(Optional.empty()))
        .withReasonPlaceChange(Optional.empty())
        .withUnparsed(without(e.unparsed(), "REASON_PLACE_CHANGE"));
  }

  /** The child as the XML layout of the year holds it. */
  static Child forXml(Child child, CollectionYear year) {
    ImmutableChild c = ImmutableChild.copyOf(forYear(child, year));
    c = c.withReviews(c.reviews().stream().map(r -> ImmutableReview.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB"))).toList())
        .withHealthOutcomes(c.healthOutcomes().stream().map(r -> ImmutableHealthOutcomes.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB"))).toList())
        .withPlacedForAdoption(c.placedForAdoption().stream().map(r -> ImmutablePlacedForAdoption.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB"))).toList())
        .withPreviousPermanence(c.previousPermanence().stream().map(r -> ImmutablePreviousPermanence.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB"))).toList())
        .withMissingEpisodes(c.missingEpisodes().stream().map(r -> ImmutableMissingEpisode.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB"))).toList())
        .withSocialWorkerEpisodes(c.socialWorkerEpisodes().stream().map(r -> ImmutableSocialWorkerEpisode.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB"))).toList())
        .withDeprivationsOfLiberty(c.deprivationsOfLiberty().stream().map(r -> ImmutableDeprivationOfLiberty.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB"))).toList());
    // One record at most in UASC, OC3 and AD1, whose items sit under HEADER; an OC3/AD1 record
    // with no item at all cannot show there.
    List<Uasc> uasc =
        c.uasc().stream()
            .limit(1)
            .map(r -> (Uasc) ImmutableUasc.copyOf(r).withDob(Optional.empty()).withSex(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB", "SEX")))
            .toList();
    List<CareLeaverCheckpoint> oc3 =
        c.careLeaverCheckpoints().stream()
            .limit(1)
            .map(r -> (CareLeaverCheckpoint) ImmutableCareLeaverCheckpoint.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB")))
            .filter(r -> !r.equals(CareLeaverCheckpoint.builder().build()))
            .toList();
    List<Adoption> ad1 =
        c.adoptions().stream()
            .limit(1)
            .map(r -> (Adoption) ImmutableAdoption.copyOf(r).withDob(Optional.empty()).withUnparsed(without(r.unparsed(), "DOB")))
            .filter(r -> !r.equals(Adoption.builder().build()))
            .toList();
    c = c.withUasc(uasc).withCareLeaverCheckpoints(oc3).withAdoptions(ad1);
    // The UASC flag: 1 and a UASC record imply each other, so flag 1 is never kept; a kept flag (0
    // or text) needs the record's DUC to bring the record back.
    boolean duc = uasc.stream().anyMatch(r -> r.ceasedDate().isPresent() || r.unparsed("DUC").isPresent());
    boolean flagKept = c.uascFlag().filter(f -> f == UascFlag.NO).isPresent() && duc;
    if (!flagKept) {
      c = c.withUascFlag(Optional.empty());
    }
    if (c.unparsed("UASC").isPresent() && !uasc.isEmpty() && !duc) {
      c = c.withUnparsed(without(c.unparsed(), "UASC"));
    }
    return c;
  }

  /** The child as the CSV file set of the year holds it. */
  static Child forCsv(Child child, CollectionYear year) {
    ImmutableChild c = ImmutableChild.copyOf(forYear(child, year)).withUascFlag(Optional.empty());
    c = c.withUnparsed(without(c.unparsed(), "UASC"));
    Optional<LocalDate> dob = c.dob();
    Optional<String> dobText = c.unparsed("DOB");
    c = c.withReviews(asHeader(c.reviews(), ImmutableReview::copyOf, ImmutableReview::dob, ImmutableReview::withDob, ImmutableReview::withUnparsed, dob, dobText))
        .withHealthOutcomes(asHeader(c.healthOutcomes(), ImmutableHealthOutcomes::copyOf, ImmutableHealthOutcomes::dob, ImmutableHealthOutcomes::withDob, ImmutableHealthOutcomes::withUnparsed, dob, dobText))
        .withCareLeaverCheckpoints(asHeader(c.careLeaverCheckpoints(), ImmutableCareLeaverCheckpoint::copyOf, ImmutableCareLeaverCheckpoint::dob, ImmutableCareLeaverCheckpoint::withDob, ImmutableCareLeaverCheckpoint::withUnparsed, dob, dobText))
        .withAdoptions(asHeader(c.adoptions(), ImmutableAdoption::copyOf, ImmutableAdoption::dob, ImmutableAdoption::withDob, ImmutableAdoption::withUnparsed, dob, dobText))
        .withPlacedForAdoption(asHeader(c.placedForAdoption(), ImmutablePlacedForAdoption::copyOf, ImmutablePlacedForAdoption::dob, ImmutablePlacedForAdoption::withDob, ImmutablePlacedForAdoption::withUnparsed, dob, dobText))
        .withPreviousPermanence(asHeader(c.previousPermanence(), ImmutablePreviousPermanence::copyOf, ImmutablePreviousPermanence::dob, ImmutablePreviousPermanence::withDob, ImmutablePreviousPermanence::withUnparsed, dob, dobText))
        .withMissingEpisodes(asHeader(c.missingEpisodes(), ImmutableMissingEpisode::copyOf, ImmutableMissingEpisode::dob, ImmutableMissingEpisode::withDob, ImmutableMissingEpisode::withUnparsed, dob, dobText))
        .withSocialWorkerEpisodes(asHeader(c.socialWorkerEpisodes(), ImmutableSocialWorkerEpisode::copyOf, ImmutableSocialWorkerEpisode::dob, ImmutableSocialWorkerEpisode::withDob, ImmutableSocialWorkerEpisode::withUnparsed, dob, dobText))
        .withDeprivationsOfLiberty(asHeader(c.deprivationsOfLiberty(), ImmutableDeprivationOfLiberty::copyOf, ImmutableDeprivationOfLiberty::dob, ImmutableDeprivationOfLiberty::withDob, ImmutableDeprivationOfLiberty::withUnparsed, dob, dobText));
    List<Uasc> uasc = asHeader(c.uasc(), ImmutableUasc::copyOf, ImmutableUasc::dob, ImmutableUasc::withDob, ImmutableUasc::withUnparsed, dob, dobText);
    Optional<?> sex = c.sex();
    Optional<String> sexText = c.unparsed("SEX");
    return c.withUasc(
        uasc.stream()
            .map(
                r -> {
                  ImmutableUasc u = ImmutableUasc.copyOf(r);
                  if (u.sex().isPresent() && u.sex().equals(sex)) {
                    u = u.withSex(Optional.empty());
                  }
                  if (u.unparsed("SEX").isPresent() && u.unparsed("SEX").equals(sexText)) {
                    u = u.withUnparsed(without(u.unparsed(), "SEX"));
                  }
                  return (Uasc) u;
                })
            .toList());
  }

  /** The child as both the XML and the CSV hold it: XML → CSV → XML gives it back. */
  static Child forBoth(Child child, CollectionYear year) {
    return forCsv(forXml(child, year), year);
  }

  /** A record's DOB equal to the header's reads back as "as the header", that is empty. */
  private static <R extends Ssda903Record, I extends R> List<R> asHeader(
      List<R> records,
      Function<R, I> copy,
      Function<I, Optional<LocalDate>> dobOf,
      BiFunction<I, Optional<LocalDate>, I> withDob,
      BiFunction<I, Map<String, String>, I> withUnparsed,
      Optional<LocalDate> dob,
      Optional<String> dobText) {
    return records.stream()
        .map(
            r -> {
              I x = copy.apply(r);
              if (dobOf.apply(x).isPresent() && dobOf.apply(x).equals(dob)) {
                x = withDob.apply(x, Optional.empty());
              }
              if (x.unparsed("DOB").isPresent() && x.unparsed("DOB").equals(dobText)) {
                x = withUnparsed.apply(x, without(x.unparsed(), "DOB"));
              }
              return (R) x;
            })
        .toList();
  }

  private static Map<String, String> without(Map<String, String> unparsed, String... items) {
    Map<String, String> result = new HashMap<>(unparsed);
    for (String item : items) {
      result.remove(item);
    }
    return result;
  }
}
