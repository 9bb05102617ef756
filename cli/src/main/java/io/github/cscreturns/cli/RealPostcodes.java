package io.github.cscreturns.cli;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.reference.OnsPostcodeDirectory;
import java.util.ArrayList;
import java.util.List;

/**
 * Real postcodes for generated returns, taken from a postcode directory (the bundled ONSPD unless the
 * user gives none), so that the postcode rules (placement LA, distance) see postcodes they know. The
 * postcodes are those of West Yorkshire districts (Leeds, Bradford, Wakefield), found by walking each
 * district's sectors and units in order: the same directory gives the same list.
 */
final class RealPostcodes {
  private RealPostcodes() {}

  private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  /** Up to {@code max} postcodes the directory holds with a local authority and a grid reference. */
  static List<Postcode> from(OnsPostcodeDirectory directory, int max) {
    List<Postcode> found = new ArrayList<>();
    String[][] areas = {{"LS", "29"}, {"BD", "22"}, {"WF", "17"}};
    for (int unitStep = 0; unitStep < 4 && found.size() < max; unitStep++) {
      for (String[] area : areas) {
        int districts = Integer.parseInt(area[1]);
        for (int d = 1; d <= districts && found.size() < max; d++) {
          for (int sector = 0; sector <= 9 && found.size() < max; sector++) {
            // a quarter of the unit letters each pass, so every district contributes before any is exhausted
            for (int i = unitStep; i < UNIT_LETTERS.length(); i += 4) {
              for (int j = 0; j < UNIT_LETTERS.length() && found.size() < max; j += 3) {
                String text = area[0] + d + " " + sector + UNIT_LETTERS.charAt(i) + UNIT_LETTERS.charAt(j);
                var location = directory.find(text);
                if (location.isPresent() && location.get().lowerTierLa().isPresent() && location.get().easting().isPresent()) {
                  Postcode p = Postcode.of(location.get().postcode());
                  if (directory.localAuthority(p).isPresent()) {
                    found.add(p);
                  }
                }
              }
            }
          }
        }
      }
    }
    return List.copyOf(found);
  }
}
