package io.github.cscreturns.reference.internal;

/**
 * Postcodes as numbers, for a compact sorted table. A postcode is matched as the DfE's tools and ONS
 * match it: upper case, spaces ignored ("sw1a1aa", "SW1A 1AA" and "SW1A  1AA" are one postcode). The
 * last three characters are the inward code (a digit and two letters), the two to four before them
 * the outward code. Both are encoded without allocating, so a look-up costs no garbage.
 */
public final class PostcodeKeys {
  /** No key: the text is not a postcode of the Royal Mail shape. */
  public static final long NONE = -1;
  /** How many inward codes there are (digit, letter, letter). */
  public static final int INWARD_CODES = 10 * 26 * 26;

  private PostcodeKeys() {}

  /** The key of the text: outward code × {@link #INWARD_CODES} + inward code, or {@link #NONE}. */
  public static long key(CharSequence text) {
    int n = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (!isSpace(text.charAt(i))) {
        n++;
      }
    }
    if (n < 5 || n > 7) {
      return NONE;
    }
    int outward = 0;
    int inward = 0;
    int k = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        continue;
      }
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      }
      if (k < n - 3) {
        int s = symbol(c);
        if (s < 0) {
          return NONE;
        }
        outward = outward * 37 + s;
      } else if (k == n - 3) {
        if (c < '0' || c > '9') {
          return NONE;
        }
        inward = c - '0';
      } else {
        if (c < 'A' || c > 'Z') {
          return NONE;
        }
        inward = inward * 26 + (c - 'A');
      }
      k++;
    }
    return (long) outward * INWARD_CODES + inward;
  }

  /** The outward part of a key. */
  public static int outward(long key) {
    return (int) (key / INWARD_CODES);
  }

  /** The inward part of a key. */
  public static int inward(long key) {
    return (int) (key % INWARD_CODES);
  }

  /** Area numbers are below this ({@link #area}). */
  public static final int AREAS = 37 * 37;

  /**
   * The postcode area of an outward code: its leading letters ("LS" of LS29, "B" of B1), as a number
   * below {@link #AREAS}; 0 where the outward code does not begin with a letter.
   */
  public static int area(int outward) {
    int o = outward;
    while (o >= AREAS) {
      o /= 37;
    }
    int first = o / 37;
    int second = o % 37;
    if (first < 11) {
      return 0;
    }
    return second >= 11 ? o : first * 37;
  }

  /** The letters of an area number ("LS", "B"); "0" for area 0. */
  public static String areaName(int area) {
    if (area <= 0 || area >= AREAS || area / 37 < 11) {
      return "0";
    }
    StringBuilder name = new StringBuilder(2).append((char) ('A' + area / 37 - 11));
    if (area % 37 >= 11) {
      name.append((char) ('A' + area % 37 - 11));
    }
    return name.toString();
  }

  /** The postcode of a key in its standard form: upper case, one space ("SW1A 1AA"). */
  public static String text(int outward, int inward) {
    StringBuilder out = new StringBuilder(8);
    for (int o = outward; o > 0; o /= 37) {
      int s = o % 37;
      out.insert(0, (char) (s <= 10 ? '0' + s - 1 : 'A' + s - 11));
    }
    out.append(' ').append((char) ('0' + inward / 676)).append((char) ('A' + inward / 26 % 26)).append((char) ('A' + inward % 26));
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /** 1–10 for digits, 11–36 for letters (0 is never used, so leading symbols are never lost). */
  private static int symbol(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0' + 1;
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 11;
    }
    return -1;
  }
}
