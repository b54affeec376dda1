package io.github.camelhfcamera.hfcamera.protocol.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.camelhfcamera.hfcamera.protocol.HfCommand;
import io.github.camelhfcamera.hfcamera.protocol.Values;

import java.util.Map;

/**
 * The empty {@code "info": {}} of the commands that take no parameter (QueryPerson, GetMQTTconfig, GetSoundconfig,
 * GetSysTime, RebootDevice, GetRTSPCfg, GetDeviceInformation, QuerySIMCardInfo, GetLineDetectionConfig,
 * GetFieldDetectionConfig, Versions).
 */
public record EmptyInfo(@JsonAnySetter @JsonAnyGetter Map<String, Object> unknown) implements HfCommand {

    /** The empty info. */
    public static final EmptyInfo INSTANCE = new EmptyInfo(Map.of());

    public EmptyInfo {
        unknown = Values.unknown(unknown);
    }
}
