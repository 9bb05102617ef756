package io.github.cscreturns.core;

import org.immutables.value.Value;

/**
 * A local authority code as used in the returns: the DfE's three-digit number (such as "931") in
 * items like LA_PERM and the UPN, or a short text code. Any text is accepted.
 *
 * @since 2013-14
 */
@Value.Immutable(builder = false, copy = false)
public abstract class LaCode {
  private static final java.util.regex.Pattern THREE_DIGITS = java.util.regex.Pattern.compile("\\d{3}");
  public static LaCode of(String value) {
    return ImmutableLaCode.of(value);
  }

  @Value.Parameter
  public abstract String value();

  /** Whether the code is the DfE's three-digit form. */
  public boolean isThreeDigit() {
    return THREE_DIGITS.matcher(value()).matches();
  }

  @Override
  public String toString() {
    return value();
  }
}
