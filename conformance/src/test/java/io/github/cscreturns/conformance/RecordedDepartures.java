package io.github.cscreturns.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The departures recorded in {@code docs/rule-interpretations.md}: its table's rows, by rule code,
 * with the row's reason (the last column). A row may name several rules ("387, 460") or a range of
 * numbered rules ("370–374").
 */
final class RecordedDepartures {
  private final Map<String, String> reasons;

  private RecordedDepartures(Map<String, String> reasons) {
    this.reasons = reasons;
  }

  static RecordedDepartures read(Path file) throws IOException {
    Map<String, String> reasons = new HashMap<>();
    if (!Files.exists(file)) {
      return new RecordedDepartures(reasons);
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("| ") || line.startsWith("| Rule ") || line.startsWith("|---")) {
        continue;
      }
      String[] cells = line.split("\\|");
      if (cells.length < 3) {
        continue;
      }
      String reason = cells[cells.length - 1].isBlank() ? cells[cells.length - 2].strip() : cells[cells.length - 1].strip();
      for (String part : cells[1].split(",")) {
        String code = part.strip();
        String[] range = code.split("[–-]");
        if (range.length == 2 && range[0].strip().matches("\\d+") && range[1].strip().matches("\\d+")) {
          for (int n = Integer.parseInt(range[0].strip()); n <= Integer.parseInt(range[1].strip()); n++) {
            reasons.put(Integer.toString(n), reason);
          }
        } else if (!code.isEmpty()) {
          reasons.put(code, reason);
        }
      }
    }
    return new RecordedDepartures(reasons);
  }

  Optional<String> reason(String rule) {
    return Optional.ofNullable(reasons.get(rule));
  }
}
