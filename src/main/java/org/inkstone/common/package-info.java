/**
 * What every feature shares: typed configuration, the datasource and MyBatis, the error mappers, page
 * templates, client addresses, keyed hashes, rate limits and the cross-site request guard. No feature logic.
 */
package org.inkstone.common;
