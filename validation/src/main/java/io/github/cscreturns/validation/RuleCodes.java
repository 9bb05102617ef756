package io.github.cscreturns.validation;

import java.util.Comparator;

/** Ordering of DfE rule codes: "103" before "1001" before "217t" before "503D" before "EPI" before "SW01STG1". */
public final class RuleCodes {
  private RuleCodes() {}

  /** Leading digits compared as a number (codes without digits after all numbered ones), then the text. */
  public static final Comparator<String> ORDER =
      Comparator.comparingLong(RuleCodes::leadingNumber).thenComparing(Comparator.naturalOrder());

  private static long leadingNumber(String code) {
    int i = 0;
    while (i < code.length() && Character.isDigit(code.charAt(i))) {
      i++;
    }
    return i == 0 || i > 15 ? Long.MAX_VALUE : Long.parseLong(code.substring(0, i));
  }
}
