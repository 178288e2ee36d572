/**
 * The bottom floor, shared by every feature: typed configuration, the datasource and MyBatis (mappers found
 * by scanning for {@code @Mapper}), the JSON error body and exception mapping (the HTML error page is
 * rendered above, behind {@link org.inkstone.common.ErrorPage}), client addresses, keyed hashes, the rate
 * limit table and limiter, the cross-site request guard, the one rule for ids ({@link org.inkstone.common.Id})
 * and the request body limits ({@link org.inkstone.common.BodyLimits}). It imports no feature and no page
 * (checked by {@code ArchitectureTest}).
 */
package org.inkstone.common;
