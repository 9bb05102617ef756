package io.github.cscreturns.core.csww;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A social worker's Social Work England registration number (item SWENo): two letters and ten digits
 * in the 2022 schema ("AB1234567890").
 *
 * <p>Any text is accepted, so that a malformed number read from a file can be kept and reported;
 * {@link #isWellFormed()} tells whether it has the schema's form. {@code toString()} does not show
 * the number.
 *
 * @since 2021-22
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SweNumber {
  private static final Pattern FORM = Pattern.compile("[A-Za-z]{2}\\d{10}");

  /** The number exactly as written. */
  @Value.Parameter
  public abstract String value();

  public static SweNumber of(String value) {
    return ImmutableSweNumber.of(value);
  }

  /** Whether the number has the schema's form: two letters then ten digits. */
  public boolean isWellFormed() {
    return FORM.matcher(value()).matches();
  }

  @Override
  public String toString() {
    return "SweNumber{redacted}";
  }
}
