package io.omniroute.generate;

/** How many nodes of each type a network of a given size has: the mix of a national omnichannel retailer. */
record NodeCounts(int dcs, int stores, int darkStores, int vendors, int thirdParty) {

    static final double DC_SHARE = 0.04;
    static final double DARK_STORE_SHARE = 0.07;
    static final double VENDOR_SHARE = 0.05;
    static final double THIRD_PARTY_SHARE = 0.04;

    /** At least one DC, so even a one-node network can ship; stores take whatever the other types leave. */
    static NodeCounts forTotal(int total) {
        int dcs = Math.max(1, (int) Math.round(total * DC_SHARE));
        int left = total - dcs;
        int darkStores = Math.min(left, (int) Math.round(total * DARK_STORE_SHARE));
        left -= darkStores;
        int vendors = Math.min(left, (int) Math.round(total * VENDOR_SHARE));
        left -= vendors;
        int thirdParty = Math.min(left, (int) Math.round(total * THIRD_PARTY_SHARE));
        left -= thirdParty;
        return new NodeCounts(dcs, left, darkStores, vendors, thirdParty);
    }

    int total() {
        return dcs + stores + darkStores + vendors + thirdParty;
    }
}
