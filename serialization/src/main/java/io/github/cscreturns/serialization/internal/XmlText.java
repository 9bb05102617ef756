package io.github.cscreturns.serialization.internal;

import java.io.IOException;
import java.io.Writer;

/** Element text as this module's XML writers write it, so that a reader gets back exactly what was written. */
public final class XmlText {
  private XmlText() {}

  /**
   * Writes the text escaped for element content: {@code < > &} as entities, CR as {@code &#13;} (a
   * literal CR would be normalised away by the reader). Returns false at the first character XML 1.0
   * cannot hold (a control character other than tab and LF, U+FFFE, U+FFFF, or a lone surrogate), the
   * text before it possibly written in part; the caller says where.
   */
  public static boolean writeEscaped(Writer out, String value) throws IOException {
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      String rep;
      if (ch == '<') {
        rep = "&lt;";
      } else if (ch == '>') {
        rep = "&gt;";
      } else if (ch == '&') {
        rep = "&amp;";
      } else if (ch == '\r') {
        rep = "&#13;";
      } else if (ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF
          || Character.isSurrogate(ch) && !validSurrogatePair(value, i)) {
        return false;
      } else {
        if (Character.isHighSurrogate(ch)) {
          i++;
        }
        continue;
      }
      out.write(value, start, i - start);
      out.write(rep);
      start = i + 1;
    }
    out.write(value, start, value.length() - start);
    return true;
  }

  private static boolean validSurrogatePair(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }
}
