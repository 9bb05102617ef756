package io.github.cscreturns.reference.ofsted;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ofsted's provider lists as the SSDA903 rules use them (the DfE's "URN Lookup"): every provider of
 * the lists given, by URN (matched ignoring case and surrounding space). Where a URN is on several
 * lists or sheets, its placement and provider codes are the union of theirs, its registration end is
 * the latest given (none if any listing has none: a provider still registered somewhere is
 * registered), and its postcode the first given. Immutable and thread-safe.
 *
 * @since 2022-23
 */
public final class OfstedProviders implements ReferenceData.ProviderDirectory {
  private final List<OfstedProviderList> lists;
  private final Map<String, ReferenceData.Provider> byUrn;

  private OfstedProviders(List<OfstedProviderList> lists) {
    this.lists = List.copyOf(lists);
    Map<String, List<OfstedProvider>> rows = new HashMap<>();
    for (OfstedProviderList list : lists) {
      for (OfstedProvider p : list.providers()) {
        rows.computeIfAbsent(key(p.urn()), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, ReferenceData.Provider> merged = new HashMap<>();
    rows.forEach((urn, listed) -> merged.put(urn, merge(listed)));
    this.byUrn = Map.copyOf(merged);
  }

  /**
   * The providers of the lists given.
   *
   * @param lists the lists
   * @return the providers of the lists given
   */
  public static OfstedProviders of(Collection<OfstedProviderList> lists) {
    return new OfstedProviders(List.copyOf(lists));
  }

  /**
   * Reads each file ({@link OfstedProviderList#read}) and combines them.
   *
   * @param files the files
   * @return the providers of every file
   * @throws IOException if the input or output cannot be read or written
   */
  public static OfstedProviders read(Collection<Path> files) throws IOException {
    List<OfstedProviderList> lists = new ArrayList<>();
    for (Path file : files) {
      lists.add(OfstedProviderList.read(file));
    }
    return of(lists);
  }

  private static ReferenceData.Provider merge(List<OfstedProvider> listed) {
    Set<String> placement = new LinkedHashSet<>();
    Set<String> provider = new LinkedHashSet<>();
    Optional<LocalDate> end = Optional.empty();
    boolean stillRegistered = false;
    Optional<String> postcode = Optional.empty();
    for (OfstedProvider p : listed) {
      placement.addAll(p.placementCodes());
      provider.addAll(p.providerCodes());
      if (p.registrationEnd().isEmpty()) {
        stillRegistered |= isProviderRow(p);
      } else if (end.isEmpty() || p.registrationEnd().get().isAfter(end.get())) {
        end = p.registrationEnd();
      }
      if (postcode.isEmpty()) {
        postcode = p.postcode();
      }
    }
    return new ReferenceData.Provider(placement, provider, stillRegistered ? Optional.empty() : end, postcode.map(Postcode::of));
  }

  /** A row with codes or a postcode describes the provider; a row with neither (a conditions sheet) says nothing of registration. */
  private static boolean isProviderRow(OfstedProvider p) {
    return !p.placementCodes().isEmpty() || !p.providerCodes().isEmpty() || p.postcode().isPresent();
  }

  private static String key(String urn) {
    return urn.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * The lists, as given.
   *
   * @return the lists, as given
   */
  public List<OfstedProviderList> lists() {
    return lists;
  }

  /**
   * How many distinct URNs the lists hold.
   *
   * @return how many distinct URNs the lists hold
   */
  public int size() {
    return byUrn.size();
  }

  @Override
  public boolean isKnown(Urn urn) {
    return byUrn.containsKey(key(urn.value()));
  }

  @Override
  public Optional<ReferenceData.Provider> provider(Urn urn) {
    return Optional.ofNullable(byUrn.get(key(urn.value())));
  }

  @Override
  public Optional<Postcode> postcode(Urn urn) {
    return provider(urn).flatMap(ReferenceData.Provider::postcode);
  }
}
