package org.inkstone.channel;

import java.util.List;

import org.mybatis.cdi.Mapper;

/** Channels and their import aliases. SQL in {@code org/inkstone/channel/ChannelMapper.xml}. */
@Mapper
public interface ChannelMapper {

    /** All channels in menu order. */
    List<Channel> listAll();

    List<ChannelAlias> listAliases();
}
