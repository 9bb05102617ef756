package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole census return of one local authority (schema element {@code Message}): header,
 * local-authority-level items and worker records, in file order.
 *
 * <p>For files too large to hold, the serialization module streams worker records one at a time, and
 * {@link WorkforceAggregator} builds the snapshot from the stream.
 *
 * @since 2021-22
 */
@Value.Immutable
public interface WorkforceReturn {
  /**
  * The census header, where the file had one.
  *
  * @return the header
  */
  Optional<CensusHeader> header();

  /**
   * LALevelVacancies; required by the schema, absent here only if the file left it out.
   *
   * @return LALevelVacancies
   */
  Optional<LaLevelVacancies> laLevelVacancies();

  /**
   * CSWWWorker records, in file order.
   *
   * @return CSWWWorker records, in file order
   */
  List<SocialWorker> workers();

  /**
   * The return's figures as at the census date of the year (30 September of its end year).
   *
   * @param year the collection year
   * @return the return's figures as at the census date of the year (30 September of its end year)
   */
  default WorkforceSnapshot snapshot(CollectionYear year) {
    WorkforceAggregator aggregator = WorkforceAggregator.forYear(year);
    laLevelVacancies().ifPresent(aggregator::laLevelItems);
    workers().forEach(aggregator::add);
    return aggregator.snapshot();
  }

  /**
   * A builder of a {@code WorkforceReturn}, every item unset.
   *
   * @return the builder
   */
  static ImmutableWorkforceReturn.Builder builder() {
    return ImmutableWorkforceReturn.builder();
  }
}
