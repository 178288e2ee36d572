/** Start-up order of a node, the home page, static assets and the trivial endpoint. */
package org.inkstone.web;
