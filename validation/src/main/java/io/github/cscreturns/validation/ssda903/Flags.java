package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Where a rule puts the records it flags for one child. Each record is flagged at most once per rule;
 * the validator turns flags into findings with the rule's message, fields, table and record index.
 */
public final class Flags {
  private final List<Ssda903Record> flagged = new ArrayList<>();
  private final Set<Ssda903Record> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Flags the record (the child itself stands for its Header row). */
  public void flag(Ssda903Record record) {
    if (seen.add(record)) {
      flagged.add(record);
    }
  }

  /** Flags every record given. */
  public void flagAll(Iterable<? extends Ssda903Record> records) {
    for (Ssda903Record r : records) {
      flag(r);
    }
  }

  /** The flagged records, in the order flagged. */
  public List<Ssda903Record> flagged() {
    return Collections.unmodifiableList(flagged);
  }

  public boolean isEmpty() {
    return flagged.isEmpty();
  }
}
