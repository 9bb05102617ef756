package io.github.cscreturns.validation.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a {@link ReportWriter} writes. */
public enum ReportFormat {
  /** A summary per rule, then the findings per child; for people. */
  TEXT,
  /** One line per flagged record: {@code rule_code,severity,child_id,table,record_index,fields,message}. */
  CSV,
  /** The whole report as one JSON object with a stable key order. */
  JSON,
  /**
   * One self-contained HTML page for a person: summary, filters by rule and severity, and each
   * child's flagged records with the flagged fields marked; no network fetches.
   */
  HTML;

  /**
   * The format named (case ignored): text, csv, json or html.
   *
   * @param name the name
   * @return the format named (case ignored)
   */
  public static Optional<ReportFormat> parse(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The lower-case name.
   *
   * @return the lower-case name
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
