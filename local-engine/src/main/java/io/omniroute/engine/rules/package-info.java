/** Sourcing rules: an ordered cascade of profiles read from rules.yaml (docs/rules.md). */
package io.omniroute.engine.rules;
