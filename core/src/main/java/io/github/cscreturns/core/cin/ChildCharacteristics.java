package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.Ethnicity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The child's characteristics (element ChildCharacteristics); the disabilities inside it are
 * records of their own ({@link ChildDisability}).
 *
 * @since 2022-23
 */
@Value.Immutable
public interface ChildCharacteristics extends CinRecord {
  /**
   * A builder of a {@code ChildCharacteristics}, every item unset.
   *
   * @return the builder
   */
  static ImmutableChildCharacteristics.Builder builder() {
    return ImmutableChildCharacteristics.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.CHILD_CHARACTERISTICS;
  }

  /**
   * Ethnicity (N00177).
   *
   * @return ethnicity (N00177)
   */
  Optional<Ethnicity> ethnicity();
}
