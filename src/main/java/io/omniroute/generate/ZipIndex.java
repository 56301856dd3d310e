package io.omniroute.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Nearest ZIP centroid by a grid over latitude and longitude: an order needs one lookup, so a linear scan of
 * 40,000 ZIPs per order would dominate generation time.
 */
final class ZipIndex {

    /** Military (AA, AE, AP) and territory ZIPs sit on other continents or at 0,0; customers live in the states. */
    private static final Set<String> STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY");
    private static final double CELL_DEGREES = 0.5;
    private static final int MAX_RING = 80;

    private final String[] zips;
    private final double[] lats;
    private final double[] lons;
    private final double minLat;
    private final double minLon;
    private final int gridRows;
    private final int gridCols;
    /** cellStart[c]..cellStart[c+1] indexes cellItems for grid cell c. */
    private final int[] cellStart;
    private final int[] cellItems;

    private ZipIndex(List<String[]> kept) {
        int n = kept.size();
        zips = new String[n];
        lats = new double[n];
        lons = new double[n];
        for (int i = 0; i < n; i++) {
            zips[i] = kept.get(i)[0];
            lats[i] = Double.parseDouble(kept.get(i)[1]);
            lons[i] = Double.parseDouble(kept.get(i)[2]);
        }
        minLat = Arrays.stream(lats).min().orElse(0);
        minLon = Arrays.stream(lons).min().orElse(0);
        gridRows = (int) ((Arrays.stream(lats).max().orElse(0) - minLat) / CELL_DEGREES) + 1;
        gridCols = (int) ((Arrays.stream(lons).max().orElse(0) - minLon) / CELL_DEGREES) + 1;
        cellStart = new int[gridRows * gridCols + 1];
        cellItems = new int[n];
        fillCells();
    }

    /** A counting sort of ZIP indexes by cell: one flat array instead of a list per cell. */
    private void fillCells() {
        for (int i = 0; i < zips.length; i++) {
            cellStart[cellOf(i) + 1]++;
        }
        for (int c = 1; c < cellStart.length; c++) {
            cellStart[c] += cellStart[c - 1];
        }
        int[] next = Arrays.copyOf(cellStart, cellStart.length);
        for (int i = 0; i < zips.length; i++) {
            cellItems[next[cellOf(i)]++] = i;
        }
    }

    /** Keeps the ZIPs of the 50 states and DC, from rows of zip,lat,lon,city,state. */
    static ZipIndex of(List<String[]> zipRows) {
        List<String[]> kept = new ArrayList<>();
        for (String[] row : zipRows) {
            if (row.length >= 5 && STATES.contains(row[4]) && !atOrigin(row)) {
                kept.add(row);
            }
        }
        return new ZipIndex(kept);
    }

    int size() {
        return zips.length;
    }

    /** The nearest ZIP; ties go to the ZIP listed first, so the answer never depends on iteration order. */
    String nearest(double lat, double lon) {
        int r0 = clamp(row(lat), gridRows);
        int c0 = clamp(col(lon), gridCols);
        double lonScale = StrictMath.cos(Math.toRadians(lat));
        int best = -1;
        double bestDist = Double.MAX_VALUE;
        for (int ring = 0; ring <= MAX_RING; ring++) {
            for (int r = r0 - ring; r <= r0 + ring; r++) {
                if (r < 0 || r >= gridRows) {
                    continue;
                }
                for (int c = c0 - ring; c <= c0 + ring; c++) {
                    boolean onRing = r == r0 - ring || r == r0 + ring || c == c0 - ring || c == c0 + ring;
                    if (c < 0 || c >= gridCols || !onRing) {
                        continue;
                    }
                    int cell = cell(r, c);
                    for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                        int i = cellItems[k];
                        double dLat = lats[i] - lat;
                        double dLon = (lons[i] - lon) * lonScale;
                        double dist = dLat * dLat + dLon * dLon;
                        if (dist < bestDist || (dist == bestDist && i < best)) {
                            bestDist = dist;
                            best = i;
                        }
                    }
                }
            }
            // Any ZIP outside this ring is at least ring * CELL_DEGREES * lonScale away.
            double reach = ring * CELL_DEGREES * Math.max(lonScale, 0.05);
            if (best >= 0 && reach * reach >= bestDist) {
                break;
            }
        }
        return best < 0 ? zips[0] : zips[best];
    }

    private int row(double lat) {
        return (int) ((lat - minLat) / CELL_DEGREES);
    }

    private int col(double lon) {
        return (int) ((lon - minLon) / CELL_DEGREES);
    }

    private int cell(int r, int c) {
        return r * gridCols + c;
    }

    private int cellOf(int zip) {
        return cell(row(lats[zip]), col(lons[zip]));
    }

    /** Some military ZIPs have no position and sit at 0,0 in the source. */
    private static boolean atOrigin(String[] row) {
        return Double.parseDouble(row[1]) == 0 && Double.parseDouble(row[2]) == 0;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
