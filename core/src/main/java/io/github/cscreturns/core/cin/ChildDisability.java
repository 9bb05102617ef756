package io.github.cscreturns.core.cin;

import io.github.cscreturns.codesets.cin.Disability;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One disability of the child (element Disability, N00099, inside ChildCharacteristics/Disabilities).
 *
 * @since 2022-23
 */
@Value.Immutable
public interface ChildDisability extends CinRecord {
  /**
   * A builder of a {@code ChildDisability}, every item unset.
   *
   * @return the builder
   */
  static ImmutableChildDisability.Builder builder() {
    return ImmutableChildDisability.builder();
  }

  /**
   * A disability record of a code.
   *
   * @param disability the disability
   * @return a disability record of a code
   */
  static ChildDisability of(Disability disability) {
    return builder().disability(disability).build();
  }

  @Override
  default CinTable table() {
    return CinTable.DISABILITIES;
  }

  /**
   * Disability (N00099).
   *
   * @return disability (N00099)
   */
  Optional<Disability> disability();
}
