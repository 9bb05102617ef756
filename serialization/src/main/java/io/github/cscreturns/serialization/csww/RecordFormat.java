package io.github.cscreturns.serialization.csww;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The items of one record type in schema order, with the record's builder and raw-text map: the one
 * description from which the XML reader and writer and the JSON module work.
 */
final class RecordFormat<R, B> {
  final String element;
  final List<Item<R, B, ?>> items;
  final Supplier<B> builder;
  final Function<B, R> build;
  final Function<R, Map<String, String>> unparsed;
  final BiConsumer<B, Map<String, String>> putUnparsed;
  private final Map<String, Item<R, B, ?>> byElement = new LinkedHashMap<>();
  private final Map<String, Item<R, B, ?>> byJson = new LinkedHashMap<>();

  RecordFormat(
      String element,
      List<Item<R, B, ?>> items,
      Supplier<B> builder,
      Function<B, R> build,
      Function<R, Map<String, String>> unparsed,
      BiConsumer<B, Map<String, String>> putUnparsed) {
    this.element = element;
    this.items = List.copyOf(items);
    this.builder = builder;
    this.build = build;
    this.unparsed = unparsed;
    this.putUnparsed = putUnparsed;
    for (Item<R, B, ?> item : items) {
      byElement.put(item.element(), item);
      byJson.put(item.json(), item);
    }
  }

  Optional<Item<R, B, ?>> byElement(String name) {
    return Optional.ofNullable(byElement.get(name));
  }

  Optional<Item<R, B, ?>> byJson(String name) {
    return Optional.ofNullable(byJson.get(name));
  }

  /** The element names, for messages. */
  String elementNames() {
    return String.join(", ", byElement.keySet());
  }

  /** Key of a repeating item's raw text: its element name and 0-based position among its occurrences. */
  static String indexedKey(String element, int index) {
    return element + "[" + index + "]";
  }

  /**
   * The XML texts of an item of the record, in order: typed values, with raw texts kept in
   * {@link #unparsed} put back at their positions.
   */
  List<String> textsOf(R record, Item<R, B, ?> item) {
    List<String> typed = item.texts(record);
    Map<String, String> raw = unparsed.apply(record);
    if (!item.repeated()) {
      if (!typed.isEmpty()) {
        return typed;
      }
      String text = raw.get(item.element());
      return text == null ? List.of() : List.of(text);
    }
    List<String> out = new java.util.ArrayList<>();
    int next = 0;
    int total = typed.size() + (int) raw.keySet().stream().filter(k -> k.startsWith(item.element() + "[")).count();
    for (int i = 0; i < total; i++) {
      String text = raw.get(indexedKey(item.element(), i));
      if (text != null) {
        out.add(text);
      } else if (next < typed.size()) {
        out.add(typed.get(next++));
      }
    }
    while (next < typed.size()) {
      out.add(typed.get(next++));
    }
    return out;
  }
}
