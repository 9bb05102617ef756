package io.github.cscreturns.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A UK postcode as written in a return (SSDA903 HOME_POST and PL_POST). The raw text is kept exactly;
 * {@link #normalised()} gives the canonical form ("SW1A 1AA") where the text is well formed.
 *
 * <p>England, Wales and Scotland share the Royal Mail format; Northern Ireland's start with "BT".
 * The DfE asks for the first part and the first character of the second part only (such as
 * "SW1A 1"): {@link #isPartial()} tells that form.
 *
 * @since 2013-14
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Postcode {
  // Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA.
  private static final Pattern FULL =
      Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
  private static final Pattern PARTIAL = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9])");

  public static Postcode of(String value) {
    return ImmutablePostcode.of(value);
  }

  /** The postcode exactly as written. */
  @Value.Parameter
  public abstract String value();

  private String squeezed() {
    return value().strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** Whether the text is a full postcode in the Royal Mail format (case and spacing forgiven). */
  public boolean isWellFormed() {
    return FULL.matcher(squeezed()).matches();
  }

  /** Whether the text is the DfE's partial form: outward code and first inward character ("SW1A 1"). */
  public boolean isPartial() {
    return PARTIAL.matcher(squeezed()).matches();
  }

  /** Whether the postcode is in Northern Ireland (starts "BT"). */
  public boolean isNorthernIreland() {
    return squeezed().startsWith("BT");
  }

  /** The canonical form, upper case with one space ("SW1A 1AA" or "SW1A 1"), or nothing if malformed. */
  public Optional<String> normalised() {
    String s = squeezed();
    var m = FULL.matcher(s);
    if (m.matches()) {
      return Optional.of(m.group(1) + " " + m.group(2));
    }
    m = PARTIAL.matcher(s);
    if (m.matches()) {
      return Optional.of(m.group(1) + " " + m.group(2));
    }
    return Optional.empty();
  }

  /** The outward code ("SW1A"), or nothing if malformed. */
  public Optional<String> outwardCode() {
    return normalised().map(n -> n.substring(0, n.indexOf(' ')));
  }

  @Override
  public String toString() {
    return value();
  }
}
