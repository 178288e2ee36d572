/** Channels (栏目) and their aliases in imported data; channel pages and the channel list API. */
package org.inkstone.channel;
