/**
 * The top floor: every reader and staff page (resources, their models, the pager, the header navigation,
 * the HTML error page), static assets, the JAX-RS application class and a node's start-up order. It may use
 * any feature's service; no feature imports it (checked by {@code ArchitectureTest}).
 */
package org.inkstone.web;
