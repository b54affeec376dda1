/*
 * Copyright 2026 The camel-hfcamera Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
