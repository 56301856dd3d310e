/** The Inventory screen: every position filtered and sorted off the FX thread, a per-SKU network view, and CSV export. */
package io.omniroute.console.inventory;
