package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule puts the records it flags for one child. Each record is flagged at most once per rule
 * (by identity); the validator turns flags into findings with the rule's message, fields, table and
 * record index.
 *
 * <p>Not thread-safe: the validator gives each thread its own and clears it between rules, so that
 * checking a child allocates nothing for the rules that flag nothing.
 */
public final class Flags {
  /** Up to this many flagged records, duplicates are found by a linear scan instead of a set. */
  private static final int SCAN_LIMIT = 16;

  private final List<Ssda903Record> flagged = new ArrayList<>(4);
  private @Nullable Set<Ssda903Record> seen;

  /**
   * Flags the record (the child itself stands for its Header row).
   *
   * @param record the record
   */
  public void flag(Ssda903Record record) {
    if (seen != null) {
      if (seen.add(record)) {
        flagged.add(record);
      }
      return;
    }
    for (int i = 0; i < flagged.size(); i++) {
      if (flagged.get(i) == record) {
        return;
      }
    }
    flagged.add(record);
    if (flagged.size() > SCAN_LIMIT) {
      seen = Collections.newSetFromMap(new IdentityHashMap<>());
      seen.addAll(flagged);
    }
  }

  /**
   * Flags every record given.
   *
   * @param records the records
   */
  public void flagAll(Iterable<? extends Ssda903Record> records) {
    for (Ssda903Record r : records) {
      flag(r);
    }
  }

  /**
   * The flagged records, in the order flagged.
   *
   * @return the flagged records, in the order flagged
   */
  public List<Ssda903Record> flagged() {
    return Collections.unmodifiableList(flagged);
  }

  /**
   * Whether the rule has flagged nothing yet.
   *
   * @return whether no record is flagged
   */
  public boolean isEmpty() {
    return flagged.isEmpty();
  }

  /** Forgets every flag, for reuse with the next rule. */
  void clear() {
    flagged.clear();
    seen = null;
  }

  int size() {
    return flagged.size();
  }

  Ssda903Record get(int i) {
    return flagged.get(i);
  }
}
