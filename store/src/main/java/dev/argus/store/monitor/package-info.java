/**
 * Saved-query matching, the engine behind alerts: {@link dev.argus.store.monitor.SavedQueries}
 * keeps saved queries in the Argus query language (in memory or in a folder, surviving restarts)
 * and tells, for each article of a batch, which of them it matches.
 */
package dev.argus.store.monitor;
