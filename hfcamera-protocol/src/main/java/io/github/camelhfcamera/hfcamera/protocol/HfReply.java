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
package io.github.camelhfcamera.hfcamera.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The {@code info} of a device's answer to a command: {@code result} is "ok" or "fail", {@code detail} says why.
 */
public interface HfReply extends HfInfo {

    String result();

    String detail();

    /** False only when the device said {@code result: "fail"}; the envelope's {@code code} is checked separately. */
    @JsonIgnore // not a wire field: without this every reply written would carry "ok": true
    default boolean isOk() {
        return !"fail".equalsIgnoreCase(result());
    }
}
