package io.github.cscreturns.injection.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.injection.ssda903.RecordItems.Item;
import io.github.cscreturns.injection.ssda903.RecordItems.Kind;
import java.time.LocalDate;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library of mutation operators, in the words of the return: blank an item; set a code to each
 * other code of its codeset (those valid in the year, and those valid only in other years); set a
 * date to the day before, the day of or the day after another date of the child (date of birth, the
 * collection year's first and last day, each episode's start and end, the record's own dates) or a
 * day, a year or ten years earlier or later; write an identifier, postcode or URN a near miss (a
 * wrong check letter, an ill-formed or placeholder value); remove, duplicate or change a record, or
 * copy one from another child; change or remove last year's record of the child; give the child
 * another child's UPN or child ID. Each operator is tried on every item the model has, so a rule is
 * reached without a recipe of its own. The order is fixed, so the search is deterministic.
 */
final class Mutations {
  private Mutations() {}

  /**
   * One change to a record: what was done, in words, the changed record, and what it touches: the
   * DfE's name of the item changed, or of the table whose rows were removed, duplicated or copied.
   */
  record Change(String description, Object record, String touches) {}

  private static final List<Integer> NUMBERS = List.of(-1, 0, 1, 2, 17, 40, 41, 99);
  /** Days the DfE's rules name: the Children Act 1989 in force (14 October 1991), placement orders (December 2005). */
  private static final List<LocalDate> DAYS_THE_RULES_NAME =
      List.of(LocalDate.of(1991, 10, 13), LocalDate.of(1991, 10, 14), LocalDate.of(2005, 11, 30), LocalDate.of(2005, 12, 1));
  /** Text that is no value of any item: not a code, not a date, not a number. */
  private static final String NO_VALUE = "XX";
  private static final List<String> TEXTS = List.of("X", "SW 1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  private static final List<Postcode> POSTCODES = List.of(Postcode.of("ZZ99 9ZZ"), Postcode.of("XXX"), Postcode.of("SW1A"));
  private static final List<Urn> URNS = List.of(Urn.of("XXXXXX"), Urn.of("SC99999"), Urn.of("ABC"), Urn.of("1234567"));
  private static final List<LaCode> LAS = List.of(LaCode.of("999"), LaCode.of("12"), LaCode.of("201"));

  /**
   * What the operators draw values from: the year, other children's records, and which items they
   * change (the DfE's item and table names that pass; every one by default).
   */
  record Setting(CollectionYear year, List<Child> donors, java.util.function.Predicate<String> touching) {
    Setting(CollectionYear year, List<Child> donors) {
      this(year, donors, t -> true);
    }

    /** Whether an item (by the DfE's name) of a table's rows may be changed: it passes, or every item of its table does ("table:" and the table's name). */
    boolean allows(String field, String table) {
      return touching.test(field) || touching.test("table:" + table);
    }

    /** The same setting, changing only the items and tables that pass. */
    Setting touchingOnly(java.util.function.Predicate<String> which) {
      return new Setting(year, donors, which);
    }
  }

  /** The changes of the child's own records in the year's return. */
  static List<Change> ofChild(Child child, Setting setting) {
    List<Change> out = new ArrayList<>();
    Set<LocalDate> anchors = anchors(child, setting.year());
    changes(child, "Header", "Header", child, anchors, setting, out);
    if (child.headerRecorded() && setting.touching().test("Header")) {
      headerRemoved(child, out);
    }
    return out;
  }

  /**
   * The child without its Header row: with every other table, and with each one table alone (a child
   * known to one table only, as the checks that each table's children are in the Header look for).
   */
  private static void headerRemoved(Child child, List<Change> out) {
    ImmutableChild without = ImmutableChild.copyOf(child).withHeaderRecorded(false);
    out.add(new Change("Header row removed", without, "Header"));
    List<Item> lists = RecordItems.of(without.getClass()).stream().filter(i -> i.kind() == Kind.LIST).toList();
    for (Item keep : lists) {
      if (((List<?>) keep.get(without)).isEmpty()) {
        continue;
      }
      Object only = without;
      for (Item other : lists) {
        if (other != keep) {
          only = other.with(only, List.of());
        }
      }
      out.add(new Change("Header row removed, only the " + keep.name() + " rows kept", only, "Header"));
    }
  }

  /** The child's anchor dates: date of birth, the year's first and last day, each episode's start and end. */
  private static Set<LocalDate> anchors(Child child, CollectionYear year) {
    Set<LocalDate> dates = new TreeSet<>();
    child.dob().ifPresent(dates::add);
    dates.add(year.ssda903Start());
    dates.add(year.ssda903End());
    for (Episode e : child.episodes()) {
      e.start().ifPresent(dates::add);
      e.end().ifPresent(dates::add);
    }
    return dates;
  }

  /** The changes of a record (and the records it holds), each as a changed copy of it. */
  private static void changes(Object record, String where, String table, Child child, Set<LocalDate> anchors, Setting setting, List<Change> out) {
    List<Item> items = RecordItems.of(record.getClass());
    Set<LocalDate> own = new TreeSet<>(anchors);
    for (Item item : items) {
      if (item.kind() == Kind.OPTIONAL && item.valueType() == LocalDate.class) {
        ((Optional<?>) item.get(record)).ifPresent(d -> own.add((LocalDate) d));
      }
    }
    Object completed = record;
    List<String> completedFields = new ArrayList<>();
    for (Item item : items) {
      switch (item.kind()) {
        case OPTIONAL -> {
          String field = DfeItems.of(record.getClass(), item.name()).orElse(item.name());
          if (!setting.allows(field, table)) {
            continue;
          }
          Optional<?> current = (Optional<?>) item.get(record);
          if (current.isPresent()) {
            out.add(new Change(where + ": " + field + " blanked", item.with(record, Optional.empty()), field));
          }
          for (Value v : values(item.valueType(), current, own, child, setting)) {
            out.add(new Change(where + ": " + field + " set to " + v.description(), item.with(record, Optional.of(v.value())), field));
          }
          if (record instanceof Ssda903Record) {
            out.add(new Change(where + ": " + field + " written as text that is no value", asText(record, record, item, field), field));
          }
          if (current.isEmpty()) {
            Optional<Object> filled = completing(item.valueType(), own, setting.year());
            if (filled.isPresent()) {
              completed = item.with(completed, filled);
              completedFields.add(field);
            }
          }
        }
        case RECORD -> {
          List<Change> inner = new ArrayList<>();
          Object held = item.get(record);
          changes(held, where + " " + item.name(), table, child, own, setting, inner);
          for (Change c : inner) {
            out.add(new Change(c.description(), item.with(record, c.record()), c.touches()));
          }
          // The held record's items are written in the record that holds it (an episode's PLACE …).
          for (Item heldItem : RecordItems.of(held.getClass())) {
            Optional<String> field = DfeItems.of(held.getClass(), heldItem.name());
            if (heldItem.kind() == Kind.OPTIONAL && field.isPresent() && setting.allows(field.get(), table) && record instanceof Ssda903Record) {
              Object blanked = item.with(record, heldItem.with(held, Optional.empty()));
              out.add(new Change(where + ": " + field.get() + " written as text that is no value", asText(blanked, record, null, field.get()), field.get()));
            }
          }
        }
        case LIST -> listChanges(record, item, child, anchors, setting, out);
      }
    }
    if (completedFields.size() > 1) {
      // every blank item filled in at once (a decision reversed: its date and reason)
      out.add(new Change(where + ": " + String.join(", ", completedFields) + " filled in", completed, completedFields.get(0)));
    }
  }

  private static void listChanges(Object record, Item item, Child child, Set<LocalDate> anchors, Setting setting, List<Change> out) {
    List<?> list = (List<?>) item.get(record);
    String table = tableName(item, list, setting);
    boolean rows = setting.touching().test(table);
    for (int i = 0; i < list.size(); i++) {
      String where = table + " row " + (i + 1);
      if (rows) {
        List<Object> removed = new ArrayList<>(list);
        removed.remove(i);
        out.add(new Change(where + " removed", item.with(record, removed), table));
        List<Object> duplicated = new ArrayList<>(list);
        duplicated.add(i + 1, list.get(i));
        out.add(new Change(where + " duplicated", item.with(record, duplicated), table));
      }
      List<Change> inner = new ArrayList<>();
      changes(list.get(i), where, table, child, anchors, setting, inner);
      for (Change c : inner) {
        List<Object> changed = new ArrayList<>(list);
        changed.set(i, c.record());
        out.add(new Change(c.description(), item.with(record, changed), c.touches()));
      }
    }
    if (!rows) {
      return;
    }
    if (list.size() > 1) {
      out.add(new Change(table + ": every row removed", item.with(record, List.of()), table));
      everyRowSet(record, item, list, table, child, setting, out);
    }
    // A record of the table copied from the first children that have one.
    int copied = 0;
    for (Child donor : setting.donors()) {
      if (copied == 2 || donor.childId().equals(child.childId())) {
        continue;
      }
      List<?> theirs = (List<?>) item.get(donor);
      if (!theirs.isEmpty()) {
        List<Object> added = new ArrayList<>(list);
        added.add(theirs.get(0));
        out.add(new Change(table + ": a row copied from another child", item.with(record, added), table));
        copied++;
      }
    }
  }

  private static String tableName(Item item, List<?> list, Setting setting) {
    if (!list.isEmpty() && list.get(0) instanceof Ssda903Record r) {
      return r.table().dfeName();
    }
    for (Child donor : setting.donors()) {
      List<?> theirs = (List<?>) item.get(donor);
      if (!theirs.isEmpty() && theirs.get(0) instanceof Ssda903Record r) {
        return r.table().dfeName();
      }
    }
    return item.name();
  }

  /** A value an item may be set to, described in words. */
  record Value(String description, Object value) {}

  private static List<Value> values(Class<?> type, Optional<?> current, Set<LocalDate> dates, Child child, Setting setting) {
    List<Value> out = new ArrayList<>();
    if (type == LocalDate.class) {
      Set<LocalDate> candidates = new LinkedHashSet<>();
      for (LocalDate d : dates) {
        candidates.add(d.minusDays(1));
        candidates.add(d);
        candidates.add(d.plusDays(1));
      }
      current.map(LocalDate.class::cast).ifPresent(c -> {
        candidates.add(c.minusYears(1));
        candidates.add(c.plusYears(1));
        candidates.add(c.minusYears(10));
        candidates.add(c.plusYears(10));
      });
      candidates.addAll(DAYS_THE_RULES_NAME);
      current.ifPresent(candidates::remove);
      new TreeSet<>(candidates).forEach(d -> out.add(new Value(d.toString(), d)));
    } else if (type.isEnum() && Code.class.isAssignableFrom(type)) {
      for (Object constant : type.getEnumConstants()) {
        Code code = (Code) constant;
        if (current.map(constant::equals).orElse(false)) {
          continue;
        }
        String validity = code.isValidIn(setting.year()) ? "" : " (a code not valid in " + setting.year().label() + ")";
        out.add(new Value(code.code() + validity, constant));
      }
    } else if (type == Integer.class) {
      NUMBERS.stream().filter(n -> !current.map(n::equals).orElse(false)).forEach(n -> out.add(new Value(String.valueOf(n), n)));
    } else if (type == String.class) {
      TEXTS.forEach(t -> out.add(new Value("a near miss", t)));
    } else if (type == Postcode.class) {
      POSTCODES.forEach(p -> out.add(new Value("a near miss", p)));
      // the child's other postcodes (a placement at home, a home moved)
      Set<Postcode> others = new LinkedHashSet<>();
      for (Episode e : child.episodes()) {
        e.homePostcode().ifPresent(others::add);
        e.placement().postcode().ifPresent(others::add);
      }
      current.ifPresent(others::remove);
      others.forEach(p -> out.add(new Value("another of the child's postcodes", p)));
    } else if (type == Urn.class) {
      URNS.forEach(u -> out.add(new Value("a near miss", u)));
    } else if (type == LaCode.class) {
      LAS.forEach(l -> out.add(new Value("LA " + l.value(), l)));
    } else if (type == Upn.class) {
      current.map(Upn.class::cast).map(Upn::value).filter(v -> !v.isEmpty()).ifPresent(v -> {
        char wrong = v.charAt(0) == 'A' ? 'B' : 'A';
        out.add(new Value("a wrong check letter", Upn.of(wrong + v.substring(1))));
      });
      for (int n = 1; n <= 11; n++) {
        out.add(new Value("UN" + n, Upn.of("UN" + n)));
      }
      out.add(new Value("a near miss", Upn.of("A12345")));
    }
    return out;
  }

  /**
   * The record ({@code changed}, a copy of {@code record} or of the record holding it) with the item
   * blanked and written instead as text that is no value, as a reader keeps such text.
   */
  private static Object asText(Object changed, Object record, Item item, String field) {
    Object blanked = item == null ? changed : item.with(changed, Optional.empty());
    Map<String, String> unparsed = new LinkedHashMap<>(((Ssda903Record) record).unparsed());
    unparsed.put(field, NO_VALUE);
    return RecordItems.withUnparsed(blanked, unparsed);
  }

  /** Each coded item of a table's rows set to each of its other codes in every row at once. */
  private static void everyRowSet(Object record, Item item, List<?> list, String table, Child child, Setting setting, List<Change> out) {
    for (Item rowItem : RecordItems.of(list.get(0).getClass())) {
      if (rowItem.kind() == Kind.RECORD) {
        Object held = rowItem.get(list.get(0));
        for (Item heldItem : RecordItems.of(held.getClass())) {
          if (heldItem.kind() == Kind.OPTIONAL && heldItem.valueType().isEnum()) {
            for (Object constant : heldItem.valueType().getEnumConstants()) {
              List<Object> all = new ArrayList<>();
              for (Object row : list) {
                all.add(rowItem.with(row, heldItem.with(rowItem.get(row), Optional.of(constant))));
              }
              String field = DfeItems.of(held.getClass(), heldItem.name()).orElse(heldItem.name());
              if (setting.allows(field, table)) {
                out.add(new Change(table + ": " + field + " set to " + codeOf(constant) + " in every row", item.with(record, all), field));
              }
            }
          }
        }
      }
      if (rowItem.kind() != Kind.OPTIONAL || !rowItem.valueType().isEnum()) {
        continue;
      }
      String field = DfeItems.of(list.get(0).getClass(), rowItem.name()).orElse(rowItem.name());
      if (!setting.allows(field, table)) {
        continue;
      }
      for (Object constant : rowItem.valueType().getEnumConstants()) {
        List<Object> all = new ArrayList<>();
        for (Object row : list) {
          all.add(rowItem.with(row, Optional.of(constant)));
        }
        out.add(new Change(table + ": " + field + " set to " + codeOf(constant) + " in every row", item.with(record, all), field));
      }
    }
  }

  private static String codeOf(Object constant) {
    return constant instanceof Code c ? c.code() : constant.toString();
  }

  /** A value to fill a blank item with: the first code valid in the year, the day after the record's first date. */
  private static Optional<Object> completing(Class<?> type, Set<LocalDate> dates, CollectionYear year) {
    if (type == LocalDate.class) {
      return dates.stream().filter(year::ssda903Contains).findFirst().map(d -> (Object) d.plusDays(1));
    }
    if (type.isEnum() && Code.class.isAssignableFrom(type)) {
      for (Object constant : type.getEnumConstants()) {
        if (((Code) constant).isValidIn(year)) {
          return Optional.of(constant);
        }
      }
    }
    return Optional.empty();
  }
}
