package io.github.cscreturns.validation;

import java.util.Comparator;

/** Ordering of DfE rule codes: "103" before "1001" before "217t" before "503D" before "EPI" before "SW01STG1". */
public final class RuleCodes {
  private RuleCodes() {}

  /** Leading digits compared as a number (codes without digits after all numbered ones), then the text. */
  public static final Comparator<String> ORDER =
      (a, b) -> {
        if (a.equals(b)) {
          return 0;
        }
        int byNumber = Long.compare(leadingNumber(a), leadingNumber(b));
        return byNumber != 0 ? byNumber : a.compareTo(b);
      };

  /** Sorting findings compares codes millions of times: no substring, no parse. */
  private static long leadingNumber(String code) {
    int i = 0;
    long n = 0;
    while (i < code.length() && Character.isDigit(code.charAt(i))) {
      if (i < 15) {
        n = n * 10 + Character.digit(code.charAt(i), 10);
      }
      i++;
    }
    return i == 0 || i > 15 ? Long.MAX_VALUE : n;
  }
}
