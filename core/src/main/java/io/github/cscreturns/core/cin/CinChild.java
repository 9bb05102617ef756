package io.github.cscreturns.core.cin;

import io.github.cscreturns.core.SourceLocation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child of the CIN census (element Child): identifiers, characteristics, disabilities and every CIN
 * episode in the year. The aggregate the CIN rules see one at a time.
 *
 * @since 2022-23
 */
@Value.Immutable
public interface CinChild {
  /**
   * A builder of a {@code CinChild}, every item unset.
   *
   * @return the builder
   */
  static ImmutableCinChild.Builder builder() {
    return ImmutableCinChild.builder();
  }

  /**
   * ChildIdentifiers (empty identifiers when the element was missing: see {@link #identifiersRecorded()}).
   *
   * @return childIdentifiers (empty identifiers when the element was missing
   */
  ChildIdentifiers identifiers();

  /**
   * Whether the Child element had a ChildIdentifiers element. False only for a child read from a file
   * that left it out, which readers keep rather than drop; writers then leave it out too.
   *
   * @return whether the Child element had a ChildIdentifiers element
   */
  @Value.Default
  default boolean identifiersRecorded() {
    return true;
  }

  /**
   * ChildCharacteristics; empty only when the element was missing.
   *
   * @return childCharacteristics
   */
  Optional<ChildCharacteristics> characteristics();

  /**
   * Whether a Disabilities group was written (possibly empty).
   *
   * @return whether a Disabilities group was written (possibly empty)
   */
  @Value.Default
  default boolean disabilitiesGroupWritten() {
    return !disabilities().isEmpty();
  }

  /**
   * Each Disability of ChildCharacteristics/Disabilities, in order.
   *
   * @return each Disability of ChildCharacteristics/Disabilities, in order
   */
  List<ChildDisability> disabilities();

  /**
   * The CIN episodes (CINdetails), in the order written.
   *
   * @return the CIN episodes (CINdetails), in the order written
   */
  List<CinDetails> cinDetails();

  /**
   * Where the Child element was read from (its position among the file's children), if read; not part of equality.
   *
   * @return where the Child element was read from (its position among the file's children), if read
   */
  @Value.Auxiliary
  Optional<SourceLocation> source();

  /**
   * The LA child ID as written, or blank.
   *
   * @return the LA child ID as written, or blank
   */
  default String childIdText() {
    return identifiers().laChildId().map(c -> c.value()).orElse("");
  }

  /**
   * The episodes open on the date (for the census, the reference date): referred on or before it and
   * not closed before it, so an episode closed on the date is still open that day.
   *
   * @param date the date
   * @return the episodes open on the date (for the census, the reference date)
   */
  default List<CinDetails> episodesOpenOn(LocalDate date) {
    return cinDetails().stream().filter(d -> d.isOpenOn(date)).toList();
  }

  /**
   * Whether the child was a child in need on the date: some episode open then.
   *
   * @param date the date
   * @return whether the child was a child in need on the date
   */
  default boolean isOpenOn(LocalDate date) {
    return !episodesOpenOn(date).isEmpty();
  }

  /**
   * The child protection plans of every episode open on the date (such as 31 March).
   *
   * @param date the date
   * @return the child protection plans of every episode open on the date (such as 31 March)
   */
  default List<ChildProtectionPlan> childProtectionPlansOpenOn(LocalDate date) {
    return cinDetails().stream().flatMap(d -> d.childProtectionPlans().stream()).filter(p -> p.isOpenOn(date)).toList();
  }

  /**
   * The CIN plans of every episode open on the date (such as 31 March).
   *
   * @param date the date
   * @return the CIN plans of every episode open on the date (such as 31 March)
   */
  default List<CinPlanDates> cinPlansOpenOn(LocalDate date) {
    return cinDetails().stream().flatMap(d -> d.cinPlanDates().stream()).filter(p -> p.isOpenOn(date)).toList();
  }

  /**
   * The child protection plans open on the collection year's reference date (31 March).
   *
   * @param year the collection year
   * @return the child protection plans open on the collection year's reference date (31 March)
   */
  default List<ChildProtectionPlan> childProtectionPlansOpenAtReferenceDate(io.github.cscreturns.codesets.CollectionYear year) {
    return childProtectionPlansOpenOn(CinReturn.referenceDateOf(year));
  }

  /**
   * The CIN plans open on the collection year's reference date (31 March).
   *
   * @param year the collection year
   * @return the CIN plans open on the collection year's reference date (31 March)
   */
  default List<CinPlanDates> cinPlansOpenAtReferenceDate(io.github.cscreturns.codesets.CollectionYear year) {
    return cinPlansOpenOn(CinReturn.referenceDateOf(year));
  }

  /**
   * Every assessment of every episode, in the order written.
   *
   * @return every assessment of every episode, in the order written
   */
  default List<Assessment> assessments() {
    return cinDetails().stream().flatMap(d -> d.assessments().stream()).toList();
  }

  /**
   * Age in whole years on the date, where the date of birth is known.
   *
   * @param date the date
   * @return age in whole years on the date, where the date of birth is known
   */
  default Optional<Integer> ageOn(LocalDate date) {
    return identifiers().birthDate().map(b -> Period.between(b, date).getYears());
  }

  /**
   * Whether the child is unborn: an expected date of birth and no date of birth.
   *
   * @return whether the child is unborn
   */
  default boolean isUnborn() {
    return identifiers().birthDate().isEmpty() && identifiers().expectedBirthDate().isPresent();
  }
}
