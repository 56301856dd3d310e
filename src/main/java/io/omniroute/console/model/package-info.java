/**
 * What the console's screens show, held in memory and kept live from the cache: the network catalog and the
 * inventory positions in primitive columns, so screens filter millions of rows without touching the database.
 */
package io.omniroute.console.model;
