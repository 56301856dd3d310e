/** Load driving for the API benchmarks of docs/BENCHMARKS.md; it only ever targets loopback addresses. */
package io.omniroute.server.bench;
