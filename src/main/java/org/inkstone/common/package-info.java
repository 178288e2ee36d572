/**
 * What every feature shares: typed configuration, the datasource and MyBatis, the error mappers, page
 * templates, client addresses, keyed hashes, rate limits, the cross-site request guard, the one rule for ids
 * ({@link org.inkstone.common.Id}) and the request body limits ({@link org.inkstone.common.BodyLimits}). No
 * feature logic; never imports a feature or {@code web}.
 */
package org.inkstone.common;
