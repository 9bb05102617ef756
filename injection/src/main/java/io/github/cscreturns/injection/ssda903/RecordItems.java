package io.github.cscreturns.injection.ssda903;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The items of an SSDA903 record type as the core model holds them: each optional item (a date, a
 * code, a postcode …), each list of records (a child's episodes, reviews …) and each record held
 * inside another (an episode's placement), with the model's own way of changing it (the immutable
 * record's {@code withX} method). Read once per record type from the model, so a new item in the model
 * is mutated without a change here; in name order, so the search is the same on every run.
 */
final class RecordItems {
  private RecordItems() {}

  enum Kind {
    /** An {@code Optional} item: may be blanked or set to another value. */
    OPTIONAL,
    /** A list of records: one may be removed, duplicated, changed or copied from another child. */
    LIST,
    /** A record inside the record (an episode's placement): its own items are changed. */
    RECORD
  }

  /** One item: its name in the model, what it holds and how to read and change it. */
  record Item(String name, Kind kind, Class<?> valueType, Method getter, Method wither) {
    Object get(Object record) {
      return invoke(getter, record);
    }

    /** A copy of the record with the item set (an Optional, a List or a record, by kind). */
    Object with(Object record, Object value) {
      return invoke(wither, record, value);
    }
  }

  private static final ClassValue<List<Item>> ITEMS =
      new ClassValue<>() {
        @Override
        protected List<Item> computeValue(Class<?> type) {
          return read(type);
        }
      };

  /** The items of an immutable record class (such as {@code ImmutableEpisode}), in name order. */
  static List<Item> of(Class<?> immutableClass) {
    return ITEMS.get(immutableClass);
  }

  private static List<Item> read(Class<?> type) {
    List<Item> items = new ArrayList<>();
    for (Method m : type.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
          || m.isBridge() || m.isSynthetic()) {
        continue;
      }
      String name = m.getName();
      if (name.equals("source") || name.equals("unparsed") || name.equals("hashCode") || name.equals("toString")) {
        continue;
      }
      String withName = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      Class<?> returned = m.getReturnType();
      try {
        if (returned == Optional.class) {
          items.add(new Item(name, Kind.OPTIONAL, typeArgument(m.getGenericReturnType()), m, type.getMethod(withName, Optional.class)));
        } else if (returned == List.class) {
          items.add(new Item(name, Kind.LIST, typeArgument(m.getGenericReturnType()), m, type.getMethod(withName, Iterable.class)));
        } else if (returned.isInterface() && returned.getPackage() == type.getPackage()) {
          items.add(new Item(name, Kind.RECORD, returned, m, type.getMethod(withName, returned)));
        }
      } catch (NoSuchMethodException e) {
        // A derived value (lazy or computed from other items): nothing to change.
      }
    }
    items.sort(Comparator.comparing(Item::name));
    return List.copyOf(items);
  }

  /** A copy of the record with its unparsed text (the items that are no value of their type) replaced. */
  static Object withUnparsed(Object record, java.util.Map<String, String> unparsed) {
    try {
      return invoke(record.getClass().getMethod("withUnparsed", java.util.Map.class), record, unparsed);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("Cannot write text into " + record.getClass().getSimpleName(), e);
    }
  }

  private static Class<?> typeArgument(Type type) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot change " + m.getName() + " of " + target.getClass().getSimpleName(), e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Cannot change " + m.getName() + " of " + target.getClass().getSimpleName(), e.getCause());
    }
  }
}
