package io.github.cscreturns.validation.report;

/**
 * Text from an input made safe to print for a person: control characters (ESC, CR, LF, TAB, DEL,
 * the C1 controls, bidirectional overrides …) are written as {@code \\uXXXX} escapes, so a crafted
 * child ID or file name cannot forge report lines or drive the terminal. A backslash is doubled, so
 * the escaped form is unambiguous.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * {@code text} with every character that could change what a terminal shows escaped.
   *
   * @param text the text as written
   * @return {@code text} with every character that could change what a terminal shows escaped
   */
  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    int i = 0;
    while (i < text.length() && !needsEscape(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        b.append("\\\\");
      } else if (needsEscape(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || c == '\\'
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x200B && c <= 0x200F) // zero-width and directional marks
        || (c >= 0x202A && c <= 0x202E) // bidirectional embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // bidirectional isolates
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || c == 0xFEFF;
  }
}
