/** Channels (栏目), their aliases in imported data, and the channel list API. Owns the {@code channel} tables. */
package org.inkstone.channel;
