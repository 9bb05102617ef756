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
  static ImmutableChildDisability.Builder builder() {
    return ImmutableChildDisability.builder();
  }

  /** A disability record of a code. */
  static ChildDisability of(Disability disability) {
    return builder().disability(disability).build();
  }

  @Override
  default CinTable table() {
    return CinTable.DISABILITIES;
  }

  /** Disability (N00099). */
  Optional<Disability> disability();
}
