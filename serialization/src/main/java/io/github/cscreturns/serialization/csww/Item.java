package io.github.cscreturns.serialization.csww;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One census item of a record: its schema element name, its JSON name, whether it repeats, how its
 * values are read and written, and how it is got from a record and put into a builder.
 *
 * @param <R> the record type
 * @param <B> the record's builder
 * @param <T> the item's value type
 */
record Item<R, B, T>(
    String element, String json, boolean repeated, Codec<T> codec, Function<R, List<T>> values, BiConsumer<B, T> put) {

  static <R, B, T> Item<R, B, T> single(
      String element, String json, Codec<T> codec, Function<R, Optional<T>> get, BiConsumer<B, T> put) {
    return new Item<>(element, json, false, codec, r -> get.apply(r).map(List::of).orElse(List.of()), put);
  }

  static <R, B, T> Item<R, B, T> repeated(
      String element, String json, Codec<T> codec, Function<R, List<T>> get, BiConsumer<B, T> add) {
    return new Item<>(element, json, true, codec, get, add);
  }

  /** Puts the value of the XML text into the builder; false if the text does not parse. */
  boolean accept(B builder, String text) {
    Optional<T> value = codec.parse(text);
    value.ifPresent(v -> put.accept(builder, v));
    return value.isPresent();
  }

  /** The XML texts of the record's typed values, in order. */
  List<String> texts(R record) {
    return values.apply(record).stream().map(codec::format).toList();
  }
}
