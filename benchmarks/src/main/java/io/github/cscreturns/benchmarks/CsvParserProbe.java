package io.github.cscreturns.benchmarks;

import io.github.cscreturns.benchmarks.CsvParsers.Parser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each parser of {@link CsvParsers} does with awkward and hostile input: prints, per input and
 * parser, the rows it gives or the exception's class and message. The inputs hold the marker SECRET,
 * so a message that quotes input text shows it. Run by hand (docs/benchmarks.md):
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.cscreturns.benchmarks.CsvParserProbe}.
 */
public final class CsvParserProbe {
  private CsvParserProbe() {}

  public static void main(String[] args) {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("BOM", utf8("\uFEFFa,b\r\n1,2\r\n"));
    inputs.put("quoted comma, quote, CRLF", utf8("a,b\r\n\"SECRET, \"\"x\"\"\r\ny\",2\r\n3,4\r\n"));
    inputs.put("blank line, ragged rows", utf8("a,b\r\n\r\n1\r\n1,2,3\r\n"));
    inputs.put("LF and CR-only line ends", utf8("a,b\n1,2\r3,4\n"));
    inputs.put("unclosed quote", utf8("a,b\r\n1,\"SECRET\r\n3,4\r\n"));
    inputs.put("text after closing quote", utf8("a,b\r\n1,\"SECRET\"x\r\n"));
    inputs.put("quote inside an unquoted cell", utf8("a,b\r\n1,SE\"CRET\r\n"));
    inputs.put("cell over 4096", utf8("a,b\r\n1," + "SECRET".repeat(700) + "\r\n"));
    inputs.put("row over 65536 (20 cells of 4000)", utf8("a,b\r\n" + ("SECRET".repeat(666) + ",").repeat(20) + "\r\n"));
    inputs.put("300 cells", utf8("a,b\r\n" + "SECRET,".repeat(299) + "SECRET\r\n"));
    inputs.put("invalid UTF-8 on line 2", bytes("a,b\r\n1,SECRET\u00e9\r\n"));
    for (var input : inputs.entrySet()) {
      System.out.println("== " + input.getKey());
      for (Parser p : Parser.values()) {
        String outcome;
        try {
          var rows = p.rows(input.getValue());
          String shown = rows.toString();
          outcome = rows.size() + " rows " + (shown.length() > 160 ? shown.substring(0, 160) + "…" : shown);
        } catch (RuntimeException e) {
          Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
          String m = String.valueOf(t.getMessage()).replace('\n', ' ');
          for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            m += " / cause " + c.getClass().getSimpleName() + ": " + String.valueOf(c.getMessage()).replace('\n', ' ');
          }
          outcome = t.getClass().getSimpleName() + ": " + (m.length() > 400 ? m.substring(0, 400) + "…" : m)
              + (m.contains("SECRET") ? "   [QUOTES INPUT]" : "");
        }
        System.out.printf("  %-8s %s%n", p, outcome.replace("\r", "\\r").replace("\n", "\\n"));
      }
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
