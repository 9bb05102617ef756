package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A local authority's SSDA903 return for one collection year: its children, each with all records.
 * Large returns are better streamed child by child (see the serialization module); this type is for
 * returns that fit in memory.
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Ssda903Return {
  /**
   * A builder of a {@code Ssda903Return}, every item unset.
   *
   * @return the builder
   */
  static ImmutableSsda903Return.Builder builder() {
    return ImmutableSsda903Return.builder();
  }

  /**
   * The returning local authority, where known.
   *
   * @return the returning local authority, where known
   */
  Optional<LaCode> la();

  /**
   * The collection year.
   *
   * @return the collection year
   */
  CollectionYear year();

  /**
   * The children, in the order read.
   *
   * @return the children, in the order read
   */
  List<Child> children();

  /**
   * The child with the given identifier (the first, if the return repeats it).
   *
   * @param id the identifier
   * @return the child with the given identifier (the first, if the return repeats it)
   */
  default Optional<Child> child(ChildId id) {
    return children().stream().filter(c -> c.childId().equals(id)).findFirst();
  }
}
