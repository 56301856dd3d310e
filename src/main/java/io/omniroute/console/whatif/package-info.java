/**
 * The What-if screen: a baseline from the cache or a scenario folder, named variants of it, runs side by side in the
 * background, KPIs, charts and the order-by-order decision diff with both explanations, saved as a study.
 */
package io.omniroute.console.whatif;
