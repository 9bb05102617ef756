package io.github.cscreturns.validation.report;

import io.github.cscreturns.core.ChildId;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stands in for child IDs in a report, so that a report can be shared without them and its rows can
 * still be grouped by child.
 *
 * <ul>
 *   <li>{@link #keyed(byte[])}: the first 20 hex digits (80 bits) of HMAC-SHA-256 of the child ID
 *       under a secret key. The same key gives the same pseudonym for the same child in every report,
 *       so reports of different runs (this year and last, stage 1 and stage 2) can be joined; without
 *       the key a pseudonym cannot be turned back into the child ID, and child IDs being short and
 *       guessable, the key must be secret and long (at least {@value #MIN_KEY_BYTES} bytes).
 *   <li>{@link #inOrder()}: {@code P1}, {@code P2} … in the order children first appear in the report:
 *       stable within one report only.
 * </ul>
 *
 * @since 2013-14
 */
public final class ChildPseudonyms {
  /** The shortest secret accepted for keyed pseudonyms. */
  public static final int MIN_KEY_BYTES = 16;

  private static final int HEX_DIGITS = 20;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final byte[] key;

  private ChildPseudonyms(byte[] key) {
    this.key = key;
  }

  /**
   * Keyed pseudonyms: HMAC-SHA-256 of the child ID (its text as judged, UTF-8) under {@code secret}.
   *
   * @param secret the secret
   * @return keyed pseudonyms
   * @throws IllegalArgumentException if the secret is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static ChildPseudonyms keyed(byte[] secret) {
    if (secret.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the pseudonymisation key is " + secret.length + " bytes; at least " + MIN_KEY_BYTES + " are needed");
    }
    return new ChildPseudonyms(secret.clone());
  }

  /**
   * A sequence per report: P1, P2 … in order of first appearance.
   *
   * @return a sequence per report
   */
  public static ChildPseudonyms inOrder() {
    return new ChildPseudonyms(new byte[0]);
  }

  /**
   * Whether pseudonyms come from a key (the same across reports) rather than a per-report sequence.
   *
   * @return whether pseudonyms come from a key (the same across reports) rather than a per-report
   *     sequence
   */
  public boolean isKeyed() {
    return key.length > 0;
  }

  /**
   * The pseudonym of each child for one report: call once per report written, then for each child in report order.
   *
   * @return the pseudonym of each child for one report
   */
  public Function<ChildId, String> forReport() {
    if (isKeyed()) {
      Mac mac = mac();
      Map<String, String> cache = new HashMap<>();
      return id -> cache.computeIfAbsent(id.value(), v -> hex(mac.doFinal(v.getBytes(StandardCharsets.UTF_8))));
    }
    Map<String, String> seen = new HashMap<>();
    return id -> seen.computeIfAbsent(id.value(), v -> "P" + (seen.size() + 1));
  }

  /**
   * The keyed pseudonym of one child ID (the same as in every report under the key).
   *
   * @param id the identifier
   * @return the keyed pseudonym of one child ID (the same as in every report under the key)
   */
  public String keyedPseudonym(ChildId id) {
    if (!isKeyed()) {
      throw new IllegalStateException("in-order pseudonyms depend on the report; use forReport()");
    }
    return hex(mac().doFinal(id.value().getBytes(StandardCharsets.UTF_8)));
  }

  private Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // every Java platform has HmacSHA256; any key bytes are a valid HMAC key
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String hex(byte[] digest) {
    char[] out = new char[HEX_DIGITS];
    for (int i = 0; i < HEX_DIGITS; i++) {
      int b = digest[i / 2] & 0xFF;
      out[i] = HEX[(i % 2 == 0) ? b >>> 4 : b & 0xF];
    }
    return new String(out);
  }
}
