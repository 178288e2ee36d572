/**
 * The top floor: the JAX-RS application (the one place where resources and providers are registered), the
 * OpenAPI filter, start-up order of a node, the pages, static assets and the trivial endpoint.
 */
package org.inkstone.web;
