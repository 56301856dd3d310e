package io.omniroute.engine.sourcing;

import io.omniroute.engine.model.CarrierService;
import io.omniroute.engine.model.Node;
import io.omniroute.engine.model.Scenario;
import io.omniroute.engine.model.ServiceLevel;
import io.omniroute.engine.model.Sku;
import io.omniroute.engine.model.Zone;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The static network compiled to int ids: nodes, SKUs, zones, carrier services and service levels.
 * The optimizer reads these arrays on its hot path instead of the records.
 */
public final class NetworkModel {

    private final List<Node> nodes;
    private final List<Sku> skus;
    private final Map<String, Integer> nodeIndex;
    private final Map<String, Integer> skuIndex;
    private final Map<String, Integer> serviceLevelDays;

    final double[] nodeLat;
    final double[] nodeLon;
    final double[][] nodeVector;
    final int[] nodeCapacity;
    final double[] nodeHandling;
    final double[] nodePick;
    final double[] skuWeight;
    final double[] skuPrice;

    final String[] zoneNames;
    final double[] zoneMaxKm;
    final double[] zoneChordSq;
    /** Below this squared chord a leg is surely inside the zone, above {@link #zoneSureOutside} surely not. */
    final double[] zoneSureInside;
    final double[] zoneSureOutside;
    /** Whether some service of the zone has its own max_km, which makes feasibility depend on the distance. */
    final boolean[] zoneHasServiceLimit;
    /** Carrier services of each zone, in ascending (base rate, per kg, carrier, service) order. */
    final List<List<CarrierService>> zoneServices;

    private NetworkModel(Scenario scenario) {
        this.nodes = scenario.nodes();
        this.skus = scenario.skus();
        this.nodeIndex = indexBy(nodes.stream().map(Node::id).toList());
        this.skuIndex = indexBy(skus.stream().map(Sku::sku).toList());
        this.serviceLevelDays = new HashMap<>();
        for (ServiceLevel level : scenario.serviceLevels()) {
            serviceLevelDays.put(level.name(), level.maxDays());
        }
        int n = nodes.size();
        nodeLat = new double[n];
        nodeLon = new double[n];
        nodeVector = new double[n][];
        nodeCapacity = new int[n];
        nodeHandling = new double[n];
        nodePick = new double[n];
        for (int i = 0; i < n; i++) {
            Node node = nodes.get(i);
            nodeLat[i] = node.lat();
            nodeLon[i] = node.lon();
            nodeVector[i] = Proximity.unitVector(node.lat(), node.lon());
            nodeHandling[i] = node.handlingCost();
            nodePick[i] = node.pickCost();
            OptionalInt capacity = node.dailyCapacity();
            nodeCapacity[i] = capacity.isPresent() ? capacity.getAsInt() : Integer.MAX_VALUE;
        }
        skuWeight = new double[skus.size()];
        skuPrice = new double[skus.size()];
        for (int i = 0; i < skus.size(); i++) {
            skuWeight[i] = skus.get(i).weightKg();
            skuPrice[i] = skus.get(i).unitPrice();
        }
        List<Zone> zones = new ArrayList<>(scenario.zones());
        zones.sort(Comparator.comparingDouble(z -> z.maxKm().orElse(Double.POSITIVE_INFINITY)));
        zoneNames = new String[zones.size()];
        zoneMaxKm = new double[zones.size()];
        zoneChordSq = new double[zones.size()];
        zoneSureInside = new double[zones.size()];
        zoneSureOutside = new double[zones.size()];
        zoneHasServiceLimit = new boolean[zones.size()];
        zoneServices = new ArrayList<>();
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int z = 0; z < zones.size(); z++) {
            zoneNames[z] = zones.get(z).zone();
            zoneMaxKm[z] = zones.get(z).maxKm().orElse(Double.POSITIVE_INFINITY);
            zoneChordSq[z] = Proximity.chordSq(zoneMaxKm[z]);
            zoneSureInside[z] = Proximity.sureInside(zoneChordSq[z]);
            zoneSureOutside[z] = Proximity.sureOutside(zoneChordSq[z]);
            zoneIndex.put(zoneNames[z], z);
            zoneServices.add(new ArrayList<>());
        }
        for (CarrierService service : scenario.carriers()) {
            Integer z = zoneIndex.get(service.zone());
            if (z == null) {
                throw new IllegalArgumentException("carrier " + service.carrier() + " " + service.service()
                        + " names zone " + service.zone() + ", which zones.csv does not define");
            }
            zoneServices.get(z).add(service);
        }
        Comparator<CarrierService> byRate = Comparator.comparingDouble(CarrierService::baseRate)
                .thenComparingDouble(CarrierService::perKg)
                .thenComparing(CarrierService::carrier)
                .thenComparing(CarrierService::service);
        for (int z = 0; z < zones.size(); z++) {
            zoneServices.set(z, zoneServices.get(z).stream().sorted(byRate).toList());
            zoneHasServiceLimit[z] = zoneServices.get(z).stream().anyMatch(s -> s.maxKm().isPresent());
        }
    }

    public static NetworkModel of(Scenario scenario) {
        return new NetworkModel(scenario);
    }

    private static Map<String, Integer> indexBy(List<String> ids) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            if (index.put(ids.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate id " + ids.get(i));
            }
        }
        return index;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Sku> skus() {
        return skus;
    }

    public Node node(int index) {
        return nodes.get(index);
    }

    public Sku sku(int index) {
        return skus.get(index);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int skuCount() {
        return skus.size();
    }

    /** The node's int id, or -1 when the network has no such node. */
    public int nodeIndex(String nodeId) {
        Integer index = nodeIndex.get(nodeId);
        return index == null ? -1 : index;
    }

    /** The SKU's int id, or -1 when the catalog has no such SKU. */
    public int skuIndex(String sku) {
        Integer index = skuIndex.get(sku);
        return index == null ? -1 : index;
    }

    /** Days allowed by a service level, or -1 when it is unknown. */
    public int serviceLevelDays(String serviceLevel) {
        Integer days = serviceLevelDays.get(serviceLevel);
        return days == null ? -1 : days;
    }

    /** The zone of a node-to-customer leg from its squared chord, or -1 when no zone reaches that far. */
    int zoneFor(int node, double chordSq, double lat, double lon) {
        for (int z = 0; z < zoneMaxKm.length; z++) {
            if (chordSq < zoneSureInside[z]) {
                return z;
            }
            if (chordSq <= zoneSureOutside[z]
                    && GreatCircle.km(nodeLat[node], nodeLon[node], lat, lon) <= zoneMaxKm[z]) {
                return z;
            }
        }
        return -1;
    }

    String zoneName(int zone) {
        return zoneNames[zone];
    }

    double distanceKm(int node, double lat, double lon) {
        return GreatCircle.km(nodeLat[node], nodeLon[node], lat, lon);
    }
}
