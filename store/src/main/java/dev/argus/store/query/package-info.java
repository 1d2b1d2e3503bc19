/**
 * The search language: {@link dev.argus.store.query.QueryLanguage#parse} turns a query such as
 * {@code xiaomi NEAR/5 camera lang:en published:>now-7d} into a {@link
 * dev.argus.store.query.ParsedQuery} (a tree of {@link dev.argus.store.query.Node} records with
 * source positions), which translates to a Lucene query; bad input raises {@link
 * dev.argus.store.query.QuerySyntaxException} with the position of the problem.
 */
package dev.argus.store.query;
