package io.github.cscreturns.validation.cin;

/**
 * Whether a CIN rule judges records (of one child, or records compared across children, such as
 * duplicate UPNs) or the return as a whole (a proportion or count over all children, reported
 * against no record).
 *
 * @since 2022-23
 */
public enum CinRuleLevel {
  /** The rule flags records: each finding names a table and the record's position. */
  RECORD,
  /** The rule judges the whole return: its finding names no record. */
  RETURN
}
