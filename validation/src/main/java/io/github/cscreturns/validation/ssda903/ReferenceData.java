package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Facts from outside the return that some rules need. The small public facts (local authority codes)
 * are bundled; the directories (postcodes, Ofsted providers) are interfaces users plug in — an
 * {@link InMemoryPostcodeDirectory} loads one from CSV. Rules needing a directory that is absent are
 * skipped with that reason, never silently passed.
 */
public interface ReferenceData {
  /**
   * Postcode look-ups, if supplied.
   *
   * @return postcode look-ups, if supplied
   */
  default Optional<PostcodeDirectory> postcodes() {
    return Optional.empty();
  }

  /**
   * Ofsted provider information, if supplied.
   *
   * @return ofsted provider information, if supplied
   */
  default Optional<ProviderDirectory> providers() {
    return Optional.empty();
  }

  /**
   * The DfE's three-digit local authority codes; the bundled list unless overridden.
   *
   * @return the DfE's three-digit local authority codes
   */
  default LocalAuthorities localAuthorities() {
    return LocalAuthorities.bundled();
  }

  /**
   * Reference data with no directories: rules that need one are skipped.
   *
   * @return reference data with no directories
   */
  static ReferenceData none() {
    return new ReferenceData() {};
  }

  /**
   * Reference data with the directories given (either may be absent).
   *
   * @param postcodes the postcode directory
   * @param providers the providers
   * @return reference data with the directories given (either may be absent)
   */
  static ReferenceData of(Optional<PostcodeDirectory> postcodes, Optional<ProviderDirectory> providers) {
    return new ReferenceData() {
      @Override
      public Optional<PostcodeDirectory> postcodes() {
        return postcodes;
      }

      @Override
      public Optional<ProviderDirectory> providers() {
        return providers;
      }
    };
  }

  /** Postcode to local authority, and distances between postcodes. */
  interface PostcodeDirectory {
    /**
     * The local authority (three-digit DfE code) in which the postcode lies, if known.
     *
     * @param postcode the postcode
     * @return the local authority (three-digit DfE code) in which the postcode lies, if known
     */
    Optional<LaCode> localAuthority(Postcode postcode);

    /**
     * The straight-line distance in miles between two postcodes, if both are known.
     *
     * @param from the first of the range
     * @param to the last of the range
     * @return the straight-line distance in miles between two postcodes, if both are known
     */
    OptionalDouble distanceMiles(Postcode from, Postcode to);

    /**
     * Whether the directory holds the postcode (case and spacing ignored), whether or not it knows
     * its local authority. By default: whether it knows its local authority.
     *
     * @param postcode the postcode
     * @return whether the directory holds the postcode (case and spacing ignored), whether or not
     *     it knows its local authority
     */
    default boolean holds(Postcode postcode) {
      return localAuthority(postcode).isPresent();
    }
  }

  /** Ofsted's register of providers, by URN. */
  interface ProviderDirectory {
    /**
     * Whether the URN is on the register.
     *
     * @param urn the URN
     * @return whether the URN is on the register
     */
    boolean isKnown(Urn urn);

    /**
     * The postcode of the provider's premises, if known.
     *
     * @param urn the URN
     * @return the postcode of the provider's premises, if known
     */
    default Optional<Postcode> postcode(Urn urn) {
      return Optional.empty();
    }

    /**
     * The local authority in which the provider lies, if known.
     *
     * @param urn the URN
     * @return the local authority in which the provider lies, if known
     */
    default Optional<LaCode> localAuthority(Urn urn) {
      return Optional.empty();
    }

    /**
     * What Ofsted's lists say of the URN, if they hold it.
     *
     * @param urn the URN
     * @return what Ofsted's lists say of the URN, if they hold it
     */
    default Optional<Provider> provider(Urn urn) {
      return Optional.empty();
    }
  }

  /**
   * What Ofsted's lists give for one URN (the DfE's "URN Lookup"): the SSDA903 placement type codes
   * (PLACE) and placement provider codes (PLACE_PROVIDER) the provider may take, the date its
   * registration ended (closed or deregistered), and the postcode of its premises. Codes are kept as
   * Ofsted writes them (upper case, trimmed), so codes of any year compare.
   */
  record Provider(Set<String> placementCodes, Set<String> providerCodes, Optional<LocalDate> registrationEnd, Optional<Postcode> postcode) {
    /**
     * Copies the code sets, so the provider cannot change.
     *
     * @param placementCodes the placement codes
     * @param providerCodes the provider codes
     * @param registrationEnd the registration end
     * @param postcode the postcode
     */
    public Provider {
      placementCodes = Set.copyOf(placementCodes);
      providerCodes = Set.copyOf(providerCodes);
    }
  }
}
