package io.github.cscreturns.codesets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A DfE codeset: its name in the specification ("PLACE", "REC"), its codes in the order of the DfE
 * guide, and the crosswalks between years.
 *
 * <p>Each codeset enum exposes its instance as {@code CODESET}, for example
 * {@code PlacementType.CODESET.validCodes(CollectionYear.Y2014_15)}. Instances are immutable and
 * safe to share between threads.
 *
 * @param <C> the codeset enum
 */
public final class Codeset<C extends Enum<C> & Code> {
  private final String name;
  private final String title;
  private final Class<C> type;
  private final List<C> codes;
  /**
   * Each code's text to the code, already wrapped, in an open-addressing table (power-of-two size,
   * linear probing): {@link #parse} is on the readers' hot path, once per coded item read.
   */
  private final String[] keys;

  private final Optional<C>[] values;
  private final List<Crosswalk<C>> crosswalks;

  private Codeset(String name, String title, Class<C> type, List<Crosswalk<C>> crosswalks) {
    this.name = name;
    this.title = title;
    this.type = type;
    this.codes = List.of(type.getEnumConstants());
    Map<String, Optional<C>> map = new HashMap<>();
    for (C c : codes) {
      if (map.put(c.code(), Optional.of(c)) != null) {
        throw new IllegalStateException("Codeset " + name + " has code " + c.code() + " twice");
      }
    }
    int size = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
    this.keys = new String[size];
    @SuppressWarnings("unchecked")
    Optional<C>[] table = new Optional[size];
    this.values = table;
    for (Map.Entry<String, Optional<C>> e : map.entrySet()) {
      int i = slot(e.getKey());
      while (keys[i] != null) {
        i = (i + 1) & (size - 1);
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
    this.crosswalks = List.copyOf(crosswalks);
  }

  /**
   * Creates the codeset of an enum; its constants must be declared in the order of the DfE guide.
   *
   * @param <C> the code type
   * @param name the name
   * @param title the title
   * @param type the type
   * @param crosswalks the crosswalks
   * @return the codeset
   */
  public static <C extends Enum<C> & Code> Codeset<C> of(
      String name, String title, Class<C> type, List<Crosswalk<C>> crosswalks) {
    return new Codeset<>(name, title, type, crosswalks);
  }

  /**
   * The codeset's name in the DfE specification, such as "PLACE".
   *
   * @return the codeset's name in the DfE specification, such as "PLACE"
   */
  public String name() {
    return name;
  }

  /**
   * What the codeset records, in words ("Placement type").
   *
   * @return what the codeset records, in words ("Placement type")
   */
  public String title() {
    return title;
  }

  /**
   * The enum whose constants are the codeset's codes.
   *
   * @return the enum whose constants are the codeset's codes
   */
  public Class<C> type() {
    return type;
  }

  /**
   * Every code the SDK knows, in any year, in the order of the DfE guide.
   *
   * @return every code the SDK knows, in any year, in the order of the DfE guide
   */
  public List<C> codes() {
    return codes;
  }

  /**
   * The known code written as {@code text}, or nothing. Surrounding white space is ignored (some
   * DfE files carry a trailing space); case is significant, as in the DfE specification.
   *
   * @param text the text as written
   * @return the known code written as {@code text}, or nothing
   */
  public Optional<C> parse(String text) {
    String key = text.strip();
    for (int i = slot(key); ; i = (i + 1) & (keys.length - 1)) {
      String k = keys[i];
      if (k == null) {
        return Optional.empty();
      }
      if (k.equals(key)) {
        return values[i];
      }
    }
  }

  private int slot(String key) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & (keys.length - 1);
  }

  /**
   * The codes that may be returned in the year, in guide order.
   *
   * @param year the collection year
   * @return the codes that may be returned in the year, in guide order
   */
  public List<C> validCodes(CollectionYear year) {
    List<C> valid = new ArrayList<>();
    for (C c : codes) {
      if (c.isValidIn(year)) {
        valid.add(c);
      }
    }
    return List.copyOf(valid);
  }

  /**
   * Whether {@code text} is a code that may be returned in the year.
   *
   * @param text the text as written
   * @param year the collection year
   * @return whether {@code text} is a code that may be returned in the year
   */
  public boolean isValid(String text, CollectionYear year) {
    return parse(text).map(c -> c.isValidIn(year)).orElse(false);
  }

  /**
   * Whether {@code text} is a code that may be returned in the year for something starting on {@code date}.
   *
   * @param text the text as written
   * @param year the collection year
   * @param date the date
   * @return whether {@code text} is a code that may be returned in the year for something starting
   *     on {@code date}
   */
  public boolean isValidOn(String text, CollectionYear year, LocalDate date) {
    return parse(text).map(c -> c.isValidOn(year, date)).orElse(false);
  }

  /**
   * The recorded changes between years, in the order they took effect.
   *
   * @return the recorded changes between years, in the order they took effect
   */
  public List<Crosswalk<C>> crosswalks() {
    return crosswalks;
  }

  /**
   * The crosswalks that lead away from the given code.
   *
   * @param code the code
   * @return the crosswalks that lead away from the given code
   */
  public List<Crosswalk<C>> crosswalksFrom(C code) {
    return crosswalks.stream().filter(c -> c.from() == code).toList();
  }

  /**
   * What becomes of {@code code}, valid in {@code from}, when carried into the later year {@code to}.
   * Crosswalks are followed in order, so a code replaced twice ends at its latest successor; a split
   * stops the walk and asks for a decision.
   *
   * @param code the code
   * @param from the first of the range
   * @param to the last of the range
   * @return what becomes of {@code code}, valid in {@code from}, when carried into the later year
   *     {@code to}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Migration<C> migrate(C code, CollectionYear from, CollectionYear to) {
    if (to.isOlderThan(from)) {
      throw new IllegalArgumentException("Cannot migrate backwards from " + from + " to " + to);
    }
    C current = code;
    for (Crosswalk<C> walk : crosswalks) {
      if (walk.from() != current
          || walk.effective().compareTo(from) <= 0
          || walk.effective().compareTo(to) > 0) {
        continue;
      }
      switch (walk.kind()) {
        case REPLACED -> current = walk.to().get(0);
        case SPLIT -> {
          return new Migration.NeedsDecision<>(code, walk.to(), walk);
        }
        case WITHDRAWN -> {
          return new Migration.Withdrawn<>(code, walk.effective().previous().orElseThrow());
        }
      }
    }
    if (current != code) {
      Crosswalk<C> first = crosswalksFrom(code).get(0);
      return new Migration.Replaced<>(code, current, first);
    }
    if (!code.isValidIn(to)) {
      return new Migration.Withdrawn<>(code, code.validity().last());
    }
    return new Migration.Unchanged<>(code);
  }

  @Override
  public String toString() {
    return name;
  }
}
