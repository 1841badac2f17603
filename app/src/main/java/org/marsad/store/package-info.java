/**
 * The record store: articles, entities, events, their mentions (event ↔ article ↔ evidence span) and
 * clusters in a relational database (embedded H2 by default, PostgreSQL as a second backend), plus a
 * Lucene full-text index of the articles.
 *
 * <p>The public face is {@link org.marsad.store.MarsadStore}: open it on a data directory (or a JDBC
 * URL and an index directory), {@link org.marsad.store.MarsadStore#ingest ingest} pipeline output,
 * and read it back with {@link org.marsad.store.EventQuery}, {@code event(id)}, {@code article(id)},
 * {@code entities(…)}, {@code search(q)} and {@code stats()}. Everything it returns is an immutable
 * record from this package.
 *
 * <p>The database is the source of truth. Each article is written in one transaction (its row, its
 * entity mentions, its events with their JSON, party codes, places, evidence mentions and clusters); the Lucene
 * index is committed only after the database has made those transactions durable, and on open it is
 * reconciled with the database (missing or stale documents re-indexed, orphans deleted), so a
 * {@code kill -9} at any moment leaves a store that reopens consistent and a re-run that completes it.
 *
 * <p>One writer at a time: a store directory (its H2 file and its Lucene index) is opened by one
 * process. Reads are safe from many threads.
 */
package org.marsad.store;
