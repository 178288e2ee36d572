/**
 * Articles: reading published ones, publishing and withdrawing (with an index outbox row in the same
 * transaction), the article page and API, views, and the related and recommended lists.
 */
package org.inkstone.article;
