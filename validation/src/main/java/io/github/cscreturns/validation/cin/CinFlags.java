package io.github.cscreturns.validation.cin;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where a CIN rule puts what it flags: records (each once, however often flagged), or the return as a
 * whole. The validator turns each into a finding with the rule's message, the record's DfE table, its
 * position in the file and its source line.
 *
 * @since 2022-23
 */
public final class CinFlags {
  /** One flagged record and its child (none for the header). */
  record Flagged(@Nullable CinChild child, CinRecord record) {}

  private final List<Flagged> flagged = new ArrayList<>(4);
  private final Set<CinRecord> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private @Nullable CinChild child;
  private boolean returnFlagged;

  /** Flags with no current child: for a return-level rule's finish, or a test. */
  public CinFlags() {}

  CinFlags(@Nullable CinChild child) {
    this.child = child;
  }

  /**
   * Flags a record of the child being checked (or, from a return-level rule, the header).
   *
   * @param record the record
   */
  public void flag(CinRecord record) {
    add(child, record);
  }

  /**
   * Flags a record of the given child (for a rule comparing children).
   *
   * @param owner the child whose record it is
   * @param record the record
   */
  public void flag(CinChild owner, CinRecord record) {
    add(owner, record);
  }

  /**
   * Flags each of the records of the child being checked.
   *
   * @param records the records
   */
  public void flagAll(Iterable<? extends CinRecord> records) {
    for (CinRecord r : records) {
      flag(r);
    }
  }

  /** Flags the return as a whole (a return-level rule's finding, which names no record). */
  public void flagReturn() {
    returnFlagged = true;
  }

  /**
   * The records flagged so far, each once, in the order first flagged.
   *
   * @return the records flagged so far
   */
  public List<CinRecord> flagged() {
    return flagged.stream().map(Flagged::record).toList();
  }

  /**
   * Whether the return as a whole was flagged.
   *
   * @return whether the return as a whole was flagged
   */
  public boolean isReturnFlagged() {
    return returnFlagged;
  }

  /**
   * Whether nothing was flagged.
   *
   * @return whether nothing was flagged
   */
  public boolean isEmpty() {
    return flagged.isEmpty() && !returnFlagged;
  }

  List<Flagged> entries() {
    return Collections.unmodifiableList(flagged);
  }

  private void add(@Nullable CinChild owner, CinRecord record) {
    if (seen.add(record)) {
      flagged.add(new Flagged(owner, record));
    }
  }
}
