/** Import of article files (JSON lines), idempotent by source id, with every rejected line reported. */
package org.inkstone.ingest;
