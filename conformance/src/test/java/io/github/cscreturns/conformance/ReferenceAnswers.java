package io.github.cscreturns.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One conformance set's reference answers: per rule, the flagged records as "table:row" (the row the
 * 0-based data row of the record in its CSV file), and per rule its status (done, failed, skipped).
 */
record ReferenceAnswers(Map<String, Set<String>> findings, Map<String, String> status) {
  static final String DONE = "done";

  static ReferenceAnswers read(Path set) throws IOException {
    Map<String, Set<String>> findings = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(set.resolve("findings.csv"), StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("rule_code,table,row_index")) {
        throw new IOException(set.resolve("findings.csv") + ": unexpected header");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] c = line.split(",", -1);
        int row = (int) Double.parseDouble(c[2]);
        findings.computeIfAbsent(c[0], k -> new HashSet<>()).add(c[1] + ":" + row);
      }
    }
    Map<String, String> status = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(set.resolve("rule-status.csv"), StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("rule_code,status")) {
        throw new IOException(set.resolve("rule-status.csv") + ": unexpected header");
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          String[] c = line.split(",", -1);
          status.put(c[0], c[1]);
        }
      }
    }
    return new ReferenceAnswers(findings, status);
  }

  Set<String> of(String rule) {
    return findings.getOrDefault(rule, Set.of());
  }

  boolean answered(String rule) {
    return DONE.equals(status.get(rule));
  }
}
