package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What a rule may know besides the child's own records: the collection year, the returning local
 * authority, reference data, and the same child's records in the previous year's return.
 */
public final class RuleContext {
  private final CollectionYear year;
  private final Optional<LaCode> la;
  private final ReferenceData referenceData;
  private final boolean hasPreviousYear;
  private final Optional<Child> previous;
  private final Collection<Child> previousReturn;

  private RuleContext(
      CollectionYear year,
      Optional<LaCode> la,
      ReferenceData referenceData,
      boolean hasPreviousYear,
      Optional<Child> previous) {
    this(year, la, referenceData, hasPreviousYear, previous, List.of());
  }

  private RuleContext(
      CollectionYear year,
      Optional<LaCode> la,
      ReferenceData referenceData,
      boolean hasPreviousYear,
      Optional<Child> previous,
      Collection<Child> previousReturn) {
    this.year = year;
    this.la = la;
    this.referenceData = referenceData;
    this.hasPreviousYear = hasPreviousYear;
    this.previous = previous;
    this.previousReturn = previousReturn;
  }

  /**
   * A context for the year alone: no LA, no reference data, no previous year.
   *
   * @param year the collection year
   * @return a context for the year alone
   */
  public static RuleContext of(CollectionYear year) {
    return new RuleContext(year, Optional.empty(), ReferenceData.none(), false, Optional.empty());
  }

  /**
   * A full context. {@code previous} is this child's record in the previous year's return, if any.
   *
   * @param year the collection year
   * @param la the local authority
   * @param referenceData the reference data
   * @param hasPreviousYear the has previous year
   * @param previous last year's return
   * @return a full context
   */
  public static RuleContext of(
      CollectionYear year,
      Optional<LaCode> la,
      ReferenceData referenceData,
      boolean hasPreviousYear,
      Optional<Child> previous) {
    return new RuleContext(year, la, referenceData, hasPreviousYear, previous);
  }

  /**
   * The same context with the previous year's return supplied and this child's record in it (or none).
   *
   * @param previousChild the previous child
   * @return the same context with the previous year's return supplied and this child's record in it
   *     (or none)
   */
  public RuleContext withPrevious(Optional<Child> previousChild) {
    return new RuleContext(year, la, referenceData, true, previousChild, previousReturn);
  }

  /**
   * The same context with the given reference data.
   *
   * @param data the data
   * @return the same context with the given reference data
   */
  public RuleContext withReferenceData(ReferenceData data) {
    return new RuleContext(year, la, data, hasPreviousYear, previous, previousReturn);
  }

  /**
   * The same context for the given returning LA.
   *
   * @param code the code
   * @return the same context for the given returning LA
   */
  public RuleContext withLa(LaCode code) {
    return new RuleContext(year, Optional.of(code), referenceData, hasPreviousYear, previous, previousReturn);
  }

  /**
   * The collection year being validated.
   *
   * @return the year
   */
  public CollectionYear year() {
    return year;
  }

  /**
   * The returning local authority, where known.
   *
   * @return the returning local authority, where known
   */
  public Optional<LaCode> la() {
    return la;
  }

  /**
   * The reference data supplied (postcode directory, Ofsted lists), each part possibly absent.
   *
   * @return the reference data
   */
  public ReferenceData referenceData() {
    return referenceData;
  }

  /**
   * Whether the previous year's return was supplied (even if this child is not in it).
   *
   * @return whether the previous year's return was supplied (even if this child is not in it)
   */
  public boolean hasPreviousYear() {
    return hasPreviousYear;
  }

  /**
   * The context with the whole previous year's return, for whole-return rules that compare this
   * year's return with last year's as a whole (the child's own record is still {@link #previous()}).
   *
   * @param children the previous year's children
   * @return the context with the previous year's return
   */
  public RuleContext withPreviousReturn(Collection<Child> children) {
    return new RuleContext(year, la, referenceData, true, previous, List.copyOf(children));
  }

  /**
   * The previous year's children, where the validator was given the previous year's return and the
   * rule is a whole-return rule; empty otherwise. Each child is given once (the first of a repeated
   * identifier), with its records and their sources.
   *
   * @return the previous year's children
   */
  public Collection<Child> previousReturn() {
    return previousReturn;
  }

  /**
   * This child's record in the previous year's return; empty if not supplied or the child is not in it.
   *
   * @return this child's record in the previous year's return
   */
  public Optional<Child> previous() {
    return previous;
  }

  /**
   * Whether the requirement is met by this context.
   *
   * @param requirement the requirement
   * @return whether the requirement is met by this context
   */
  public boolean satisfies(Requirement requirement) {
    return switch (requirement) {
      case PREVIOUS_YEAR -> hasPreviousYear;
      case POSTCODE_DIRECTORY -> referenceData.postcodes().isPresent();
      case PROVIDER_DIRECTORY -> referenceData.providers().isPresent();
      case RETURNING_LA -> la.isPresent();
    };
  }
}
