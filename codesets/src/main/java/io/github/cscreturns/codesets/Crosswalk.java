package io.github.cscreturns.codesets;

import java.util.List;
import java.util.Objects;

/**
 * How one code of a codeset carries over into a later collection year: replaced by one code, split
 * into several, or withdrawn with no successor.
 *
 * <p>Crosswalks are data on the codeset ({@link Codeset#crosswalks()}). A one-to-one crosswalk is
 * applied by {@link Codeset#migrate}; a split is reported as needing a decision, because only the
 * case record tells which successor fits.
 *
 * @param <C> the codeset enum
 */
public final class Crosswalk<C extends Enum<C> & Code> {
  /** What kind of change the crosswalk records. */
  public enum Kind {
    /** The code is replaced by exactly one other code. */
    REPLACED,
    /** The code's meaning is divided among several codes (it may itself be one of them). */
    SPLIT,
    /** The code ends without any successor. */
    WITHDRAWN
  }

  private final C from;
  private final List<C> to;
  private final CollectionYear effective;
  private final String note;

  private Crosswalk(C from, List<C> to, CollectionYear effective, String note) {
    this.from = Objects.requireNonNull(from);
    this.to = List.copyOf(to);
    this.effective = Objects.requireNonNull(effective);
    this.note = Objects.requireNonNull(note);
  }

  /**
   * {@code from} is replaced by {@code to} from the {@code effective} year on.
   *
   * @param <C> the code type
   * @param from the code of the years before
   * @param to the code or codes that take its place
   * @param effective the first collection year of the change
   * @param note what the DfE says of the change
   * @return the crosswalk
   */
  public static <C extends Enum<C> & Code> Crosswalk<C> replaced(
      C from, C to, CollectionYear effective, String note) {
    return new Crosswalk<>(from, List.of(to), effective, note);
  }

  /**
   * {@code from}'s meaning is divided among {@code to} from the {@code effective} year on.
   *
   * @param <C> the code type
   * @param from the code of the years before
   * @param effective the first collection year of the change
   * @param note what the DfE says of the change
   * @param to the code or codes that take its place
   * @return the crosswalk
   */
  @SafeVarargs
  public static <C extends Enum<C> & Code> Crosswalk<C> split(
      C from, CollectionYear effective, String note, C... to) {
    if (to.length < 2) {
      throw new IllegalArgumentException("A split needs at least two successors");
    }
    return new Crosswalk<>(from, List.of(to), effective, note);
  }

  /**
   * {@code from} ends with no successor; the {@code effective} year is the first without it.
   *
   * @param <C> the code type
   * @param from the code of the years before
   * @param effective the first collection year of the change
   * @param note what the DfE says of the change
   * @return the crosswalk
   */
  public static <C extends Enum<C> & Code> Crosswalk<C> withdrawn(
      C from, CollectionYear effective, String note) {
    return new Crosswalk<>(from, List.of(), effective, note);
  }

  /**
  * The code of the years before the change.
  *
  * @return the code replaced, divided or withdrawn
  */
  public C from() {
    return from;
  }

  /**
   * The successors, in guide order; empty for a withdrawal.
   *
   * @return the successors, in guide order
   */
  public List<C> to() {
    return to;
  }

  /**
   * The first collection year in which the successors apply.
   *
   * @return the first collection year in which the successors apply
   */
  public CollectionYear effective() {
    return effective;
  }

  /**
   * Why, in a sentence (the DfE change it records).
   *
   * @return why, in a sentence (the DfE change it records)
   */
  public String note() {
    return note;
  }

  /**
   * Whether the code was replaced, divided or withdrawn.
   *
   * @return the kind of change
   */
  public Kind kind() {
    if (to.isEmpty()) {
      return Kind.WITHDRAWN;
    }
    return to.size() == 1 ? Kind.REPLACED : Kind.SPLIT;
  }

  @Override
  public String toString() {
    return from.code() + " -> " + to.stream().map(Code::code).toList() + " from " + effective;
  }
}
