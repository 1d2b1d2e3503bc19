/** The article store: the Lucene index, the query language, facets, saved queries and stories. */
package dev.argus.store;
