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
import java.util.ArrayList;
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

  /** One change to a record: what was done, in words, and the changed record. */
  record Change(String description, Object record) {}

  private static final List<Integer> NUMBERS = List.of(-1, 0, 1, 2, 17, 40, 41, 99);
  private static final List<String> TEXTS = List.of("X", "SW 1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  private static final List<Postcode> POSTCODES = List.of(Postcode.of("ZZ99 9ZZ"), Postcode.of("XXX"), Postcode.of("SW1A"));
  private static final List<Urn> URNS = List.of(Urn.of("XXXXXX"), Urn.of("SC99999"), Urn.of("ABC"), Urn.of("1234567"));
  private static final List<LaCode> LAS = List.of(LaCode.of("999"), LaCode.of("12"), LaCode.of("201"));

  /** What the operators draw values from: the year, the child's anchor dates and other children's records. */
  record Setting(CollectionYear year, List<Child> donors) {}

  /** The changes of the child's own records in the year's return. */
  static List<Change> ofChild(Child child, Setting setting) {
    List<Change> out = new ArrayList<>();
    Set<LocalDate> anchors = anchors(child, setting.year());
    changes(child, "Header", child, anchors, setting, out);
    return out;
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
  private static void changes(Object record, String where, Child child, Set<LocalDate> anchors, Setting setting, List<Change> out) {
    List<Item> items = RecordItems.of(record.getClass());
    Set<LocalDate> own = new TreeSet<>(anchors);
    for (Item item : items) {
      if (item.kind() == Kind.OPTIONAL && item.valueType() == LocalDate.class) {
        ((Optional<?>) item.get(record)).ifPresent(d -> own.add((LocalDate) d));
      }
    }
    for (Item item : items) {
      switch (item.kind()) {
        case OPTIONAL -> {
          Optional<?> current = (Optional<?>) item.get(record);
          if (current.isPresent()) {
            out.add(new Change(where + ": " + item.name() + " blanked", item.with(record, Optional.empty())));
          }
          for (Value v : values(item.valueType(), current, own, setting)) {
            out.add(new Change(where + ": " + item.name() + " set to " + v.description(), item.with(record, Optional.of(v.value()))));
          }
        }
        case RECORD -> {
          List<Change> inner = new ArrayList<>();
          changes(item.get(record), where + " " + item.name(), child, own, setting, inner);
          for (Change c : inner) {
            out.add(new Change(c.description(), item.with(record, c.record())));
          }
        }
        case LIST -> listChanges(record, item, child, anchors, setting, out);
      }
    }
  }

  private static void listChanges(Object record, Item item, Child child, Set<LocalDate> anchors, Setting setting, List<Change> out) {
    List<?> list = (List<?>) item.get(record);
    String table = tableName(item, list, setting);
    for (int i = 0; i < list.size(); i++) {
      String where = table + " row " + (i + 1);
      List<Object> removed = new ArrayList<>(list);
      removed.remove(i);
      out.add(new Change(where + " removed", item.with(record, removed)));
      List<Object> duplicated = new ArrayList<>(list);
      duplicated.add(i + 1, list.get(i));
      out.add(new Change(where + " duplicated", item.with(record, duplicated)));
      List<Change> inner = new ArrayList<>();
      changes(list.get(i), where, child, anchors, setting, inner);
      for (Change c : inner) {
        List<Object> changed = new ArrayList<>(list);
        changed.set(i, c.record());
        out.add(new Change(c.description(), item.with(record, changed)));
      }
    }
    if (list.size() > 1) {
      out.add(new Change(table + ": every row removed", item.with(record, List.of())));
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
        out.add(new Change(table + ": a row copied from another child", item.with(record, added)));
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

  private static List<Value> values(Class<?> type, Optional<?> current, Set<LocalDate> dates, Setting setting) {
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
    } else if (type == Urn.class) {
      URNS.forEach(u -> out.add(new Value("a near miss", u)));
    } else if (type == LaCode.class) {
      LAS.forEach(l -> out.add(new Value("LA " + l.value(), l)));
    } else if (type == Upn.class) {
      current.map(Upn.class::cast).map(Upn::value).filter(v -> !v.isEmpty()).ifPresent(v -> {
        char wrong = v.charAt(0) == 'A' ? 'B' : 'A';
        out.add(new Value("a wrong check letter", Upn.of(wrong + v.substring(1))));
      });
      out.add(new Value("UN1", Upn.of("UN1")));
      out.add(new Value("UN11", Upn.of("UN11")));
      out.add(new Value("a near miss", Upn.of("A12345")));
    }
    return out;
  }
}
